package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// merchantWorld is testWorld where newuser follows New Hope Dairy (as
// returning follows KFC) and New Hope's yogurt post links the Foodies
// group.
func merchantWorld() model.World {
	w := testWorld()
	w.Personas[0].Follows = []model.AccountID{"acct-newhope"}
	for i := range w.Posts {
		if w.Posts[i].ID == "p5" {
			w.Posts[i].Components = []model.Component{{Kind: model.ComponentGroup, Label: "Foodies", GroupID: "g-food"}}
		}
	}
	return w
}

// operator is the actor of account's operator, minutes after epoch.
func operator(account model.AccountID, minutes int) model.Actor {
	return model.Actor{Persona: model.MerchantPersona(account), Session: "console-1", At: epoch.Add(time.Duration(minutes) * time.Minute)}
}

func TestOperatorsAreTheAccountsWithAMerchantByName(t *testing.T) {
	db := seeded(t, merchantWorld())
	ops, err := db.Operators()
	if err != nil {
		t.Fatal(err)
	}
	var got []model.AccountID
	for _, a := range ops {
		got = append(got, a.ID)
	}
	if want := []model.AccountID{"acct-kfc", "acct-newhope"}; !slices.Equal(got, want) {
		t.Errorf("Operators = %v; want %v (KFC, New Hope Dairy: by name)", got, want)
	}
}

func TestMerchantScope(t *testing.T) {
	for _, tc := range []struct {
		name    string
		world   model.World
		account model.AccountID
		want    model.MerchantScope
	}{
		{"associated mini program, posts newest first, a group its post links", merchantWorld(), "acct-newhope", model.MerchantScope{
			Account: "acct-newhope", Merchant: "newhope", MiniPrograms: []model.MiniProgramID{"mp-newhope"},
			Posts: []model.PostID{"p2", "p5"}, Coupons: []model.CouponID{"c-nh"}, Groups: []model.GroupID{"g-food"}}},
		{"the coupon window first, then the mini program's other coupons", merchantWorld(), "acct-kfc", model.MerchantScope{
			Account: "acct-kfc", Merchant: "kfc", MiniPrograms: []model.MiniProgramID{"mp-kfc"},
			Posts: []model.PostID{"p1", "p3", "p6"}, Coupons: []model.CouponID{"c-kfc", "c-kfc-big", "c-old"}, Groups: []model.GroupID{}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := seeded(t, tc.world)
			got, err := db.MerchantScope(tc.account)
			if err != nil {
				t.Fatal(err)
			}
			sameJSON(t, "scope", got, tc.want)
		})
	}
}

func TestMerchantScopeOfNoMerchant(t *testing.T) {
	db := seeded(t, merchantWorld())
	for _, id := range []model.AccountID{"acct-nobody", "acct-wild", ""} {
		_, err := db.MerchantScope(id)
		if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), `"`+string(id)+`"`) {
			t.Errorf("MerchantScope(%q) = %v; want ErrNotFound naming it", id, err)
		}
	}
}

