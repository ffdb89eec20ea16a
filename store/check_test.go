package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// busyStore is a store on the test world where both personas did one of
// everything that leaves state, and then closed.
func busyStore(t *testing.T) string {
	t.Helper()
	db := seeded(t, testWorld())
	at := 0
	a := func(p model.PersonaID) model.Actor { at++; return actor(p, at) }
	for _, p := range []model.PersonaID{"newuser", "returning"} {
		steps := []error{
			second(db.ToggleFavourite(a(p), "mp-newhope", model.SourceSearch)),
			second(db.ToggleFavourite(a(p), "mp-kfc", model.SourceSearch)), // returning: uncollects a seed favourite
			second(db.ToggleFollow(a(p), "acct-wild", model.SourceSearch)),
			third(db.ToggleLike(a(p), "p1")),
			third(db.ToggleLike(a(p), "p2")),
			third(db.ToggleLike(a(p), "p2")),
			third(db.ToggleCollectPost(a(p), "p3")),
			third(db.AddComment(a(p), "p1", "nice")),
			second(db.Forward(a(p), "p1", "friend")),
			second(db.ClaimCoupon(a(p), "c-kfc", model.SourcePost)),
			second(db.PlaceOrder(a(p), model.Order{MiniProgramID: "mp-kfc", Lines: []model.OrderLine{{ServiceID: "bucket", Qty: 1}}}, "c-kfc")),
			second(db.PlaceOrder(a(p), model.Order{MiniProgramID: "mp-kfc", Lines: []model.OrderLine{{ServiceID: "crayfish", Qty: 2}}}, "")),
			db.AnswerFollowPrompt(a(p), "acct-newhope", "mp-newhope", true),
			third(db.ToggleGroup(a(p), "g-food")),
			second(db.PublishPost(a(p), model.Draft{Title: "Hello", Body: "My first post"})),
		}
		if err := errors.Join(steps...); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	db.Close()
	return db.Path()
}

func second[T any](_ T, err error) error        { return err }
func third[T, U any](_ T, _ U, err error) error { return err }

// checked runs Check and returns the report and its problems as text.
func checked(t *testing.T, path string) (*CheckReport, string) {
	t.Helper()
	r, err := Check(path, 0)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	var b strings.Builder
	for _, p := range r.Problems {
		fmt.Fprintf(&b, "%s: %s\n", p.Area, p)
	}
	return r, b.String()
}

func TestCheckPassesAHealthyStoreWithoutWriting(t *testing.T) {
	path := busyStore(t)
	before := fileSum(t, path)
	r, probs := checked(t, path)
	if !r.Healthy() {
		t.Fatalf("problems in a healthy store:\n%s", probs)
	}
	for _, s := range r.Steps {
		if s.Status != StepOK {
			t.Errorf("step %s: %s (%s)", s.Name, s.Status, s.Note)
		}
	}
	if len(r.Steps) != 6 {
		t.Errorf("steps: %+v", r.Steps)
	}
	if fileSum(t, path) != before {
		t.Error("Check changed the file")
	}
}

// edit changes the closed store at path behind lifesim's back.
func edit(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	if err := bdb.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func TestCheckFindsStateThatDisagreesWithTheLog(t *testing.T) {
	path := busyStore(t)
	// a favourite with no collect event, a like with its event lost, an
	// order the log never saw
	var order []byte
	edit(t, path, func(tx *bolt.Tx) error {
		u := tx.Bucket(bktUsers).Bucket([]byte("newuser"))
		if err := u.Put(userFavourites, []byte(`["mp-newhope","mp-kfc","mp-bk"]`)); err != nil {
			return err
		}
		rt := tx.Bucket(bktUsers).Bucket([]byte("returning"))
		if err := rt.Put(userLikes, []byte(`[]`)); err != nil {
			return err
		}
		orders := rt.Bucket(userOrders)
		_, order = orders.Cursor().First()
		return orders.Put(seqKey(9999), order)
	})
	r, probs := checked(t, path)
	if r.Healthy() {
		t.Fatal("Check found nothing")
	}
	for _, want := range []string{
		"persona newuser's favourites disagree with the event log (in the state but not the log: mp-bk)",
		"persona returning's likes disagree with the event log (in the log but not the state: p1)",
		"persona returning's orders disagree with the event log (3 in the state, 2 order events)",
	} {
		if !strings.Contains(probs, want) {
			t.Errorf("missing %q in:\n%s", want, probs)
		}
	}
}

func TestCheckFindsIndexEntriesPointingAtNothing(t *testing.T) {
	path := busyStore(t)
	edit(t, path, func(tx *bolt.Tx) error {
		if err := tx.Bucket(bktPosts).Delete([]byte("p4")); err != nil {
			return err
		}
		return tx.Bucket(bktIdxFeedTime).Put(timeIDKey(epoch, "ghost"), nil)
	})
	r, probs := checked(t, path)
	if r.Healthy() {
		t.Fatal("Check found nothing")
	}
	for _, want := range []string{
		"indexes: index idx_feed_time points at post ghost, which does not exist",
		"indexes: index idx_feed_time points at post p4, which does not exist",
		"indexes: index idx_account_posts points at post p4, which does not exist",
		"indexes: index idx_search_doc points at post p4, which does not exist",
	} {
		if !strings.Contains(probs, want) {
			t.Errorf("missing %q in:\n%s", want, probs)
		}
	}
}

func TestCheckFindsRecordsThatDoNotDecode(t *testing.T) {
	path := busyStore(t)
	edit(t, path, func(tx *bolt.Tx) error {
		if err := tx.Bucket(bktPosts).Put([]byte("p2"), []byte(`{"id": "p2", "title": 7}`)); err != nil {
			return err
		}
		return tx.Bucket(bktEvents).Put(seqKey(3), []byte("\x00\x01not json"))
	})
	r, probs := checked(t, path)
	if r.Healthy() {
		t.Fatal("Check found nothing")
	}
	for _, want := range []string{
		"records: record events/", // the key is 8 raw bytes, shown quoted
		"cannot be read (it is not valid JSON)",
		`records: record posts/p2 cannot be read (field "title" holds a JSON number where a string belongs)`,
	} {
		if !strings.Contains(probs, want) {
			t.Errorf("missing %q in:\n%s", want, probs)
		}
	}
	if s := r.Steps[3]; s.Name != "state" || s.Status != StepSkipped {
		t.Errorf("state step after bad records: %+v", s)
	}
}

func TestCheckOfMissingOrHeldStore(t *testing.T) {
	if _, err := Check(t.TempDir()+"/none.db", 0); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("missing: %v", err)
	}
	db := seeded(t, testWorld())
	if _, err := Check(db.Path(), 50e6); !errors.Is(err, ErrLocked) {
		t.Errorf("held by an open store: %v", err)
	}
}

// A store from the previous release is checked as far as this lifesim can
// without upgrading it (pages, well-formed records, indexes), unchanged;
// once upgraded, its state agrees with its log.
func TestCheckOlderSchemaStore(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "schema1", "store.db"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "old.db")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	r, probs := checked(t, path)
	if !r.Healthy() || r.Steps[3].Status != StepSkipped || r.Steps[4].Status != StepOK {
		t.Fatalf("older store: %+v\n%s", r.Steps, probs)
	}
	if fileSum(t, path) != fileSum(t, filepath.Join("testdata", "schema1", "store.db")) {
		t.Fatal("Check changed the file")
	}
	open(t, path).Close() // upgrades it
	if r, probs := checked(t, path); !r.Healthy() || r.Steps[3].Status != StepOK {
		t.Fatalf("upgraded store: %+v\n%s", r.Steps, probs)
	}
}

