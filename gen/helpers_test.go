package gen_test

import (
	"os"
	"sync"
	"testing"

	"lifesim/fixtures"
	"lifesim/gen"
	"lifesim/model"
)

// write writes the world for c into a new directory and returns it.
func write(t *testing.T, c gen.Config) string {
	t.Helper()
	dir := t.TempDir()
	if err := gen.Write(dir, c); err != nil {
		t.Fatalf("Write(%+v): %v", c, err)
	}
	return dir
}

// load loads dir as lifesim --fixtures does, validation included.
func load(t *testing.T, dir string) model.World {
	t.Helper()
	w, err := fixtures.LoadFS(os.DirFS(dir))
	if err != nil {
		t.Fatalf("the generated world does not load: %v", err)
	}
	return w
}

// builtinWorld is the embedded world.
func builtinWorld(t *testing.T) model.World {
	t.Helper()
	w, err := fixtures.Load()
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func generated(id string) bool { return len(id) > 4 && id[:4] == "gen-" }

// small is a generated world of 2,000 posts, loaded once for the tests
// that only read it.
var small = sync.OnceValues(func() (model.World, error) {
	dir, err := os.MkdirTemp("", "lifesim-gen-test-")
	if err != nil {
		return model.World{}, err
	}
	defer os.RemoveAll(dir)
	if err := gen.Write(dir, gen.Config{Posts: 2000, Seed: 1}); err != nil {
		return model.World{}, err
	}
	return fixtures.LoadFS(os.DirFS(dir))
})

func smallWorld(t *testing.T) model.World {
	t.Helper()
	w, err := small()
	if err != nil {
		t.Fatal(err)
	}
	return w
}
