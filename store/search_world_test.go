package store

import (
	"path/filepath"
	"slices"
	"testing"

	"lifesim/fixtures"
	"lifesim/model"
)

// seededWorld is a store seeded with the embedded world.
func seededWorld(t *testing.T) *DB {
	t.Helper()
	w, hash, err := fixtures.LoadWithHash(fixtures.Embedded())
	if err != nil {
		t.Fatalf("fixtures: %v", err)
	}
	db := open(t, filepath.Join(t.TempDir(), "lifesim.db"))
	if _, err := db.Seed(w, hash); err != nil {
		t.Fatal(err)
	}
	return db
}

func search(t *testing.T, db *DB, q string) []model.SearchResult {
	t.Helper()
	got, err := db.Search(q, 20)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return got
}

// Every brand and dish the article names is found by its English and by
// its Chinese name.
func TestSearchFindsTheArticlesBrandsAndDishes(t *testing.T) {
	db := seededWorld(t)
	tests := []struct {
		english, chinese string
		want             string // kind:id
	}{
		{"KFC", "肯德基", "account:kfc"},
		{"KFC", "肯德基", "mini_program:kfc-ordering"},
		{"New Year's Crayfish Series", "小龙虾", "post:post-kfc-crayfish"},
		{"crayfish", "小龙虾", "post:post-kfc-crayfish"},
		{"Burger King", "汉堡王", "mini_program:burger-king"},
		{"Taote", "淘特", "mini_program:taote"},
		{"Shihuituan", "食惠团", "mini_program:shihuituan"},
		{"Muji", "无印良品", "account:muji"},
		{"Zhou Hei Ya", "周黑鸭", "account:zhou-hei-ya"},
		{"Weekly Hei Ya", "周黑鸭", "mini_program:zhou-hei-ya"},
		{"Ctrip Travel Network", "携程旅行网", "account:ctrip"},
		{"Ctrip", "携程", "mini_program:ctrip"},
		{"Ele.me", "饿了么", "account:eleme"},
		{"New Hope", "新希望", "mini_program:new-hope-member"},
		{"New Hope Member Service", "新希望", "mini_program:new-hope-member"},
		{"New Hope Dairy", "新希望乳业", "account:new-hope-dairy"},
		{"Wild Food Brother", "野食小哥", "account:wild-food-brother"},
		{"Citizen Center", "市民中心", "account:citizen-center"},
		{"car owner services", "车主服务", "mini_program:ehi-car-rental"},
		{"car rental", "租车", "mini_program:car-inc-rental"},
		{"old clothes recycling", "旧衣回收", "mini_program:old-clothes-recycling"},
	}
	for _, tt := range tests {
		for _, q := range []string{tt.english, tt.chinese} {
			if got := refs(search(t, db, q)); !slices.Contains(got, tt.want) {
				t.Errorf("Search(%q) = %v; want %s among them", q, got, tt.want)
			}
		}
	}
}

// posts returns the ids of the content results, in order.
func posts(rs []model.SearchResult) []string {
	var out []string
	for _, r := range rs {
		if r.Kind == model.ResultPost {
			out = append(out, r.ID)
		}
	}
	return out
}

// The README's own example shows New Hope Dairy's posts as content.
func TestSearchNewHopeShowsContent(t *testing.T) {
	got := posts(search(t, seededWorld(t), "New Hope"))
	for _, id := range []string{"post-nh-fresh-milk", "post-nh-pasture", "post-nh-yogurt", "post-nh-new-member"} {
		if !slices.Contains(got, id) {
			t.Errorf("New Hope's content = %v; want %s", got, id)
		}
	}
}

// "milk" finds posts whose text, not title or tags, is about milk, and
// ranks those with milk in the title first.
func TestSearchMilkReachesTheText(t *testing.T) {
	got := posts(search(t, seededWorld(t), "milk"))
	// its tags say dairy; its text says "made with our own fresh milk"
	yogurt := slices.Index(got, "post-nh-yogurt")
	if yogurt < 0 {
		t.Fatalf("milk's content = %v; want post-nh-yogurt", got)
	}
	title := slices.Index(got, "post-nh-fresh-milk") // "24-hour fresh milk, delivered at dawn"
	if title < 0 || title > yogurt {
		t.Errorf("milk's content = %v; want the title match post-nh-fresh-milk before the text match post-nh-yogurt", got)
	}
}

// "小龙虾", offered under Popular searches, finds the crayfish posts,
// although none of them is written in Chinese.
func TestSearchCrayfishInChinese(t *testing.T) {
	got := posts(search(t, seededWorld(t), "小龙虾"))
	for _, id := range []string{"post-kfc-crayfish", "post-kfc-crayfish-twister", "post-wfb-crayfish-review"} {
		if !slices.Contains(got, id) {
			t.Errorf("小龙虾's content = %v; want %s", got, id)
		}
	}
	if slices.Contains(got, "post-kfc-egg-tarts") {
		t.Errorf("小龙虾's content = %v; the egg tarts post is not about crayfish", got)
	}
}

// A match in a post's title ranks above a match only in its text, in the
// same language and across languages.
func TestSearchRanksTitlesAboveText(t *testing.T) {
	db := seededWorld(t)
	for _, q := range []string{"crayfish", "小龙虾"} {
		rs := search(t, db, q)
		last := 1000
		sawText := false
		for _, r := range rs {
			if r.Kind != model.ResultPost {
				continue
			}
			if r.Score > last {
				t.Errorf("Search(%q): %s scores %d after a %d", q, r.ID, r.Score, last)
			}
			last = r.Score
			sawText = sawText || r.Score == scoreText
		}
		top := posts(rs)[0]
		if top != "post-kfc-crayfish" && top != "post-kfc-crayfish-twister" && top != "post-wfb-crayfish-review" {
			t.Errorf("Search(%q) content starts with %s; want a post with crayfish in its title", q, top)
		}
		if !sawText {
			t.Errorf("Search(%q) has no match in the text only (the bucket party's text names crayfish)", q)
		}
	}
}

// A match in a result's keywords or tags ranks above one only in its
// text: for "milk", New Hope's member store (keyword) comes before the
// mini programs that merely sell milk tea among their services.
func TestSearchRanksKeywordsAboveText(t *testing.T) {
	db := seededWorld(t)
	var mps []string
	for _, r := range search(t, db, "milk") {
		if r.Kind == model.ResultMiniProgram {
			mps = append(mps, r.ID)
		}
	}
	at := slices.Index(mps, "new-hope-member")
	if at < 0 {
		t.Fatalf(`"milk" finds mini programs %v, not New Hope's`, mps)
	}
	for _, textOnly := range []string{"eleme", "freshippo"} {
		if i := slices.Index(mps, textOnly); i >= 0 && i < at {
			t.Errorf(`"milk" ranks %s (text only) above new-hope-member (keyword): %v`, textOnly, mps)
		}
	}
}