func TestPublishAsMerchantLeadsFollowersFeeds(t *testing.T) {
	db := seeded(t, merchantWorld())
	draft := model.MerchantDraft{Kind: model.PostImageText, Title: " Milk week\x1b[31m ", Body: "Fresh milk, ¥2 off.",
		Components: []model.Component{
			{Kind: model.ComponentService, MiniProgramID: "mp-newhope", ServiceID: "milk"},
			{Kind: model.ComponentCoupon, CouponID: "c-nh"},
			{Kind: model.ComponentGroup, GroupID: "g-food", Label: "Join us"},
		}}
	post, err := db.PublishAsMerchant(operator("acct-newhope", 5), "acct-newhope", draft)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(post.ID), "m-acct-newhope-") || post.AccountID != "acct-newhope" ||
		post.Title != "Milk week" || !post.PublishedAt.Equal(epoch.Add(5*time.Minute)) {
		t.Errorf("post = %+v", post)
	}
	var labels []string
	for _, c := range post.Components {
		labels = append(labels, c.Label)
	}
	if want := []string{"Fresh milk", "Pay-to-get · ¥2 off", "Join us"}; !slices.Equal(labels, want) {
		t.Errorf("labels = %q; want %q (empty ones from what they link)", labels, want)
	}
	stored, err := db.Post(post.ID)
	if err != nil || stored.Title != post.Title || len(stored.Components) != 3 {
		t.Fatalf("Post(%s) = %+v, %v", post.ID, stored, err)
	}
	following, err := db.Following("newuser", "", 10)
	if err != nil || len(following.Items) == 0 || following.Items[0].ID != post.ID {
		t.Errorf("newuser's Following = %v, %v; want %s first", postIDs(following.Items), err, post.ID)
	}
	latest, err := db.Latest("returning", "", 10)
	if err != nil || len(latest.Items) == 0 || latest.Items[0].ID != post.ID {
		t.Errorf("Latest = %v, %v; want %s first", postIDs(latest.Items), err, post.ID)
	}
	rec, err := db.Recommended("newuser", "", 50)
	if err != nil || !slices.Contains(postIDs(rec.Items), post.ID) {
		t.Errorf("newuser's Recommended = %v, %v; want %s in it", postIDs(rec.Items), err, post.ID)
	}
	group, err := db.GroupPosts("g-food", "", 10)
	if err != nil || len(group.Items) == 0 || group.Items[0].ID != post.ID {
		t.Errorf("the group's posts = %v, %v; want %s first", postIDs(group.Items), err, post.ID)
	}
	results, err := db.Search("milk week", 5)
	if err != nil || !slices.ContainsFunc(results, func(r model.SearchResult) bool { return r.ID == string(post.ID) }) {
		t.Errorf("Search(milk week) = %+v, %v; want the post", results, err)
	}
	scope, err := db.MerchantScope("acct-newhope")
	if err != nil || scope.Posts[0] != post.ID {
		t.Errorf("scope's posts = %v, %v; want %s first", scope.Posts, err, post.ID)
	}
	last := newestEvent(t, db)
	if last.Kind != model.EventMerchantPost || last.Persona != "@acct-newhope" || last.Target != string(post.ID) ||
		last.Detail != "acct-newhope" || last.Session != "console-1" {
		t.Errorf("event = %+v", last)
	}
	if r, probs := checked(t, closed(t, db)); !r.Healthy() {
		t.Errorf("check after publishing:\n%s", probs)
	}
}

