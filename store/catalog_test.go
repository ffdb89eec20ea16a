package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"lifesim/model"
)

func TestCatalogReads(t *testing.T) {
	db := seeded(t, testWorld())
	db = reopen(t, db)

	mp, err := db.MiniProgram("mp-newhope")
	if err != nil || mp.Name != "New Hope Member Service" || len(mp.Services) != 2 {
		t.Errorf("MiniProgram = %+v, %v", mp, err)
	}
	mps, err := db.MiniPrograms([]model.MiniProgramID{"mp-bk", "nope", "mp-kfc"})
	if err != nil || len(mps) != 2 || mps[0].ID != "mp-bk" || mps[1].ID != "mp-kfc" {
		t.Errorf("MiniPrograms = %+v, %v; want bk, kfc in that order", mps, err)
	}
	if a, err := db.Account("acct-kfc"); err != nil || a.Fans != 50000 || a.CouponWindow[0] != "c-kfc" {
		t.Errorf("Account = %+v, %v", a, err)
	}
	if p, err := db.Post("p1"); err != nil || p.Counts.Likes != 100 || p.Components[0].CouponID != "c-kfc" {
		t.Errorf("Post = %+v, %v", p, err)
	}
	if c, err := db.Coupon("c-kfc"); err != nil || c.DiscountCents != 500 {
		t.Errorf("Coupon = %+v, %v", c, err)
	}
	if g, err := db.Group("g-food"); err != nil || g.Members != 1200 {
		t.Errorf("Group = %+v, %v", g, err)
	}
	if m, err := db.Merchant("kfc"); err != nil || m.Name != "KFC" {
		t.Errorf("Merchant = %+v, %v", m, err)
	}
	if p, err := db.Persona("returning"); err != nil || p.Interests[0] != "crayfish" {
		t.Errorf("Persona = %+v, %v", p, err)
	}
	ps, err := db.Personas()
	if err != nil || len(ps) != 2 || ps[0].ID != "newuser" || ps[1].ID != "returning" {
		t.Errorf("Personas = %+v, %v; want fixture order", ps, err)
	}
	chs, err := db.Channels()
	if err != nil || len(chs) != 2 || chs[0].ID != "ch-car" || chs[1].ID != "ch-citizen" {
		t.Errorf("Channels = %+v, %v; want fixture order", chs, err)
	}
}

func TestCatalogUnknownIDs(t *testing.T) {
	db := seeded(t, testWorld())
	for _, tt := range []struct {
		name string
		call func() error
		want string
	}{
		{"mini program", func() error { _, err := db.MiniProgram("zz"); return err }, `mini program "zz"`},
		{"account", func() error { _, err := db.Account("zz"); return err }, `life account "zz"`},
		{"post", func() error { _, err := db.Post("zz"); return err }, `post "zz"`},
		{"coupon", func() error { _, err := db.Coupon("zz"); return err }, `coupon "zz"`},
		{"group", func() error { _, err := db.Group("zz"); return err }, `group "zz"`},
		{"persona", func() error { _, err := db.Persona("zz"); return err }, `persona "zz"`},
		{"empty id", func() error { _, err := db.Post(""); return err }, `post ""`},
		{"account posts", func() error { _, err := db.AccountPosts("zz", "", 5); return err }, `life account "zz"`},
		{"following", func() error { _, err := db.Following("zz", "", 5); return err }, `persona "zz"`},
		{"recommended", func() error { _, err := db.Recommended("zz", "", 5); return err }, `persona "zz"`},
		{"suggested", func() error { _, err := db.SuggestedAccounts("zz", 5); return err }, `persona "zz"`},
		{"comments", func() error { _, err := db.Comments("zz"); return err }, `post "zz"`},
		{"state", func() error { _, err := db.State("zz"); return err }, `persona "zz"`},
	} {
		err := tt.call()
		if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v; want ErrNotFound naming %s", tt.name, err, tt.want)
		}
	}
}

func TestStateSlicesNeverNil(t *testing.T) {
	db := seeded(t, testWorld())
	st, err := db.State("newuser")
	if err != nil {
		t.Fatal(err)
	}
	v := reflect.ValueOf(st)
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Slice && f.IsNil() {
			t.Errorf("State.%s is nil", v.Type().Field(i).Name)
		}
	}
}
