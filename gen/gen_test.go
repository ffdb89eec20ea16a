package gen_test

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"lifesim/fixtures"
	"lifesim/gen"
	"lifesim/model"
)

// A generated world loads and validates as a --fixtures directory, has the
// counts asked for, and its manifest is trusted with the world's hash.
func TestWriteLoadsWithTheCountsAskedFor(t *testing.T) {
	for _, c := range []gen.Config{
		{Posts: 1, Seed: 1},
		{Posts: 500, Seed: 7},
		{Posts: 400, Accounts: 60, MiniPrograms: 31, Coupons: 20, Groups: 8, Personas: 3, Seed: 2},
	} {
		dir := write(t, c)
		w, hash, err := fixtures.LoadWithHash(os.DirFS(dir))
		if err != nil {
			t.Fatalf("%+v: the generated world does not load: %v", c, err)
		}
		want, err := gen.Totals(c)
		if err != nil {
			t.Fatal(err)
		}
		got := gen.Config{
			Posts: len(w.Posts), Accounts: len(w.Accounts), MiniPrograms: len(w.MiniPrograms),
			Coupons: len(w.Coupons), Groups: len(w.Groups), Personas: len(w.Personas), Seed: c.Seed,
		}
		if got != want {
			t.Errorf("%+v: the world has %+v, want %+v", c, got, want)
		}
		if fp, err := fixtures.Fingerprint(dir); err != nil || fp != hash {
			t.Errorf("%+v: Fingerprint %q, %v; want the world's hash %q", c, fp, err, hash)
		}
	}
}

func TestTotalsCountTheBuiltinWorld(t *testing.T) {
	b := builtinWorld(t)
	got, err := gen.Totals(gen.Config{Posts: 1, Accounts: 1, MiniPrograms: 1, Coupons: 1, Groups: 1, Personas: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := gen.Config{Posts: len(b.Posts), Accounts: len(b.Accounts), MiniPrograms: len(b.MiniPrograms),
		Coupons: len(b.Coupons), Groups: len(b.Groups), Personas: len(b.Personas)}
	if got != want {
		t.Errorf("Totals below the built-in world's = %+v, want the built-in world's %+v", got, want)
	}
}

// The same Config writes the same bytes in every file; another seed
// writes another world.
func TestWriteIsDeterministic(t *testing.T) {
	c := gen.Config{Posts: 600, Seed: 42}
	a, b := files(t, write(t, c)), files(t, write(t, c))
	if len(a) != len(b) {
		t.Fatalf("two runs wrote %d and %d files", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two runs with the same Config", name)
		}
	}
	c.Seed = 43
	other := files(t, write(t, c))
	for _, name := range []string{fixtures.FilePosts, fixtures.FileMiniPrograms, fixtures.FileAccounts, fixtures.FileAliases} {
		if bytes.Equal(a[name], other[name]) {
			t.Errorf("%s is the same for seeds 42 and 43", name)
		}
	}
}

// files reads every file under dir, by path.
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		out[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Every entity of the built-in world is in a generated one unchanged, so
// the article's story and the default personas work on it, and generated
// ids never take a built-in one.
func TestTheBuiltinWorldIsKept(t *testing.T) {
	b, w := builtinWorld(t), load(t, write(t, gen.Config{Posts: 300, Seed: 3}))
	keep(t, "post", b.Posts, w.Posts, func(p model.Post) string { return string(p.ID) })
	keep(t, "account", b.Accounts, w.Accounts, func(a model.LifeAccount) string { return string(a.ID) })
	keep(t, "mini program", b.MiniPrograms, w.MiniPrograms, func(m model.MiniProgram) string { return string(m.ID) })
	keep(t, "coupon", b.Coupons, w.Coupons, func(c model.Coupon) string { return string(c.ID) })
	keep(t, "group", b.Groups, w.Groups, func(g model.Group) string { return string(g.ID) })
	keep(t, "persona", b.Personas, w.Personas, func(p model.Persona) string { return string(p.ID) })
	keep(t, "merchant", b.Merchants, w.Merchants, func(m model.Merchant) string { return string(m.ID) })
	for _, x := range []struct {
		name string
		a, b any
	}{
		{"channels", b.Channels, w.Channels}, {"experiments", b.Experiments, w.Experiments},
		{"settings", b.Settings, w.Settings}, {"aliases", b.Aliases, w.Aliases[:len(b.Aliases)]},
	} {
		if !reflect.DeepEqual(x.a, x.b) {
			t.Errorf("the generated world's %s differ from the built-in world's", x.name)
		}
	}
	for name, data := range b.Media {
		if !bytes.Equal(w.Media[name], data) {
			t.Errorf("%s is missing or changed", name)
		}
	}
}

// keep checks that every built-in entity is in got, unchanged and in the
// same place, and every other one is generated.
func keep[T any](t *testing.T, kind string, builtin, got []T, id func(T) string) {
	t.Helper()
	for i, e := range builtin {
		if i >= len(got) || !reflect.DeepEqual(e, got[i]) {
			t.Errorf("built-in %s %s is missing or changed", kind, id(e))
		}
	}
	for _, e := range got[min(len(builtin), len(got)):] {
		if !generated(id(e)) {
			t.Errorf("generated %s %q has no gen- id", kind, id(e))
		}
	}
}

// --force's promise: the directory's world is the generated one, so a
// picture left from before is removed (it would be hashed with the world),
// and files that are no part of a world are left alone.
func TestWriteReplacesAWorldAndLeavesOtherFiles(t *testing.T) {
	dir := write(t, gen.Config{Posts: 200, Seed: 1})
	stale := filepath.Join(dir, fixtures.MediaDir, "stale.png")
	notes := filepath.Join(dir, "notes.txt")
	for _, p := range []string{stale, notes} {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := gen.Write(dir, gen.Config{Posts: 300, Seed: 2}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("a stale picture is still in media/ (%v)", err)
	}
	if _, err := os.Stat(notes); err != nil {
		t.Errorf("a file no world has was removed: %v", err)
	}
	if w := load(t, dir); len(w.Posts) != 300 {
		t.Errorf("%d posts after writing 300 over 200", len(w.Posts))
	}
	want := files(t, write(t, gen.Config{Posts: 300, Seed: 2}))
	for name, data := range want {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); !bytes.Equal(got, data) {
			t.Errorf("%s written over another world differs from one written afresh", name)
		}
	}
}

func TestPrepareDir(t *testing.T) {
	root := t.TempDir()
	missing := filepath.Join(root, "a", "b")
	if err := gen.PrepareDir(missing, false); err != nil {
		t.Fatalf("a missing directory: %v", err)
	}
	if info, err := os.Stat(missing); err != nil || !info.IsDir() {
		t.Fatalf("PrepareDir did not create %s: %v", missing, err)
	}
	if err := gen.PrepareDir(missing, false); err != nil {
		t.Errorf("an empty directory: %v", err)
	}
	file := filepath.Join(missing, "x")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := gen.PrepareDir(missing, false); !errors.Is(err, gen.ErrNotEmpty) {
		t.Errorf("a non-empty directory: %v, want ErrNotEmpty", err)
	}
	if err := gen.PrepareDir(missing, true); err != nil {
		t.Errorf("a non-empty directory with force: %v", err)
	}
	if err := gen.PrepareDir(file, true); !errors.Is(err, gen.ErrNotDir) {
		t.Errorf("a file: %v, want ErrNotDir", err)
	}
}