// A refused write changes nothing: no record, no event, the feeds as
// they were.
func TestOperatorsRefusedWritesChangeNothing(t *testing.T) {
	db := seeded(t, merchantWorld())
	day := 24 * time.Hour
	spec := model.CouponSpec{Kind: model.CouponSpendThreshold, MiniProgramID: "mp-newhope", DiscountCents: 500,
		ThresholdCents: 3000, ValidFrom: epoch, ValidUntil: epoch.Add(30 * day)}
	post := model.MerchantDraft{Kind: model.PostImageText, Title: "T", Body: "B"}
	withComponent := func(c model.Component) model.MerchantDraft {
		d := post
		d.Components = []model.Component{c}
		return d
	}
	for _, tc := range []struct {
		name  string
		write func() error
		field string // the *model.FieldError's field, or "" for another refusal
		is    error
	}{
		{"another merchant's mini program", func() error {
			_, err := db.PublishAsMerchant(operator("acct-newhope", 1), "acct-newhope",
				withComponent(model.Component{Kind: model.ComponentService, MiniProgramID: "mp-kfc"}))
			return err
		}, "components", ErrInvalid},
		{"another merchant's coupon", func() error {
			_, err := db.PublishAsMerchant(operator("acct-newhope", 1), "acct-newhope",
				withComponent(model.Component{Kind: model.ComponentCoupon, CouponID: "c-kfc"}))
			return err
		}, "components", ErrInvalid},
		{"a service its mini program lacks", func() error {
			_, err := db.PublishAsMerchant(operator("acct-newhope", 1), "acct-newhope",
				withComponent(model.Component{Kind: model.ComponentService, MiniProgramID: "mp-newhope", ServiceID: "bucket"}))
			return err
		}, "components", ErrInvalid},
		{"a post without a title", func() error {
			_, err := db.PublishAsMerchant(operator("acct-newhope", 1), "acct-newhope", model.MerchantDraft{Kind: model.PostImageText, Body: "B"})
			return err
		}, "title", ErrInvalid},
		{"a threshold below the amount", func() error {
			s := spec
			s.ThresholdCents = 300
			_, err := db.CreateCoupon(operator("acct-newhope", 1), "acct-newhope", s)
			return err
		}, "threshold", ErrInvalid},
		{"a validity in the past", func() error {
			s := spec
			s.ValidFrom, s.ValidUntil = epoch.Add(-3*day), epoch.Add(-day)
			_, err := db.CreateCoupon(operator("acct-newhope", 1), "acct-newhope", s)
			return err
		}, "valid until", ErrInvalid},
		{"a coupon for another merchant's mini program", func() error {
			s := spec
			s.MiniProgramID = "mp-kfc"
			_, err := db.CreateCoupon(operator("acct-newhope", 1), "acct-newhope", s)
			return err
		}, "mini program", ErrInvalid},
		{"an empty message", func() error {
			_, err := db.SendMessage(operator("acct-newhope", 1), "acct-newhope", " \x1b[2J ")
			return err
		}, "message", ErrInvalid},
		{"another's operator", func() error {
			_, err := db.SendMessage(operator("acct-kfc", 1), "acct-newhope", "hi")
			return err
		}, "", ErrInvalid},
		{"a persona", func() error {
			_, err := db.SendMessage(actor("newuser", 1), "acct-newhope", "hi")
			return err
		}, "", ErrInvalid},
		{"an account with no merchant", func() error {
			_, err := db.SendMessage(operator("acct-wild", 1), "acct-wild", "hi")
			return err
		}, "", ErrNotFound},
		{"an unknown account", func() error {
			_, err := db.CreateCoupon(operator("acct-nobody", 1), "acct-nobody", spec)
			return err
		}, "", ErrNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := worldSnapshot(t, db)
			err := tc.write()
			var fe *model.FieldError
			switch {
			case !errors.Is(err, tc.is):
				t.Fatalf("err = %v; want %v", err, tc.is)
			case tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field):
				t.Errorf("err = %v; want a field error about %q", err, tc.field)
			}
			sameJSON(t, "the store after a refused write", worldSnapshot(t, db), before)
		})
	}
}

// snapshot is what an operator's write would change.
type snapshot struct {
	Events    []model.Event
	Operators int
	Scope     model.MerchantScope
	Window    []model.CouponID
	Following []model.PostID
}

func worldSnapshot(t *testing.T, db *DB) snapshot {
	t.Helper()
	var s snapshot
	var err error
	if s.Events, err = db.Events(0, 1000); err != nil {
		t.Fatal(err)
	}
	if err := db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bktOperators).ForEachBucket(func([]byte) error { s.Operators++; return nil })
	}); err != nil {
		t.Fatal(err)
	}
	if s.Scope, err = db.MerchantScope("acct-newhope"); err != nil {
		t.Fatal(err)
	}
	acc, err := db.Account("acct-newhope")
	if err != nil {
		t.Fatal(err)
	}
	s.Window = acc.CouponWindow
	f, err := db.Following("newuser", "", 20)
	if err != nil {
		t.Fatal(err)
	}
	s.Following = postIDs(f.Items)
	return s
}

func newestEvent(t *testing.T, db *DB) model.Event {
	t.Helper()
	evs, err := db.LatestEvents(1)
	if err != nil || len(evs) != 1 {
		t.Fatalf("LatestEvents(1) = %v, %v", evs, err)
	}
	return evs[0]
}

// closed closes db and returns its path, for Check.
func closed(t *testing.T, db *DB) string {
	t.Helper()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return db.Path()
}

