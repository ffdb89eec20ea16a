package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// dump is every bucket of the store, nested ones too, with every key and
// value: what any read could see.
func dump(t *testing.T, db *DB) string {
	t.Helper()
	var b strings.Builder
	var walk func(path string, bk *bolt.Bucket) error
	walk = func(path string, bk *bolt.Bucket) error {
		return bk.ForEach(func(k, v []byte) error {
			if v == nil {
				fmt.Fprintf(&b, "%s/%q/\n", path, k)
				return walk(fmt.Sprintf("%s/%q", path, k), bk.Bucket(k))
			}
			fmt.Fprintf(&b, "%s/%q = %q\n", path, k, v)
			return nil
		})
	}
	err := db.view(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, bk *bolt.Bucket) error {
			fmt.Fprintf(&b, "%q/\n", name)
			return walk(fmt.Sprintf("%q", name), bk)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// userActivity has both personas leave state that seeding must keep: a
// published post (in a group, so it is in every index), a comment, a like,
// a follow and a joined group.
func userActivity(t *testing.T, db *DB) model.Post {
	t.Helper()
	post, err := db.PublishPost(actor("newuser", 1), model.Draft{Title: "Crayfish picnic", Body: "Shells everywhere", GroupID: "g-food"})
	if err != nil {
		t.Fatal(err)
	}
	steps := []error{
		third(db.AddComment(actor("returning", 2), "p1", "so good")),
		third(db.ToggleLike(actor("returning", 3), "p1")),
		second(db.ToggleFollow(actor("newuser", 4), "acct-wild", model.SourceSearch)),
		third(db.ToggleGroup(actor("returning", 5), "g-food")),
	}
	if err := errors.Join(steps...); err != nil {
		t.Fatal(err)
	}
	return post
}

// stagedSeed seeds w in batches of 7 records, the way a big world is.
func stagedSeed(db *DB, ctx context.Context, w model.World, hash string, progress func(done, total int)) (bool, error) {
	return db.SeedWorld(ctx, w, hash, SeedOptions{Force: true, Progress: progress, batchPuts: 7})
}

func TestStagedSeedWritesWhatOneTransactionWrites(t *testing.T) {
	w := bigWorld(40, 12)
	one := open(t, filepath.Join(t.TempDir(), "one.db"))
	staged := open(t, filepath.Join(t.TempDir(), "staged.db"))
	for _, db := range []*DB{one, staged} {
		if _, err := db.Seed(testWorld(), "h0"); err != nil {
			t.Fatal(err)
		}
		userActivity(t, db)
	}
	if _, err := one.SeedWorld(context.Background(), w, "h1", SeedOptions{}); err != nil {
		t.Fatal(err)
	}
	var calls [][2]int
	seeded, err := stagedSeed(staged, context.Background(), w, "h1", func(done, total int) { calls = append(calls, [2]int{done, total}) })
	if err != nil || !seeded {
		t.Fatalf("staged SeedWorld = %v, %v", seeded, err)
	}
	if a, b := dump(t, one), dump(t, staged); a != b {
		t.Errorf("a staged seed wrote another store than one transaction:\n%s", firstDiff(a, b))
	}
	if len(calls) < 3 {
		t.Fatalf("progress called %d times; want one per batch", len(calls))
	}
	total := calls[0][1]
	for i, c := range calls {
		if c[1] != total || c[0] > total || i > 0 && c[0] < calls[i-1][0] {
			t.Errorf("progress call %d: %v after %v (total %d)", i, c, calls[max(i-1, 0)], total)
		}
	}
	if last := calls[len(calls)-1]; last[0] != total {
		t.Errorf("last progress %v; want done == total", last)
	}
}

// firstDiff is the first line where two dumps differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  %s\n  %s", i, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(al), len(bl))
}

func TestCancelledSeedLeavesTheStoreAsItWas(t *testing.T) {
	db := seeded(t, testWorld())
	post := userActivity(t, db)
	before := dump(t, db)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	batches := 0
	seeded, err := stagedSeed(db, ctx, bigWorld(40, 12), "h2", func(int, int) {
		batches++
		cancel() // after the first batch
	})
	if !errors.Is(err, context.Canceled) || seeded {
		t.Fatalf("SeedWorld = %v, %v; want false, context.Canceled", seeded, err)
	}
	if batches != 1 {
		t.Errorf("%d batches committed; want 1", batches)
	}
	if after := dump(t, db); after != before {
		t.Errorf("the store changed:\n%s", firstDiff(before, after))
	}
	if ok, err := db.HoldsWorld("hash-1"); !ok || err != nil {
		t.Errorf("HoldsWorld(hash-1) = %v, %v; want the old world", ok, err)
	}
	if got, err := db.Search("crayfish picnic", 5); err != nil || len(got) == 0 || got[0].ID != string(post.ID) {
		t.Errorf("Search = %v, %v; want the published post", got, err)
	}
}

func TestALeftoverStagingBucketIsHarmlessAndRemoved(t *testing.T) {
	db := seeded(t, testWorld())
	post := userActivity(t, db)
	// a crash in the middle of a staged seed
	if err := db.update(func(tx *bolt.Tx) error {
		st := &stager{streams: []stream{{bucket: bktPosts, n: 1, record: func(int) ([]byte, []byte, error) {
			return []byte("half"), []byte(`{"id":"half"}`), nil
		}}}, limit: 10}
		if err := st.start(tx); err != nil {
			return err
		}
		return st.batch(tx)
	}); err != nil {
		t.Fatal(err)
	}
	path := db.Path()
	db.Close()
	if r, probs := checked(t, path); !r.Healthy() {
		t.Errorf("check calls a leftover staging bucket damage:\n%s", probs)
	}
	db = open(t, path)
	if got, err := db.Following("newuser", "", 5); err != nil || len(got.Items) == 0 {
		t.Errorf("Following = %v, %v", got, err)
	}
	if _, err := db.Post(post.ID); err != nil {
		t.Errorf("the published post: %v", err)
	}
	if seeded, err := stagedSeed(db, context.Background(), testWorld(), "hash-2", nil); err != nil || !seeded {
		t.Fatalf("next SeedWorld = %v, %v", seeded, err)
	}
	if err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bktSeedStaging) != nil {
			return errors.New("the staging bucket is still there")
		}
		if tx.Bucket(bktPosts).Get([]byte("half")) != nil {
			return errors.New("the half-staged post reached the world")
		}
		return nil
	}); err != nil {
		t.Error(err)
	}
}

