package report

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"lifesim/model"
	"lifesim/store"
)

// merchantSrc is a store of one merchant's account, one creator's, and a
// log; it counts the catalogue's title reads. The embedded nil
// interfaces panic if the view asks for anything else.
type merchantSrc struct {
	store.Catalog
	store.Merchants
	log         []model.Event
	titleReads  int
	scopeErr    error
	createdPost bool // the operator's post exists in the catalogue
}

func (s *merchantSrc) Events(after uint64, limit int) ([]model.Event, error) {
	out := []model.Event{}
	for _, e := range s.log {
		if e.Seq > after && len(out) < limit {
			out = append(out, e)
		}
	}
	return out, nil
}

func (s *merchantSrc) Account(id model.AccountID) (model.LifeAccount, error) {
	switch id {
	case "new-hope-dairy":
		return model.LifeAccount{ID: id, Name: "New Hope Dairy", Kind: model.KindBrand, MerchantID: "new-hope"}, nil
	case "wild-food-brother":
		return model.LifeAccount{ID: id, Name: "Wild Food Brother", Kind: model.KindCreator}, nil
	}
	return model.LifeAccount{}, fmt.Errorf("life account %q: %w", id, store.ErrNotFound)
}

func (s *merchantSrc) MerchantScope(id model.AccountID) (model.MerchantScope, error) {
	if s.scopeErr != nil {
		return model.MerchantScope{}, s.scopeErr
	}
	return model.MerchantScope{
		Account: id, Merchant: "new-hope", MiniPrograms: []model.MiniProgramID{"new-hope-member"},
		Posts: []model.PostID{"post-new-hope-milk"}, Coupons: []model.CouponID{"new-hope-5off"},
	}, nil
}

func (s *merchantSrc) Post(id model.PostID) (model.Post, error) {
	s.titleReads++
	if id == "post-new-hope-milk" || s.createdPost {
		return model.Post{ID: id, Title: "Fresh milk \x1b[31mdaily"}, nil
	}
	return model.Post{}, store.ErrNotFound
}

func (s *merchantSrc) Coupon(id model.CouponID) (model.Coupon, error) {
	s.titleReads++
	return model.Coupon{ID: id, Title: "¥5 off ¥30"}, nil
}

func TestNewMerchantViewRefusesWhatIsNotAMerchant(t *testing.T) {
	src := &merchantSrc{}
	if _, err := NewMerchantView(src, "nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an unknown account: %v, want ErrNotFound", err)
	}
	if _, err := NewMerchantView(src, "wild-food-brother"); !errors.Is(err, ErrNoMerchant) {
		t.Errorf("a creator's account: %v, want ErrNoMerchant", err)
	}
	src.scopeErr = errDisk
	if _, err := NewMerchantView(src, "new-hope-dairy"); !errors.Is(err, errDisk) {
		t.Errorf("a failed scope read: %v, want it passed on", err)
	}
}

// CatchUp folds the whole log across pages, then only what was written
// since.
func TestMerchantViewCatchesUp(t *testing.T) {
	src := &merchantSrc{}
	at := time.Date(2026, 1, 8, 9, 0, 0, 0, time.UTC)
	for i := range 2*logPage + 3 {
		src.log = append(src.log, model.Event{Seq: uint64(i + 1), At: at, Persona: "newuser", Kind: model.EventAppStart})
	}
	v, err := NewMerchantView(src, "new-hope-dairy")
	if err != nil {
		t.Fatal(err)
	}
	if err := v.CatchUp(); err != nil {
		t.Fatal(err)
	}
	if v.Last() != 2*logPage+3 {
		t.Errorf("Last after CatchUp = %d, want %d", v.Last(), 2*logPage+3)
	}
	src.log = append(src.log, model.Event{Seq: 2*logPage + 4, At: at, Persona: "newuser", Kind: model.EventAppStop})
	if err := v.CatchUp(); err != nil || v.Last() != 2*logPage+4 {
		t.Errorf("CatchUp after one more event: Last %d, %v", v.Last(), err)
	}
	r := v.Report(at, 7)
	if r.Account != "new-hope-dairy" || r.Name != "New Hope Dairy" || len(r.Days) != 7 {
		t.Errorf("Report = account %q, name %q, %d days; want new-hope-dairy, New Hope Dairy, 7", r.Account, r.Name, len(r.Days))
	}
}

// Titles come from the catalogue once: the console asks for a report
// on every append.
func TestMerchantViewCachesTitles(t *testing.T) {
	src := &merchantSrc{}
	at := time.Date(2026, 1, 8, 9, 0, 0, 0, time.UTC)
	a := model.Actor{Persona: "newuser", Session: "s1", At: at}
	src.log = []model.Event{
		withSeq(model.NewEvent(a, model.EventOpenPost, "post-new-hope-milk", model.SourceFeed, ""), 1),
	}
	v, err := NewMerchantView(src, "new-hope-dairy")
	if err != nil {
		t.Fatal(err)
	}
	if err := v.CatchUp(); err != nil {
		t.Fatal(err)
	}
	r := v.Report(at, 7)
	if len(r.Posts) == 0 || r.Posts[0].Title != "Fresh milk \x1b[31mdaily" {
		t.Fatalf("posts %+v: want the post with its catalogue title", r.Posts)
	}
	if len(r.Coupons) == 0 || r.Coupons[0].Title != "¥5 off ¥30" {
		t.Fatalf("coupons %+v: want the coupon with its catalogue title", r.Coupons)
	}
	reads := src.titleReads
	v.Report(at, 7)
	if src.titleReads != reads {
		t.Errorf("a second Report read the catalogue %d more times, want none", src.titleReads-reads)
	}
}

func withSeq(e model.Event, seq uint64) model.Event {
	e.Seq = seq
	return e
}
