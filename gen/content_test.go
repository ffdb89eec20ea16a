package gen_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"lifesim/fixtures"
	"lifesim/gen"
	"lifesim/model"
)

// postWords is the distinct words of the posts' titles and bodies, as
// search sees them (model.Normalize), numbers aside.
func postWords(w model.World) int {
	words := map[string]bool{}
	for _, p := range w.Posts {
		for _, f := range strings.Fields(model.Normalize(p.Title + " " + p.Body)) {
			if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
				words[f] = true
			}
		}
	}
	return len(words)
}

// brandNames is the distinct names of generated mini programs: each is a
// brand of its own.
func brandNames(w model.World) int {
	names := map[string]bool{}
	for _, m := range w.MiniPrograms {
		if generated(string(m.ID)) {
			names[m.Name] = true
		}
	}
	return len(names)
}

// Search and ranking get real work: at 100k posts the defaults give 5,000
// brands and the text at least 2,000 distinct words. Both are reached in
// a much smaller world: 2,000 posts with 530 mini programs.
func TestTextIsVariedEnoughForSearch(t *testing.T) {
	if d := gen.Defaults(gen.Config{Posts: 100000}); d.MiniPrograms < 530 {
		t.Fatalf("the defaults at 100k posts give %d mini programs, fewer than 500 generated brands", d.MiniPrograms)
	}
	// read, not loaded: validation (TestWriteLoadsWithTheCountsAskedFor)
	// would take most of the test's time
	w := read(t, write(t, gen.Config{Posts: 2000, MiniPrograms: 530, Seed: 1}))
	if n := postWords(w); n < 2000 {
		t.Errorf("%d distinct words in the posts' text, want at least 2,000", n)
	}
	if n := brandNames(w); n < 500 {
		t.Errorf("%d distinct brand names, want at least 500", n)
	}
}

// read decodes the posts and mini programs of the world in dir, without
// validating it.
func read(t *testing.T, dir string) model.World {
	t.Helper()
	var w model.World
	for name, v := range map[string]any{fixtures.FilePosts: &w.Posts, fixtures.FileMiniPrograms: &w.MiniPrograms} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return w
}