func TestStagedReseedKeepsUserState(t *testing.T) {
	db := seeded(t, testWorld())
	post := userActivity(t, db)
	read := func() map[string]any {
		st, err1 := db.State("returning")
		p1, err2 := db.Post("p1")
		comments, err3 := db.Comments("p1")
		group, err4 := db.GroupPosts("g-food", "", 20)
		own, err5 := db.AccountPosts(model.PersonaAccountID("newuser"), "", 5)
		found, err6 := db.Search("picnic", 5)
		if err := errors.Join(err1, err2, err3, err4, err5, err6); err != nil {
			t.Fatal(err)
		}
		return map[string]any{"state": st, "counts": p1.Counts, "comments": comments,
			"group": postIDs(group.Items), "own": postIDs(own.Items), "search": found}
	}
	want := read()
	if !slices.Contains(want["group"].([]model.PostID), post.ID) {
		t.Fatalf("the published post is not in its group: %v", want["group"])
	}
	if _, err := stagedSeed(db, context.Background(), testWorld(), "hash-1", nil); err != nil {
		t.Fatal(err)
	}
	got := read()
	for k := range want {
		if fmt.Sprint(got[k]) != fmt.Sprint(want[k]) {
			t.Errorf("%s after a staged reseed:\n got %v\nwant %v", k, got[k], want[k])
		}
	}
	db.Close()
	if _, probs := checked(t, db.Path()); probs != "" {
		t.Errorf("check after a staged reseed:\n%s", probs)
	}
}
