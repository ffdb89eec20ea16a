package store

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// schema1 is a store written by the release whose format was schema 1
// (commit f311613), with every kind of user state for both personas; see
// testdata/schema1/README.md for how it was made.
const schema1 = "testdata/schema1/store.db"

// schema1Want is what that release's State and Events returned for it.
type schema1Want struct {
	Newuser   model.UserState `json:"newuser"`
	Returning model.UserState `json:"returning"`
	Events    []model.Event   `json:"events"`
}

func loadSchema1Want(t *testing.T) schema1Want {
	t.Helper()
	raw, err := os.ReadFile("testdata/schema1/want.json")
	if err != nil {
		t.Fatal(err)
	}
	var w schema1Want
	if err := json.Unmarshal(raw, &w); err != nil {
		t.Fatal(err)
	}
	return w
}

// copySchema1 copies the schema-1 store to a temp file.
func copySchema1(t *testing.T) string {
	t.Helper()
	src, err := os.Open(schema1)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	path := filepath.Join(t.TempDir(), "old.db")
	dst, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func storedSchema(t *testing.T, path string) string {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	var v string
	_ = bdb.View(func(tx *bolt.Tx) error { v = string(tx.Bucket(bktMeta).Get(metaSchema)); return nil })
	return v
}

// sameJSON compares values by their JSON, which is what `state --json`
// and `events` print (time.Time values decoded twice are equal instants
// with different *Location pointers).
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.MarshalIndent(got, "", " ")
	w, _ := json.MarshalIndent(want, "", " ")
	if string(g) != string(w) {
		t.Errorf("%s after the upgrade differs:\ngot  %s\nwant %s", what, g, w)
	}
}

// A store written by the schema-1 release opens with nothing lost: every
// favourite, recent, follow, like, collected post, comment, forward,
// order, coupon, group, own post, pop-up count and event. Claims from
// before sources were recorded say "unknown".
func TestSchema1StoreOpensWithNothingLost(t *testing.T) {
	want := loadSchema1Want(t)
	path := copySchema1(t)
	if v := storedSchema(t, path); v != "1" {
		t.Fatalf("testdata store has schema %q; want 1", v)
	}
	db := open(t, path)
	for _, st := range []*model.UserState{&want.Newuser, &want.Returning} {
		for i := range st.Coupons {
			st.Coupons[i].Source = model.SourceUnknown
		}
		got, err := db.State(st.Persona)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Coupons) == 0 || len(got.Orders) == 0 || len(got.Comments) == 0 || len(got.OwnPosts) == 0 {
			t.Fatalf("%s: the fixture lost its point: %+v", st.Persona, got)
		}
		sameJSON(t, "state of "+string(st.Persona), got, *st)
	}
	for i := range want.Events {
		if want.Events[i].Kind == model.EventCouponClaim {
			want.Events[i].Source = model.SourceUnknown
		}
	}
	evs, err := db.Events(0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "event log", evs, want.Events)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if v := storedSchema(t, path); v != strconv.Itoa(schemaVersion) {
		t.Errorf("schema after the upgrade = %q; want %d", v, schemaVersion)
	}
}

// The upgrade is one transaction: if it fails part way (a kill has the
// same effect: bbolt commits nothing), the store is still schema 1 with
// its data, and the next open upgrades it.
func TestFailedUpgradeLeavesTheOldStore(t *testing.T) {
	path := copySchema1(t)
	saved := migrations
	t.Cleanup(func() { migrations = saved })
	migrations = []migration{{from: 1, about: "a step that dies half way", apply: func(tx *bolt.Tx) error {
		if err := claimsHaveSources(tx); err != nil {
			return err
		}
		return errors.New("killed")
	}}}
	if _, err := Open(path, Options{}); err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("Open = %v; want the step's failure", err)
	}
	if v := storedSchema(t, path); v != "1" {
		t.Fatalf("schema after a failed upgrade = %q; want 1", v)
	}
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.View(func(tx *bolt.Tx) error {
		claims, _ := listOf[claimRecord](tx.Bucket(bktUsers).Bucket([]byte("newuser")), userCoupons)
		for _, c := range claims {
			if c.Source != "" {
				t.Errorf("half-applied step is on disk: %+v", c)
			}
		}
		return nil
	})
	_ = bdb.Close()

	migrations = saved
	db := open(t, path)
	st, err := db.State("newuser")
	if err != nil || len(st.Coupons) != 2 || st.Coupons[0].Source != model.SourceUnknown {
		t.Fatalf("after a good upgrade: coupons %+v, %v", st.Coupons, err)
	}
}

// migrations are numbered without gaps up to schemaVersion.
func TestMigrationsAreInOrder(t *testing.T) {
	for i, m := range migrations {
		if m.from != i+1 || m.about == "" || m.apply == nil {
			t.Errorf("migrations[%d] = from %d %q", i, m.from, m.about)
		}
	}
	if len(migrations)+1 != schemaVersion {
		t.Errorf("%d migrations lead to schema %d; schemaVersion is %d", len(migrations), len(migrations)+1, schemaVersion)
	}
}
