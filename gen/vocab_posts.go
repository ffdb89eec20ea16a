package gen

// The sentences posts are made of. {Item} is a service of the post's mini
// program as its menu names it, {brand} the mini program; see
// postWords.word for every key.

var brandTitles = []string{
	"New on the menu: {Item}", "{Item}, {adj} and ready in minutes", "This week at {brand}: {Item} for {price}",
	"Now open on {street}", "{Month} special: {Item}", "Why our {Item} is so {adj}", "{brand} comes to {district}",
	"Members save on {Item} this {weekday}", "Behind the counter: how we make {Item}", "{Item} or {Item2}? You decide",
	"{Topic}: {Item} at {brand}", "{n} things to know about our {Item}",
}

var brandSentences = []string{
	"Our {district} store on {street} starts on the {Item} at {hour} every morning.",
	"{verb} {Item} in the {brand} mini program and skip the queue.",
	"Claim a coupon before you pay and save on your next order.",
	"Regulars call it {adj} and {adj2}; come and see for yourself.",
	"Pair it with {Item2} for {price} this {weekday}.",
	"Open every day until {closing}, a short walk from {district} metro.",
	"Tell us in the comments what we should try next in {Month}.",
	"Thank you, {city}, for {n} thousand orders this year.",
	"Made for {topic}: bring your {companion}.",
	"Booking ahead is free and takes ten seconds.",
	"Every {Item} is {adj}, {adj2} and made by hand.",
	"Follow us for {topic} news and a deal every {weekday}.",
	"We have a new store on {street} too, opposite the {landmark}.",
	"Prices start at {price}, and members get a little extra.",
	"Chef {person} has run our kitchen for {n} years and still tastes every {Item}.",
	"This season's {Item} uses {ingredient} from {province} and a little {ingredient2}.",
	"Ask {person} at the counter for the {ingredient} version.",
	"Drop by after a walk along {street2} on a {weather} day.",
}

var creatorTitles = []string{
	"I tried the {Item} at {brand}", "{district} {topic}: {n} places I keep going back to",
	"{brand} review: is the {Item} worth it?", "A {adj} {Item} on {street}", "Hidden gem near {district}: {brand}",
	"My {weekday} {topic} route in {city}", "{q} minutes in the queue for {Item}", "Rating every {Item} in {district}",
	"{city} on a budget: {topic}", "Why I keep going back to {brand}", "{Adj} and {adj2}: {brand} in {district}",
	"{Month} in {city}: {Item} and {topic}",
}

var creatorSentences = []string{
	"Found {brand} on {street}, a {n}-minute walk from {district} metro.",
	"The {Item} was {adj} and the {Item2} {adj2}.",
	"Queued for about {q} minutes at {clock} on a {weekday}.",
	"About {price} a head, which is fair for {district}.",
	"Great for {topic}; I went with my {companion}.",
	"Tip: claim the coupon in their mini program before you pay.",
	"The staff were {manner} and the place was {place}.",
	"Next time I am trying the {Item2}.",
	"Verdict: {verdict}.",
	"Saved it to My Mini Programs for next {weekday}.",
	"{Month} in {city} means {topic}, and {brand} gets it right.",
	"I {verbed} the {Item} for {price} and would do it again.",
	"Parking on {street} is tricky; take the metro to {district}.",
	"Photos do not do the {Item} justice.",
	"Right by the {landmark}, so it is easy to find.",
	"My friend {person} took me here after a {weather} morning on {street2}.",
	"You can taste the {ingredient} and the {ingredient2}; the {ingredient} is from {province}.",
	"Ask for {person}, who explained the whole menu to us.",
	"Walked over from {street2}; it was {weather} and worth it.",
	"It reminded me of {ingredient} season back in {province}.",
}

var officeTitles = []string{
	"{Item} is now online", "{brand}: {Item} without queuing", "Notice for {district} residents",
	"Opening hours in {Month}", "How to apply: {Item} in {n} steps",
}

