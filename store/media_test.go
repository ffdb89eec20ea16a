package store

import (
	"bytes"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"lifesim/fixtures"
	"lifesim/model"
)

func TestMediaSeededReadAndReseeded(t *testing.T) {
	w := testWorld()
	w.Media = map[string][]byte{"media/a.png": []byte("picture A"), "media/b.png": []byte("picture B")}
	w.Posts[0].Image = "media/a.png"
	w.Posts[0].ImageAlt = "a crayfish"
	w.Posts[0].Frames = []string{"media/a.png", "media/b.png"}
	w.Posts[0].LiveScript = []model.LiveLine{{AfterSec: 2, Author: "Momo", Text: "hi"}}
	db := seeded(t, w)

	got, err := db.Media("media/a.png")
	if err != nil || string(got) != "picture A" {
		t.Fatalf("Media(a) = %q, %v", got, err)
	}
	got[0] = 'X' // the caller's copy: the store's bytes stay as they were
	if again, _ := db.Media("media/a.png"); string(again) != "picture A" {
		t.Fatalf("Media returned the store's own bytes: now %q", again)
	}
	if _, err := db.Media("media/none.png"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Media(missing) err = %v; want ErrNotFound", err)
	}

	// the post's media fields travel through the store as they are
	p, err := db.Post(w.Posts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Image != "media/a.png" || p.ImageAlt != "a crayfish" || !reflect.DeepEqual(p.Frames, w.Posts[0].Frames) ||
		!reflect.DeepEqual(p.LiveScript, w.Posts[0].LiveScript) {
		t.Fatalf("post media = %q %q %q %+v", p.Image, p.ImageAlt, p.Frames, p.LiveScript)
	}

	// a reseed replaces the pictures: changed, added and removed ones
	w.Media = map[string][]byte{"media/a.png": []byte("picture A2"), "media/c.png": []byte("C")}
	if ok, err := db.Seed(w, "hash-2"); err != nil || !ok {
		t.Fatalf("reseed = %v, %v", ok, err)
	}
	db = reopen(t, db)
	for path, want := range map[string]string{"media/a.png": "picture A2", "media/c.png": "C"} {
		if got, err := db.Media(path); err != nil || !bytes.Equal(got, []byte(want)) {
			t.Errorf("after reseed and reopen, Media(%s) = %q, %v; want %q", path, got, err, want)
		}
	}
	if _, err := db.Media("media/b.png"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a picture gone from the world is still served: %v", err)
	}
}

// Every picture a post of the built-in world refers to can be read back.
func TestEmbeddedMediaServed(t *testing.T) {
	w, hash, err := fixtures.LoadWithHash(fixtures.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	db := open(t, filepath.Join(t.TempDir(), "lifesim.db"))
	if _, err := db.Seed(w, hash); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range w.Posts {
		for _, path := range p.MediaPaths() {
			got, err := db.Media(path)
			if err != nil || !bytes.Equal(got, w.Media[path]) {
				t.Fatalf("%s: Media(%s) = %d bytes, %v", p.ID, path, len(got), err)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("the built-in world has no media")
	}
}