// newHopeCoupon is a spend-threshold coupon New Hope Dairy's operator
// creates: ¥5 off an order of ¥30 or more, for a month.
func newHopeCoupon(t *testing.T, db *DB, minutes int) model.Coupon {
	t.Helper()
	c, err := db.CreateCoupon(operator("acct-newhope", minutes), "acct-newhope", model.CouponSpec{
		Kind: model.CouponSpendThreshold, MiniProgramID: "mp-newhope", DiscountCents: 500, ThresholdCents: 3000,
		ValidFrom: epoch, ValidUntil: epoch.AddDate(0, 1, 0)})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A created coupon is in the coupon window, on a post, among the
// payment-success page's nearby coupons, and can be claimed and redeemed.
func TestCreatedCouponIsClaimedAndRedeemed(t *testing.T) {
	db := seeded(t, merchantWorld())
	c := newHopeCoupon(t, db, 1)
	if !strings.HasPrefix(string(c.ID), "mc-") || c.MerchantID != "newhope" || c.Title != "Spend ¥30 get ¥5 off" {
		t.Errorf("coupon = %+v", c)
	}
	if e := newestEvent(t, db); e.Kind != model.EventCouponCreate || e.Target != string(c.ID) || e.Detail != "acct-newhope" || e.Persona != "@acct-newhope" {
		t.Errorf("event = %+v", e)
	}
	acc, err := db.Account("acct-newhope")
	if err != nil || !slices.Equal(acc.CouponWindow, []model.CouponID{c.ID}) {
		t.Errorf("coupon window = %v, %v; want [%s]", acc.CouponWindow, err, c.ID)
	}
	scope, err := db.MerchantScope("acct-newhope")
	if err != nil || !slices.Equal(scope.Coupons, []model.CouponID{c.ID, "c-nh"}) {
		t.Errorf("scope's coupons = %v, %v; want the window's first", scope.Coupons, err)
	}
	post, err := db.PublishAsMerchant(operator("acct-newhope", 2), "acct-newhope", model.MerchantDraft{Kind: model.PostImageText,
		Title: "¥5 off", Body: "This week.", Components: []model.Component{{Kind: model.ComponentCoupon, CouponID: c.ID}}})
	if err != nil || post.Components[0].Label != "Spend ¥30 get ¥5 off" {
		t.Fatalf("a post with the coupon = %+v, %v", post, err)
	}
	near, err := db.NearbyCoupons(merchantWorld().Personas[0].Location, 1000, epoch.Add(time.Hour))
	if err != nil || !slices.ContainsFunc(near, func(n NearbyCoupon) bool { return n.Coupon.ID == c.ID }) {
		t.Errorf("NearbyCoupons = %+v, %v; want %s", near, err, c.ID)
	}
	if _, err := db.ClaimCoupon(actor("newuser", 10), c.ID, model.SourcePostComponent); err != nil {
		t.Fatal(err)
	}
	o, err := db.PlaceOrder(actor("newuser", 11), model.Order{MiniProgramID: "mp-newhope",
		Lines: []model.OrderLine{{ServiceID: "milk", Qty: 3}}}, c.ID)
	if err != nil || o.TotalCents != 3600-500 || o.CouponID != c.ID {
		t.Errorf("order = %+v, %v; want ¥36 less ¥5", o, err)
	}
	if e := newestEvent(t, db); e.Kind != model.EventCouponRedeem || e.Target != string(c.ID) {
		t.Errorf("last event = %+v; want the coupon redeemed", e)
	}
}

func TestMessagesReachFollowersInboxes(t *testing.T) {
	db := seeded(t, merchantWorld())
	var sent []model.MerchantMessage
	for i, m := range []struct {
		account model.AccountID
		text    string
	}{
		{"acct-newhope", "Milk week\x1b[31m starts today."},
		{"acct-kfc", "Crayfish is back."},
		{"acct-newhope", "Yogurt tomorrow."},
	} {
		msg, err := db.SendMessage(operator(m.account, i+1), m.account, m.text)
		if err != nil {
			t.Fatal(err)
		}
		if e := newestEvent(t, db); e.Kind != model.EventMerchantMessage || e.Target != string(m.account) ||
			e.Detail != msg.ID || e.Value != 1 || e.Persona != model.MerchantPersona(m.account) {
			t.Errorf("event = %+v", e)
		}
		sent = append(sent, msg)
	}
	if sent[0].Text != "Milk week starts today." || sent[0].Reached != 1 || !sent[0].SentAt.Equal(epoch.Add(time.Minute)) {
		t.Errorf("first message = %+v; want it cleaned, reaching newuser", sent[0])
	}
	for _, tc := range []struct {
		what string
		read func() ([]model.MerchantMessage, error)
		want []model.MerchantMessage
	}{
		{"New Hope Dairy's sent", func() ([]model.MerchantMessage, error) { return db.SentMessages("acct-newhope") }, []model.MerchantMessage{sent[2], sent[0]}},
		{"KFC's sent", func() ([]model.MerchantMessage, error) { return db.SentMessages("acct-kfc") }, []model.MerchantMessage{sent[1]}},
		{"newuser's inbox (follows New Hope)", func() ([]model.MerchantMessage, error) { return db.Inbox("newuser") }, []model.MerchantMessage{sent[2], sent[0]}},
		{"returning's inbox (follows KFC)", func() ([]model.MerchantMessage, error) { return db.Inbox("returning") }, []model.MerchantMessage{sent[1]}},
	} {
		got, err := tc.read()
		if err != nil {
			t.Fatal(err)
		}
		sameJSON(t, tc.what, got, tc.want)
	}
	if _, err := db.Inbox("nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Inbox(nobody) = %v; want ErrNotFound", err)
	}
	if _, err := db.SentMessages("acct-wild"); !errors.Is(err, ErrNotFound) {
		t.Errorf("SentMessages of an account with no merchant = %v; want ErrNotFound", err)
	}
}

