package gen

import "lifesim/model"

// item is something a category's mini programs sell: a dish, a drink, a
// treatment. Its English name, in lower case, is how texts mention it; the
// Chinese one, when given, is its alias.
type item struct {
	en, zh string
	cents  int64 // a typical price
}

// category is a kind of business: its mini programs' category, icons and
// account kind, the last word of its brands' names, what it sells, and the
// words its posts use.
type category struct {
	name   string
	icons  []string
	kind   model.AccountKind
	weight int      // how many of the generated mini programs are of it, relatively
	types  []pair   // brand name endings
	items  []item   // paid services
	free   []string // services that cost nothing: bookings, quotes
	tags   []string // post tags and keywords
	praise []string // what is said of its items
	verb   string   // what one does with an item: "ordered", "booked"
}

var categories = []category{
	{
		name: "Food & Drink", icons: []string{"🍜", "🥟", "🍲", "🍢", "🥡", "🍚"}, kind: model.KindBrand, weight: 30,
		types: []pair{
			{"Noodle House", "面馆"}, {"Dumpling House", "饺子馆"}, {"Hot Pot", "火锅"}, {"Kitchen", "厨房"},
			{"Bistro", "小馆"}, {"Barbecue", "烧烤"}, {"Dim Sum", "点心"}, {"Rice Bowls", "盖饭"},
			{"Canteen", "食堂"}, {"Wok House", "小炒"}, {"Restaurant", "酒家"}, {"Grill", "烤肉"},
		},
		items: []item{
			{"beef noodles", "牛肉面", 2800}, {"wonton soup", "馄饨汤", 1800}, {"xiaolongbao", "小笼包", 2200},
			{"scallion pancake", "葱油饼", 800}, {"mapo tofu", "麻婆豆腐", 2600}, {"kung pao chicken", "宫保鸡丁", 3200},
			{"fried rice", "炒饭", 2200}, {"roast duck", "烤鸭", 12800}, {"sweet and sour ribs", "糖醋排骨", 4800},
			{"braised pork belly", "红烧肉", 4600}, {"hand-pulled noodles", "拉面", 2600}, {"dan dan noodles", "担担面", 2200},
			{"spring rolls", "春卷", 1600}, {"shengjian buns", "生煎包", 1500}, {"congee", "白粥", 1200},
			{"char siu", "叉烧", 3800}, {"steamed fish", "清蒸鱼", 8800}, {"boiled fish in chili oil", "水煮鱼", 7800},
			{"chicken wings", "鸡翅", 2800}, {"lamb skewers", "羊肉串", 3000}, {"cold noodles", "凉面", 1800},
			{"rice noodles", "米粉", 1900}, {"clay pot rice", "煲仔饭", 3200}, {"pickled fish", "酸菜鱼", 6800},
			{"hainan chicken rice", "海南鸡饭", 3200}, {"beef brisket", "牛腩", 4200}, {"tomato egg noodles", "番茄鸡蛋面", 2200},
			{"hot and sour soup", "酸辣汤", 1600}, {"stinky tofu", "臭豆腐", 1500}, {"jianbing", "煎饼果子", 1000},
			{"roujiamo", "肉夹馍", 1200}, {"fish balls", "鱼丸", 1800}, {"bbq pork buns", "叉烧包", 1400},
			{"shrimp dumplings", "虾饺", 2800}, {"sesame noodles", "麻酱面", 1800}, {"crossing the bridge noodles", "过桥米线", 3200},
			{"twice cooked pork", "回锅肉", 3800}, {"fish fragrant pork", "鱼香肉丝", 3400}, {"dongpo pork", "东坡肉", 5800},
			{"beggar's chicken", "叫花鸡", 8800}, {"west lake fish", "西湖醋鱼", 7800}, {"peking duck", "北京烤鸭", 16800},
			{"spicy crayfish", "麻辣小龙虾", 12800}, {"lamb hot pot", "羊肉火锅", 15800}, {"mushroom hot pot", "菌菇火锅", 13800},
			{"grilled squid", "烤鱿鱼", 2000}, {"zongzi", "粽子", 900}, {"sticky rice", "糯米饭", 1200},
		},
		free:   []string{"Table booking", "Queue ticket"},
		tags:   []string{"food", "lunch", "dinner", "street food", "family", "deals"},
		praise: []string{"crispy", "tender", "smoky", "silky", "fragrant", "spicy", "numbing", "savoury", "rich", "juicy", "chewy", "garlicky", "peppery", "hearty", "charred", "glossy", "homely", "generous"},
		verb:   "ordered",
	},
	{
		name: "Coffee & Tea", icons: []string{"☕", "🧋", "🍵"}, kind: model.KindBrand, weight: 14,
		types: []pair{
			{"Coffee", "咖啡馆"}, {"Roasters", "烘焙坊"}, {"Tea House", "茶馆"}, {"Tea Bar", "茶饮"},
			{"Milk Tea", "奶茶铺"}, {"Juice Bar", "果汁吧"}, {"Espresso Bar", "意式咖啡吧"},
		},
		items: []item{
			{"flat white", "馥芮白", 3200}, {"cold brew", "冷萃咖啡", 3000}, {"mocha", "摩卡", 3200},
			{"cappuccino", "卡布奇诺", 3000}, {"oolong tea", "乌龙茶", 1800}, {"jasmine tea", "茉莉花茶", 1600},
			{"matcha latte", "抹茶拿铁", 2800}, {"brown sugar boba", "黑糖珍珠奶茶", 1800}, {"cheese foam tea", "芝士奶盖茶", 2200},
			{"lemon tea", "柠檬茶", 1500}, {"mango pomelo sago", "杨枝甘露", 2200}, {"taro milk tea", "芋泥奶茶", 1900},
			{"longjing tea", "龙井茶", 3800}, {"pu'er tea", "普洱茶", 3600}, {"chrysanthemum tea", "菊花茶", 1500},
			{"grapefruit tea", "西柚茶", 1900}, {"osmanthus latte", "桂花拿铁", 2900}, {"pour over", "手冲咖啡", 3800},
			{"iced americano", "冰美式", 2400}, {"dirty coffee", "脏脏咖啡", 3200}, {"coconut cold brew", "椰子冷萃", 3200},
		},
		free:   []string{"Pick-up order", "Refill"},
		tags:   []string{"coffee", "tea", "breakfast", "city walk", "deals"},
		praise: []string{"smooth", "nutty", "floral", "bright", "mellow", "bold", "creamy", "velvety", "zesty", "bittersweet", "refreshing", "fruity"},
		verb:   "ordered",
	},
	{
		name: "Bakery & Desserts", icons: []string{"🥐", "🍰", "🍮"}, kind: model.KindBrand, weight: 8,
		types: []pair{
			{"Bakery", "面包房"}, {"Patisserie", "西点"}, {"Dessert House", "甜品铺"}, {"Cake Studio", "蛋糕工作室"},
		},
		items: []item{
			{"cheesecake", "芝士蛋糕", 3800}, {"mille crepe", "千层蛋糕", 4200}, {"pineapple bun", "菠萝包", 900},
			{"red bean bun", "红豆包", 800}, {"tiramisu", "提拉米苏", 3600}, {"mochi", "麻薯", 1200},
			{"durian crepe", "榴莲班戟", 2800}, {"douhua", "豆花", 1200}, {"tangyuan", "汤圆", 1500},
			{"almond tofu", "杏仁豆腐", 1600}, {"mooncake", "月饼", 1800}, {"swiss roll", "瑞士卷", 2400},
			{"sourdough loaf", "酸面包", 3200}, {"mango sticky rice", "芒果糯米饭", 2800},
		},
		free:   []string{"Cake pre-order", "Birthday message"},
		tags:   []string{"dessert", "breakfast", "family", "weekend"},
		praise: []string{"flaky", "buttery", "light", "airy", "sweet", "delicate", "golden", "soft", "moist", "crumbly"},
		verb:   "ordered",
	},
	{
		name: "Groceries", icons: []string{"🥬", "🍎", "🥩"}, kind: model.KindBrand, weight: 6,
		types: []pair{
			{"Fresh Market", "鲜市"}, {"Grocer", "杂货铺"}, {"Fruit Shop", "果铺"}, {"Farm Store", "农庄"}, {"Butcher", "肉铺"},
		},
		items: []item{
			{"organic vegetables", "有机蔬菜", 3900}, {"free range eggs", "土鸡蛋", 2800}, {"wagyu beef", "和牛", 26800},
			{"hairy crab", "大闸蟹", 19800}, {"lychee", "荔枝", 4800}, {"kiwi fruit", "猕猴桃", 3600},
			{"cherries", "车厘子", 9800}, {"durian", "榴莲", 12800}, {"bok choy", "小白菜", 600},
			{"lotus root", "莲藕", 1200}, {"bamboo shoots", "竹笋", 1800}, {"tofu skin", "豆腐皮", 900},
		},
		free:   []string{"Next-day pick-up", "Delivery slot"},
		tags:   []string{"fresh food", "shopping", "family", "group buying"},
		praise: []string{"fresh", "crisp", "ripe", "plump", "seasonal", "local", "organic", "sweet"},
		verb:   "bought",
	},
	{
		name: "Health & Beauty", icons: []string{"💆", "💇", "🦷"}, kind: model.KindLifeService, weight: 8,
		types: []pair{
			{"Spa", "水疗"}, {"Salon", "沙龙"}, {"Beauty Studio", "美容工作室"}, {"Massage", "推拿馆"},
			{"Clinic", "诊所"}, {"Dental", "口腔"}, {"Nail Bar", "美甲"},
		},
		items: []item{
			{"haircut and styling", "", 12800}, {"facial treatment", "", 29800}, {"foot massage", "足疗", 16800},
			{"teeth cleaning", "洗牙", 19800}, {"eye exam", "", 9800}, {"manicure", "", 12800},
			{"hair colouring", "", 39800}, {"back massage", "", 19800}, {"acupuncture", "针灸", 22800},
		},
		free:   []string{"Free consultation", "Skin check"},
		tags:   []string{"beauty", "health", "weekend", "self care"},
		praise: []string{"gentle", "careful", "relaxing", "thorough", "calm", "spotless", "friendly", "patient"},
		verb:   "booked",
	},
	{
		name: "Home Services", icons: []string{"🧹", "🛠️", "🚚"}, kind: model.KindLifeService, weight: 7,
		types: []pair{
			{"Home Cleaning", "家政"}, {"Movers", "搬家"}, {"Home Repair", "维修"}, {"Laundry", "洗衣店"}, {"Appliance Care", "家电清洗"},
		},
		items: []item{
			{"deep cleaning", "深度保洁", 29800}, {"window cleaning", "擦窗", 15800}, {"sofa cleaning", "沙发清洗", 19800},
			{"air conditioner cleaning", "空调清洗", 12800}, {"moving with one van", "", 49800}, {"leak repair", "", 18800},
			{"furniture assembly", "", 15800}, {"duvet washing", "", 6800}, {"shirt ironing", "", 1500},
		},
		free:   []string{"Free quote", "Home visit booking"},
		tags:   []string{"home", "cleaning", "family", "weekend"},
		praise: []string{"spotless", "tidy", "quick", "reliable", "careful", "honest", "punctual", "thorough"},
		verb:   "booked",
	},
	{
		name: "Car Services", icons: []string{"🔧", "🚗", "🚙"}, kind: model.KindLifeService, weight: 6,
		types: []pair{
			{"Car Care", "汽车养护"}, {"Auto Repair", "汽修"}, {"Car Wash", "洗车行"}, {"Tyres", "轮胎"}, {"Car Rental", "租车行"},
		},
		items: []item{
			{"hand car wash", "手工洗车", 4800}, {"oil change", "换机油", 39800}, {"tyre change", "换轮胎", 59800},
			{"interior detailing", "内饰清洁", 29800}, {"wheel alignment", "四轮定位", 19800}, {"battery check", "", 3800},
			{"day rental", "日租", 19800}, {"weekend rental", "周末租车", 49800},
		},
		free:   []string{"Free safety check", "Tyre pressure check"},
		tags:   []string{"cars", "weekend", "travel", "safety"},
		praise: []string{"quick", "honest", "shiny", "careful", "reliable", "fair", "spotless"},
		verb:   "booked",
	},
	{
		name: "Fitness", icons: []string{"🏋️", "🧘", "🏊"}, kind: model.KindLifeService, weight: 5,
		types: []pair{
			{"Fitness", "健身"}, {"Yoga", "瑜伽"}, {"Boxing Gym", "拳馆"}, {"Swim Club", "游泳馆"}, {"Climbing Wall", "攀岩馆"},
		},
		items: []item{
			{"day pass", "", 9900}, {"yoga class", "瑜伽课", 12800}, {"monthly membership", "", 69900},
			{"personal training", "私教课", 29900}, {"swimming lesson", "游泳课", 19900}, {"spin class", "动感单车", 8900},
		},
		free:   []string{"Free trial class", "Studio tour"},
		tags:   []string{"fitness", "health", "weekend", "morning"},
		praise: []string{"energetic", "friendly", "clean", "bright", "tough", "fun", "calm"},
		verb:   "booked",
	},
	{
		name: "Entertainment", icons: []string{"🎬", "🎲", "🎳"}, kind: model.KindBrand, weight: 5,
		types: []pair{
			{"Cinema", "影城"}, {"Escape Room", "密室"}, {"Board Game Cafe", "桌游吧"}, {"Bowling", "保龄球馆"}, {"Theatre", "剧场"},
		},
		items: []item{
			{"movie ticket", "电影票", 4500}, {"escape room for four", "", 39600}, {"board game night", "桌游", 8800},
			{"bowling lane for an hour", "", 12000}, {"theatre ticket", "话剧票", 18000}, {"popcorn combo", "", 3800},
		},
		free:   []string{"Seat reservation", "Birthday party enquiry"},
		tags:   []string{"movies", "weekend", "family", "date night"},
		praise: []string{"fun", "thrilling", "cosy", "loud", "clever", "spooky", "lively"},
		verb:   "booked",
	},
	{
		name: "Pets", icons: []string{"🐶", "🐱"}, kind: model.KindLifeService, weight: 4,
		types: []pair{
			{"Pet Care", "宠物店"}, {"Pet Grooming", "宠物美容"}, {"Vet Clinic", "动物医院"},
		},
		items: []item{
			{"dog grooming", "狗狗美容", 16800}, {"cat grooming", "猫咪美容", 14800}, {"pet boarding for a night", "", 12800},
			{"pet vaccination", "宠物疫苗", 9800}, {"pet food box", "", 19800},
		},
		free:   []string{"Free health check", "Adoption day booking"},
		tags:   []string{"pets", "family", "weekend"},
		praise: []string{"gentle", "patient", "kind", "fluffy", "careful", "calm"},
		verb:   "booked",
	},
	{
		name: "Tools", icons: []string{"🅿️", "🔋", "📦"}, kind: model.KindTool, weight: 4,
		types: []pair{
			{"Parking", "停车"}, {"Power Banks", "充电宝"}, {"Parcel Lockers", "快递柜"}, {"Printing", "打印"},
		},
		items: []item{
			{"parking for an hour", "", 1000}, {"power bank rental", "", 300}, {"locker rental", "", 200}, {"document printing", "", 100},
		},
		free:   []string{"Find a spot", "Pick up a parcel"},
		tags:   []string{"tools", "commute", "city"},
		praise: []string{"handy", "quick", "simple", "cheap", "reliable"},
		verb:   "used",
	},
	{
		name: "Government", icons: []string{"🏛️", "📋"}, kind: model.KindGovernment, weight: 3,
		types: []pair{
			{"Tax Service", "税务"}, {"Community Centre", "社区服务中心"}, {"Housing Office", "房管局"},
			{"Public Library", "图书馆"}, {"Sports Centre", "体育中心"},
		},
		free:   []string{"Appointment booking", "Certificate application", "Progress check"},
		tags:   []string{"government", "city", "family"},
		praise: []string{"quick", "clear", "simple", "helpful", "patient"},
		verb:   "booked",
	},
}
