package main

import (
	"crypto/sha256"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func sha(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// readCommands are every command that only reads the store.
var readCommands = [][]string{
	{"state"}, {"state", "--json"}, {"state", "--persona", "returning"},
	{"events"}, {"events", "--format", "csv"}, {"funnel"}, {"funnel", "--format", "json"}, {"personas"},
	{"search", "milk"}, {"search", "小龙虾", "--json"},
	{"merchant"}, {"merchant", "new-hope-dairy"}, {"merchant", "new-hope-dairy", "--json", "--days", "30"},
}

// Read commands never change a byte of a current store.
func TestReadCommandsLeaveACurrentStoreAlone(t *testing.T) {
	path, _ := loggedStore(t)
	if _, err := lifesimIn(t, "--db", path, "state"); err != nil { // brings the world up to date
		t.Fatal(err)
	}
	before := sha(t, path)
	for _, args := range readCommands {
		if _, err := lifesimIn(t, append([]string{"--db", path}, args...)...); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if sha(t, path) != before {
			t.Fatalf("%v changed the store", args)
		}
	}
}

// A missing store is created and seeded by the first read command.
func TestReadCommandCreatesAMissingStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "lifesim.db")
	out, err := lifesimIn(t, "--db", path, "state", "--json")
	if err != nil || !strings.Contains(out, `"persona": "newuser"`) {
		t.Fatalf("state --json on a missing store = %q, %v", out, err)
	}
	first := sha(t, path)
	if _, err := lifesimIn(t, "--db", path, "events"); err != nil || sha(t, path) != first {
		t.Fatalf("second read: %v (changed: %v)", err, sha(t, path) != first)
	}
}

// copyStore copies the schema-1 store written by the previous release.
func copyStore(t *testing.T) string {
	t.Helper()
	src, err := os.Open("store/testdata/schema1/store.db")
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	path := filepath.Join(t.TempDir(), "old.db")
	dst, err := os.Create(path)
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

// A store from the previous release is upgraded once by the first read
// command, then read; `state --json` prints every key and value it
// printed then (claims now also say where they were claimed).
func TestReadCommandUpgradesAnOldStoreOnce(t *testing.T) {
	path := copyStore(t)
	old := sha(t, path)
	out, err := lifesimIn(t, "--db", path, "--persona", "returning", "state", "--json")
	if err != nil {
		t.Fatal(err)
	}
	upgraded := sha(t, path)
	if upgraded == old {
		t.Fatal("an old store was read without its upgrade")
	}
	for _, args := range readCommands {
		if _, err := lifesimIn(t, append([]string{"--db", path}, args...)...); err != nil || sha(t, path) != upgraded {
			t.Fatalf("%v after the upgrade: %v (changed: %v)", args, err, sha(t, path) != upgraded)
		}
	}

	raw, err := os.ReadFile("store/testdata/schema1/want.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	for _, c := range got["coupons"].([]any) {
		claim := c.(map[string]any)
		if claim["source"] != "unknown" {
			t.Errorf("a claim from before sources were recorded: %v", claim)
		}
		delete(claim, "source")
	}
	if !reflect.DeepEqual(got, want["returning"]) {
		g, _ := json.MarshalIndent(got, "", " ")
		w, _ := json.MarshalIndent(want["returning"], "", " ")
		t.Errorf("state --json after the upgrade:\n%s\nwant what the old release printed:\n%s", g, w)
	}
}

// On a file that cannot be written, a current store reads fine and one
// that needs its upgrade says so in one line.
func TestReadOnlyFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permission bits are not enforced")
	}
	current := filepath.Join(t.TempDir(), "current.db")
	if _, err := lifesimIn(t, "--db", current, "state"); err != nil {
		t.Fatal(err)
	}
	old := copyStore(t)
	for _, p := range []string{current, old} {
		if err := os.Chmod(p, 0o400); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := lifesimIn(t, "--db", current, "state"); err != nil {
		t.Errorf("state on a read-only current store: %v", err)
	}
	_, err := lifesimIn(t, "--db", old, "state")
	if err == nil || !strings.Contains(err.Error(), "needs a one-time upgrade") || strings.Contains(err.Error(), "\n") {
		t.Errorf("state on a read-only old store: %v; want one line saying it needs an upgrade", err)
	}
}