// operatorsWrite has New Hope Dairy's operator create a coupon, publish a
// post linking it and send a message.
func operatorsWrite(t *testing.T, db *DB) (model.Post, model.Coupon) {
	t.Helper()
	c := newHopeCoupon(t, db, 1)
	post, err := db.PublishAsMerchant(operator("acct-newhope", 2), "acct-newhope", model.MerchantDraft{Kind: model.PostVideo,
		DurationSec: 30, Title: "Milk week", Body: "¥5 off.", Components: []model.Component{{Kind: model.ComponentCoupon, CouponID: c.ID}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SendMessage(operator("acct-newhope", 3), "acct-newhope", "Milk week."); err != nil {
		t.Fatal(err)
	}
	return post, c
}

// Reseeding, with the same fixtures or changed ones, writes the
// operators' posts and coupons back into the new world.
func TestReseedKeepsWhatOperatorsWrote(t *testing.T) {
	db := seeded(t, merchantWorld())
	post, c := operatorsWrite(t, db)
	before := worldSnapshot(t, db)
	for i, hash := range []string{"hash-1", "hash-2"} {
		if err := db.Reseed(merchantWorld(), hash); err != nil {
			t.Fatal(err)
		}
		sameJSON(t, fmt.Sprintf("reseed %d", i+1), worldSnapshot(t, db), before)
		if p, err := db.Post(post.ID); err != nil || p.Title != post.Title {
			t.Errorf("Post after reseed = %+v, %v", p, err)
		}
		got, err := db.Coupon(c.ID)
		if err != nil {
			t.Fatalf("Coupon after reseed: %v", err)
		}
		sameJSON(t, "the coupon after a reseed", got, c)
		near, err := db.NearbyCoupons(merchantWorld().Personas[0].Location, 1000, epoch.Add(time.Hour))
		if err != nil || !slices.ContainsFunc(near, func(n NearbyCoupon) bool { return n.Coupon.ID == c.ID }) {
			t.Errorf("NearbyCoupons after reseed = %+v, %v; want %s", near, err, c.ID)
		}
		if in, err := db.Inbox("newuser"); err != nil || len(in) != 1 {
			t.Errorf("inbox after reseed = %+v, %v", in, err)
		}
	}
	if r, probs := checked(t, closed(t, db)); !r.Healthy() {
		t.Errorf("check after reseeds:\n%s", probs)
	}
}

// Clearing user state takes what operators wrote out of the world: their
// posts from every feed and search, their coupons from the window and
// the payment-success page, their messages from the inboxes.
func TestClearUserStateRemovesWhatOperatorsWrote(t *testing.T) {
	db := seeded(t, merchantWorld())
	want := worldSnapshot(t, db)
	post, c := operatorsWrite(t, db)
	if err := db.ClearUserState(); err != nil {
		t.Fatal(err)
	}
	got := worldSnapshot(t, db)
	got.Events = want.Events // the log is kept
	sameJSON(t, "after ClearUserState", got, want)
	if _, err := db.Post(post.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Post = %v; want ErrNotFound", err)
	}
	if _, err := db.Coupon(c.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Coupon = %v; want ErrNotFound", err)
	}
	if res, err := db.Search("milk week", 5); err != nil || slices.ContainsFunc(res, func(r model.SearchResult) bool { return r.ID == string(post.ID) }) {
		t.Errorf("Search = %+v, %v; want no post of the operator's", res, err)
	}
	if in, err := db.Inbox("newuser"); err != nil || len(in) != 0 {
		t.Errorf("inbox = %+v, %v; want none", in, err)
	}
	// The log keeps the operator's events, as it keeps the personas',
	// so only the state step can disagree: every index entry points at a
	// record that exists.
	r, _ := checked(t, closed(t, db))
	for _, p := range r.Problems {
		if p.Area != "state" {
			t.Errorf("check after ClearUserState: %s: %s", p.Area, p)
		}
	}
}

// check reads the operators' bucket: a record that does not decode, one
// of another account and a stray value are each reported.
func TestCheckFindsABrokenOperatorRecord(t *testing.T) {
	db := seeded(t, merchantWorld())
	operatorsWrite(t, db)
	if err := db.update(func(tx *bolt.Tx) error {
		op := tx.Bucket(bktOperators).Bucket([]byte("acct-newhope"))
		return errors.Join(
			op.Bucket(opCoupons).Put(seqKey(900), []byte(`{"id":`)),
			op.Bucket(opMessages).Put(seqKey(901), []byte(`{"id":"msg-901","account":"acct-kfc","text":"x"}`)),
			tx.Bucket(bktOperators).Put([]byte("stray"), []byte("1")),
		)
	}); err != nil {
		t.Fatal(err)
	}
	r, probs := checked(t, closed(t, db))
	for _, want := range []string{
		"record operators/acct-newhope/coupons/900 cannot be read",
		"record operators/acct-newhope/messages/901 cannot be read",
		"record operators/stray cannot be read",
	} {
		if !strings.Contains(probs, want) {
			t.Errorf("problems lack %q:\n%s", want, probs)
		}
	}
	if r.Healthy() {
		t.Error("a store with broken operator records is healthy")
	}
}

// check's state step compares what operators kept with their events: a
// record written behind lifesim's back, with no event, is reported.
func TestCheckFindsAnOperatorRecordWithoutItsEvent(t *testing.T) {
	db := seeded(t, merchantWorld())
	operatorsWrite(t, db)
	if r, probs := checked(t, closed(t, db)); !r.Healthy() {
		t.Fatalf("check before the edit:\n%s", probs)
	}
	db = open(t, db.Path())
	if err := db.update(func(tx *bolt.Tx) error {
		op := tx.Bucket(bktOperators).Bucket([]byte("acct-newhope"))
		return putJSON(op.Bucket(opMessages), seqKey(900), messageRecord{ID: "msg-900", Account: "acct-newhope", Text: "x"})
	}); err != nil {
		t.Fatal(err)
	}
	_, probs := checked(t, closed(t, db))
	if want := "persona @acct-newhope's sent messages disagree with the event log"; !strings.Contains(probs, want) ||
		!strings.Contains(probs, "msg-900") {
		t.Errorf("problems lack %q about msg-900:\n%s", want, probs)
	}
}

// Followers counts the personas following an account now: a follow adds
// one, an unfollow takes it away, and an unknown account is not found.
func TestFollowersCountsTheAccountsFollowersNow(t *testing.T) {
	db := seeded(t, merchantWorld())
	count := func(acc model.AccountID) int {
		t.Helper()
		n, err := db.Followers(acc)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count("acct-newhope"); n != 1 {
		t.Fatalf("New Hope's followers = %d; want newuser's 1", n)
	}
	if n := count("acct-kfc"); n != 1 {
		t.Fatalf("KFC's followers = %d; want 1", n)
	}
	if _, err := db.ToggleFollow(actor("newuser", 1), "acct-newhope", model.SourceSearch); err != nil {
		t.Fatal(err)
	}
	if n := count("acct-newhope"); n != 0 {
		t.Fatalf("after newuser unfollows, New Hope's followers = %d; want 0", n)
	}
	if _, err := db.Followers("ghost"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Followers(ghost) = %v; want ErrNotFound", err)
	}
}
