package gen

// district is a neighbourhood around which stores and personas cluster: a
// few kilometres across, so that "within 1 km" of a persona finds stores.
type district struct {
	name   pair
	city   pair
	lat    float64
	lng    float64
	weight int // Shanghai, where the built-in personas live, weighs more
}

var districts = []district{
	{pair{"Jing'an", "静安"}, pair{"Shanghai", "上海"}, 31.2235, 121.4455, 4},
	{pair{"Lujiazui", "陆家嘴"}, pair{"Shanghai", "上海"}, 31.2397, 121.4998, 4},
	{pair{"Xujiahui", "徐家汇"}, pair{"Shanghai", "上海"}, 31.1955, 121.4365, 3},
	{pair{"People's Square", "人民广场"}, pair{"Shanghai", "上海"}, 31.2323, 121.4757, 3},
	{pair{"Xintiandi", "新天地"}, pair{"Shanghai", "上海"}, 31.2197, 121.4748, 3},
	{pair{"Wujiaochang", "五角场"}, pair{"Shanghai", "上海"}, 31.2990, 121.5135, 2},
	{pair{"Hubin", "湖滨"}, pair{"Hangzhou", "杭州"}, 30.2590, 120.1630, 2},
	{pair{"Wulin", "武林"}, pair{"Hangzhou", "杭州"}, 30.2730, 120.1620, 1},
	{pair{"Binjiang", "滨江"}, pair{"Hangzhou", "杭州"}, 30.2085, 120.2110, 1},
	{pair{"Sanlitun", "三里屯"}, pair{"Beijing", "北京"}, 39.9360, 116.4540, 2},
	{pair{"Guomao", "国贸"}, pair{"Beijing", "北京"}, 39.9085, 116.4605, 1},
	{pair{"Wudaokou", "五道口"}, pair{"Beijing", "北京"}, 39.9925, 116.3380, 1},
	{pair{"Futian", "福田"}, pair{"Shenzhen", "深圳"}, 22.5370, 114.0560, 2},
	{pair{"Nanshan", "南山"}, pair{"Shenzhen", "深圳"}, 22.5330, 113.9340, 1},
	{pair{"Chunxi Road", "春熙路"}, pair{"Chengdu", "成都"}, 30.6575, 104.0810, 2},
	{pair{"Taikoo Li", "太古里"}, pair{"Chengdu", "成都"}, 30.6540, 104.0830, 1},
}

// topics are what posts and groups are about, beyond the categories' own
// tags; each has its Chinese name as an alias.
var topics = []pair{
	{"weekend brunch", "周末早午餐"}, {"late night snacks", "夜宵"}, {"date night", "约会"},
	{"family dinner", "家庭聚餐"}, {"spicy food", "辣味美食"}, {"healthy eating", "健康饮食"},
	{"coffee culture", "咖啡文化"}, {"afternoon tea", "下午茶"}, {"mid-autumn", "中秋"},
	{"budget eats", "平价美食"}, {"hidden gems", "宝藏小店"}, {"new openings", "新店开业"},
	{"pet friendly", "宠物友好"}, {"rainy day", "雨天"}, {"solo dining", "一人食"},
	{"office lunch", "工作餐"}, {"student deals", "学生优惠"}, {"night market", "夜市"},
	{"old shanghai", "老上海"}, {"food photography", "美食摄影"}, {"vegetarian", "素食"},
	{"home cooking", "家常菜"}, {"self care", "自我护理"}, {"date ideas", "约会灵感"},
	{"road trip", "自驾游"}, {"morning run", "晨跑"}, {"seasonal menu", "季节限定"},
	{"queue worthy", "排队名店"}, {"best value", "性价比"}, {"first visit", "初次到访"},
}

// interests are what generated personas care about: words the posts'
// titles and tags use, so that Recommended has something to rank by.
var interests = []string{
	"food", "coffee", "tea", "shopping", "travel", "cars", "deals", "city walk", "fitness",
	"family", "government", "dessert", "beauty", "pets", "movies", "home", "spicy food", "hidden gems",
}
