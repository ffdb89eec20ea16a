package gen

// pair is a name in English and in Chinese; the Chinese one is its alias.
type pair struct{ en, zh string }

// A brand's name is a prefix, a core and its category's type, in English
// and in Chinese: "Golden" + "Lotus" + "Noodle House" is 金莲面馆. With 48
// of each and a dozen types a category, there are tens of thousands of
// names; the Chinese ones are told apart by the same parts.
var brandPrefixes = []pair{
	{"Golden", "金"}, {"Jade", "玉"}, {"Red", "红"}, {"Silver", "银"}, {"Old", "老"},
	{"Little", "小"}, {"Lucky", "福"}, {"Happy", "乐"}, {"Spring", "春"}, {"Autumn", "秋"},
	{"Moonlit", "月"}, {"Sunny", "阳"}, {"Cloud", "云"}, {"River", "江"}, {"Lakeside", "湖"},
	{"Mountain", "山"}, {"East", "东"}, {"West", "西"}, {"North", "北"}, {"South", "南"},
	{"Green", "绿"}, {"White", "白"}, {"Purple", "紫"}, {"Blue", "蓝"}, {"Harmony", "和"},
	{"Peaceful", "安"}, {"Grand", "大"}, {"Rising", "升"}, {"Evergreen", "常青"}, {"Morning", "晨"},
	{"Evening", "晚"}, {"Snowy", "雪"}, {"Rainy", "雨"}, {"Windy", "风"}, {"Fragrant", "香"},
	{"Sweet", "甜"}, {"Warm", "暖"}, {"Clear", "清"}, {"Bright", "明"}, {"Hundred", "百"},
	{"Thousand", "千"}, {"Prosperous", "兴"}, {"Treasure", "宝"}, {"Heavenly", "天"}, {"Eternal", "永"},
	{"Humble", "素"}, {"Joyful", "喜"}, {"Royal", "御"},
}

var brandCores = []pair{
	{"Lotus", "莲"}, {"Dragon", "龙"}, {"Tiger", "虎"}, {"Crane", "鹤"}, {"Bamboo", "竹"},
	{"Pine", "松"}, {"Plum", "梅"}, {"Orchid", "兰"}, {"Peach", "桃"}, {"Pearl", "珠"},
	{"Lantern", "灯"}, {"Bridge", "桥"}, {"Garden", "园"}, {"Swallow", "燕"}, {"Panda", "熊猫"},
	{"Rabbit", "兔"}, {"Carp", "鲤"}, {"Horse", "马"}, {"Star", "星"}, {"Willow", "柳"},
	{"Maple", "枫"}, {"Cherry", "樱"}, {"Osmanthus", "桂"}, {"Jasmine", "茉莉"}, {"Harbour", "港"},
	{"Pagoda", "塔"}, {"Gate", "门"}, {"Well", "井"}, {"Stone", "石"}, {"Ocean", "海"},
	{"Phoenix", "凤"}, {"Qilin", "麒麟"}, {"Peony", "牡丹"}, {"Magpie", "鹊"}, {"Oriole", "莺"},
	{"Chrysanthemum", "菊"}, {"Tangerine", "橘"}, {"Ginkgo", "银杏"}, {"Cypress", "柏"}, {"Courtyard", "院"},
	{"Pavilion", "亭"}, {"Terrace", "台"}, {"Valley", "谷"}, {"Island", "岛"}, {"Deer", "鹿"},
	{"Fox", "狐"}, {"Bell", "钟"}, {"Ink", "墨"},
}

// surnames and syllables make people's and streets' names: "Lin Yiran",
// "Fuxing Road". Two syllables give about 4,000 given names and street
// names, the long tail of words a real city's posts have.
var surnames = []string{
	"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
	"Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao",
	"Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
	"Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du",
}

var syllables = []string{
	"an", "bao", "chang", "cheng", "chun", "da", "dong", "feng", "fu", "gao",
	"guang", "hai", "he", "heng", "hong", "hua", "huai", "jian", "jiang", "jin",
	"jing", "kang", "le", "li", "lin", "long", "lu", "mei", "min", "ming",
	"nan", "ning", "ping", "qing", "rui", "shan", "sheng", "shun", "tai", "tian",
	"tong", "wan", "wei", "wen", "wu", "xi", "xia", "xiang", "xin", "xing",
	"yan", "yang", "yi", "yong", "yu", "yuan", "yue", "zhang", "zhao", "zhen",
	"zheng", "zhong", "zhou",
}

var streetKinds = []string{"Road", "Road", "Road", "Street", "Lane", "Avenue", "Middle Road", "North Road", "South Road"}

// Nicknames creators go by, and what their accounts are called.
var creatorStyles = []string{
	"{given} Eats", "{given} Eats {city}", "{given}'s Food Diary", "{given} Walks {district}",
	"{given}'s Weekend", "{given} on a Budget", "Hungry {given}", "{given} Tries Everything",
	"{given}'s {Topic} Notes", "{given} Explores {city}", "{given}'s Coffee Map", "Chef {surname}",
}
