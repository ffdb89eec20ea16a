package store

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// schema5 is a store written by the release whose format was schema 5
// (commit a2c6289), before operators; see testdata/schema5/README.md.
const schema5 = "testdata/schema5/store.db"

// A store written by the schema-5 release opens with nothing lost: every
// persona's state (a participant's too), the participant, the whole log,
// the kept drafts and the funnel read from its aggregates are what that
// release read. It gains the operators' bucket in the same transaction;
// New Hope Dairy's operator then publishes, creates a coupon and sends a
// message its two followers receive, also after the next open; check
// finds it healthy before and after.
func TestSchema5StoreOpensWithNothingLost(t *testing.T) {
	raw, err := os.ReadFile("testdata/schema5/want.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		schema1Want
		Alice       model.UserState        `json:"alice"`
		Participant model.Persona          `json:"participant"`
		Aggregates  []model.FunnelGroup    `json:"aggregates"`
		Drafts      map[string]model.Draft `json:"drafts"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	path := copyFile(t, schema5)
	if v := storedSchema(t, path); v != "5" {
		t.Fatalf("testdata store has schema %q; want 5", v)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("the schema-5 store before its upgrade:\n%s", probs)
	}
	db := open(t, path)
	schema4Kept(t, db, want.schema1Want, want.Aggregates, want.Drafts)
	alice, err := db.State("alice")
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "state of alice", alice, want.Alice)
	p, err := db.Persona("alice")
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "participant alice", p, want.Participant)
	if err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bktOperators) == nil {
			t.Error("no operators bucket after the upgrade")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	operatorWritesAfterUpgrade(t, db)
	db = reopen(t, db)
	inbox, err := db.Inbox("alice")
	if err != nil || len(inbox) != 1 || inbox[0].Reached != 2 {
		t.Errorf("alice's inbox after a restart = %+v, %v; want the message, reaching newuser and alice", inbox, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if v := storedSchema(t, path); v != strconv.Itoa(schemaVersion) {
		t.Errorf("schema after the upgrade = %q; want %d", v, schemaVersion)
	}
	if r, probs := checked(t, path); !r.Healthy() {
		t.Fatalf("the upgraded store with an operator's writes:\n%s", probs)
	}
}

// operatorWritesAfterUpgrade has New Hope Dairy's operator publish a post
// linking its new coupon and message its followers, in the upgraded
// store.
func operatorWritesAfterUpgrade(t *testing.T, db *DB) {
	t.Helper()
	at := time.Date(2026, 1, 12, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))
	a := model.Actor{Persona: model.MerchantPersona("new-hope-dairy"), Session: "console", At: at}
	c, err := db.CreateCoupon(a, "new-hope-dairy", model.CouponSpec{Kind: model.CouponSpendThreshold,
		MiniProgramID: "new-hope-member", DiscountCents: 500, ThresholdCents: 4000, ValidFrom: at, ValidUntil: at.AddDate(0, 1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	post, err := db.PublishAsMerchant(a, "new-hope-dairy", model.MerchantDraft{Kind: model.PostImageText,
		Title: "Milk week", Body: "¥5 off over ¥40.", Components: []model.Component{
			{Kind: model.ComponentService, MiniProgramID: "new-hope-member", ServiceID: "fresh-milk-week"},
			{Kind: model.ComponentCoupon, CouponID: c.ID},
		}})
	if err != nil {
		t.Fatal(err)
	}
	f, err := db.Following("newuser", "", 5)
	if err != nil || len(f.Items) == 0 || f.Items[0].ID != post.ID {
		t.Errorf("newuser's Following = %v, %v; want %s first", postIDs(f.Items), err, post.ID)
	}
	if _, err := db.SendMessage(a, "new-hope-dairy", "Milk week starts today."); err != nil {
		t.Fatal(err)
	}
}