var officeSentences = []string{
	"Residents of {district} can now use {Item} in the {brand} mini program.",
	"No paperwork and no queue: it takes about {n} minutes.",
	"Our office on {street} is open from {hour} on weekdays.",
	"Bring your ID card for the last step.",
	"Questions? Leave a comment and we will answer within a day.",
	"Follow us for notices about {topic} in {city}.",
}

var liveLines = []string{
	"Hello from {district}!", "Is the {Item} {adj}?", "How much is the {Item}?", "Just claimed the coupon 🎉",
	"Can you show the kitchen?", "Ordering now", "First time here 👋", "Where is the {street} store?",
	"Love from {city}", "{Adj}!!", "Is there parking nearby?", "Sold out already?", "Can I book for {weekday}?",
	"The {Item2} next please", "Watching from {street}", "My {companion} loves this place",
}

var (
	weekdays   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	companions = []string{"mum", "dad", "flatmate", "partner", "colleagues", "grandparents", "kids", "best friend", "dog", "team", "cousin", "neighbour", "classmates", "in-laws"}
	verdicts   = []string{"worth the trip", "would go again", "skip the weekend rush", "go early", "order two", "share a table", "five stars", "good, not great", "best in the area", "overhyped but fine"}
	manners    = []string{"friendly", "patient", "quick", "chatty", "busy but kind", "helpful", "cheerful", "calm"}
	places     = []string{"spotless", "cosy", "lively", "quiet", "bustling", "tiny", "bright", "retro", "minimalist", "packed", "airy"}
	landmarks  = []string{"metro exit", "old cinema", "primary school", "night market", "bookshop", "park gate", "post office", "hospital", "bus terminal", "temple", "art museum", "riverside path"}
	clocks     = []string{"7:30", "8 am", "noon", "half past twelve", "3 pm", "6 pm", "7:45 pm", "9 pm", "11 pm"}
	hours      = []string{"six", "seven", "eight", "nine", "ten"}
	closings   = []string{"9 pm", "10 pm", "midnight", "2 am", "8 pm"}
	weathers   = []string{"drizzly", "humid", "freezing", "muggy", "foggy", "windy", "sunny", "overcast", "snowy", "stormy", "crisp", "balmy", "grey", "blustery", "scorching"}
	provinces  = []string{
		"Yunnan", "Sichuan", "Guangdong", "Fujian", "Zhejiang", "Jiangsu", "Hunan", "Hubei", "Shandong", "Shaanxi",
		"Guangxi", "Guizhou", "Xinjiang", "Inner Mongolia", "Heilongjiang", "Jilin", "Liaoning", "Hainan", "Anhui",
		"Jiangxi", "Henan", "Hebei", "Shanxi", "Gansu", "Qinghai", "Ningxia", "Tibet", "Chongqing", "Tianjin",
	}
	ingredients = []string{
		"ginger", "garlic", "scallion", "coriander", "chili", "sichuan pepper", "star anise", "cinnamon", "sesame",
		"soy", "black vinegar", "black bean", "lotus seed", "goji", "jujube", "peanut", "cashew", "walnut", "chestnut",
		"pumpkin", "sweet potato", "taro", "yam", "eggplant", "cucumber", "tomato", "cabbage", "spinach", "celery",
		"leek", "shiitake", "enoki", "wood ear", "kelp", "seaweed", "shrimp", "crab", "scallop", "clam", "oyster",
		"squid", "eel", "beef", "lamb", "pork", "chicken", "goose", "pigeon", "tofu", "glutinous rice", "millet",
		"buckwheat", "oat", "barley", "longan", "pomelo", "persimmon", "loquat", "hawthorn", "bayberry", "kumquat",
		"apricot", "fig", "coconut", "pineapple", "papaya", "passion fruit", "honey", "brown sugar", "rock sugar",
		"osmanthus", "jasmine", "rose", "chrysanthemum", "mint", "lemongrass", "cumin", "fennel", "turmeric",
		"vanilla", "cocoa", "caramel", "custard", "cream", "butter", "yuzu", "lime", "basil", "truffle", "saffron",
		"cardamom", "clove", "nutmeg", "wasabi", "miso", "kimchi", "anchovy", "quail egg", "duck egg", "bamboo",
	}
)