// Another program's bbolt file is not healthy for lifesim, and Check says
// whose it is without reading its records.
func TestCheckForeignFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "foreign.db")
	bdb, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("config"))
		if err != nil {
			return err
		}
		return b.Put([]byte("k"), []byte("v"))
	})
	bdb.Close()
	r, probs := checked(t, path)
	if r.Healthy() || !strings.Contains(probs, "another program") || r.Steps[2].Status != StepSkipped {
		t.Errorf("foreign file: %+v\n%s", r.Steps, probs)
	}
}

// A bbolt file without buckets (a crash between creating the file and its
// buckets) is healthy: Open sets it up.
func TestCheckBareFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bare.db")
	bdb, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	bdb.Close()
	if r, probs := checked(t, path); !r.Healthy() || r.Steps[2].Status != StepSkipped {
		t.Errorf("bare file: %+v\n%s", r.Steps, probs)
	}
}

// A funnel kept with the log that the log does not support (a session
// whose progress was changed, a group's tally edited) is a problem of its
// own, naming the session; a healthy store's says how much was compared.
func TestCheckFindsAggregatesThatDisagreeWithTheLog(t *testing.T) {
	db := seeded(t, testWorld())
	a := actor("newuser", 1)
	err := errors.Join(db.RecordEvent(model.NewEvent(a, model.EventSearch, "", model.SourceSearch, "kfc")),
		second(db.OpenMiniProgram(a, "mp-kfc", model.SourceSearch)),
		second(db.ToggleFavourite(a, "mp-kfc", model.SourceSearch)))
	if err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	r, probs := checked(t, path)
	if !r.Healthy() || r.Steps[5].Name != "funnel" || r.Steps[5].Note != "kept for 1 session, the fold of 3 events" {
		t.Fatalf("healthy store: %+v\n%s", r.Steps, probs)
	}
	edit(t, path, func(tx *bolt.Tx) error {
		b := boltFunnels{tx}
		s, _, err := b.Session("s1")
		if err != nil {
			return err
		}
		s.Reached = 1
		return b.PutSession(s)
	})
	_, probs = checked(t, path)
	if want := "session s1's funnel kept with the log differs from the log's own"; !strings.Contains(probs, want) {
		t.Errorf("missing %q in:\n%s", want, probs)
	}
	edit(t, path, func(tx *bolt.Tx) error { return boltFunnels{tx}.AddSession(model.GroupAll) })
	_, probs = checked(t, path)
	if want := "funnel: the funnel kept with the log differs from the log's own (retention within 0 days)"; !strings.Contains(probs, want) {
		t.Errorf("missing %q in:\n%s", want, probs)
	}
}
