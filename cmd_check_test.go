package main

import (
	"encoding/binary"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"lifesim/cli"
)

// noCrash fails if a child process died of a fault or panic.
func (r result) noCrash(t *testing.T) {
	t.Helper()
	for _, s := range []string{"goroutine ", "fatal error", "panic:", "SIGBUS", "SIGSEGV"} {
		if strings.Contains(r.stderr, s) || strings.Contains(r.stdout, s) {
			t.Fatalf("crashed (exit %d):\n%s", r.code, r.stderr)
		}
	}
}

// currentMeta is the offset of the meta page bbolt uses: of the two, the
// one with the higher txid (bbolt's layout: root page at 32, high-water
// mark at 56, txid at 64; 4 KiB pages).
func currentMeta(raw []byte) int {
	if binary.LittleEndian.Uint64(raw[4096+64:]) > binary.LittleEndian.Uint64(raw[64:]) {
		return 4096
	}
	return 0
}

func TestCheckHealthyStore(t *testing.T) {
	path := seededStore(t)
	before := sum(t, path)
	r := lifesim(t, t.TempDir(), nil, "--db", path, "check")
	if r.code != cli.ExitOK || !strings.HasSuffix(r.stdout, "healthy\n") || r.stderr != "" {
		t.Fatalf("check: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, step := range []string{"file", "pages", "records", "state", "indexes", "funnel"} {
		if !strings.Contains(r.stdout, "ok       "+step) {
			t.Errorf("no ok line for %s:\n%s", step, r.stdout)
		}
	}
	r = lifesim(t, t.TempDir(), nil, "--db", path, "check", "--json")
	var out struct {
		Healthy bool `json:"healthy"`
		Steps   []struct {
			Name, Status string
		} `json:"steps"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || r.code != 0 || !out.Healthy || len(out.Steps) != 6 {
		t.Errorf("check --json: exit %d, %v\n%s", r.code, err, r.stdout)
	}
	if sum(t, path) != before {
		t.Error("check changed the file")
	}
}

// Cut anywhere, a store never crashes a command: cuts of pages in use are
// refused in one line (exit 1), the file unchanged; cuts of unused tail
// pages read as before. The cuts are taken across the range that crashed
// every command before (about half to three quarters of the file).
func TestTruncatedStoreNeverCrashes(t *testing.T) {
	path := seededStore(t)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	hwm := int(binary.LittleEndian.Uint64(raw[currentMeta(raw)+56:]))
	dir := t.TempDir()
	for _, cut := range []int{4096, len(raw) / 4, 65 * 4096, 80 * 4096, 90 * 4096, (hwm-1)*4096 + 100, hwm * 4096} {
		p := filepath.Join(dir, "cut.db")
		if err := os.WriteFile(p, raw[:cut], 0o600); err != nil {
			t.Fatal(err)
		}
		before := sum(t, p)
		for _, args := range [][]string{{"state"}, {"check"}} {
			r := lifesim(t, dir, nil, append([]string{"--db", p}, args...)...)
			r.noCrash(t)
			switch {
			case cut >= hwm*4096:
				if r.code != cli.ExitOK {
					t.Errorf("cut at %d of %d pages: %v: exit %d\n%s", cut, hwm, args, r.code, r.stderr)
				}
			case r.code != cli.ExitError:
				t.Errorf("cut at %d of %d pages: %v: exit %d, want 1\n%s", cut, hwm, args, r.code, r.stderr)
			default:
				r.oneLine(t, p, "damaged")
			}
		}
		if cut < hwm*4096 && sum(t, p) != before {
			t.Errorf("cut at %d: the file was changed", cut)
		}
	}
}

// A page in use overwritten with random bytes is found by check (naming
// the page) and refused by every command, the file unchanged.
func TestCheckFindsOverwrittenPage(t *testing.T) {
	path := seededStore(t)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	root := binary.LittleEndian.Uint64(raw[currentMeta(raw)+32:]) // the root bucket's page, always in use
	rng := rand.New(rand.NewPCG(4, 2))
	for i := range 4096 {
		raw[int(root)*4096+i] = byte(rng.Uint32())
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	before := sum(t, path)
	r := lifesim(t, t.TempDir(), nil, "--db", path, "check")
	r.noCrash(t)
	if r.code != cli.ExitError || !strings.Contains(r.stdout, "failed   pages") || !strings.HasSuffix(r.stdout, "damaged\n") {
		t.Errorf("check: exit %d\n%s", r.code, r.stdout)
	}
	r.oneLine(t, path, "damaged")
	r = lifesim(t, t.TempDir(), nil, "--db", path, "state")
	r.noCrash(t)
	if r.code != cli.ExitError {
		t.Errorf("state: exit %d", r.code)
	}
	r.oneLine(t, path, "is damaged (page", "lifesim check --db")
	if sum(t, path) != before {
		t.Error("the file was changed")
	}
}

// A users record edited behind lifesim's back disagrees with the event
// log, and check says whose and what.
func TestCheckFindsEditedState(t *testing.T) {
	path := seededStore(t)
	bdb, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bdb.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("users")).Bucket([]byte("newuser")).Put([]byte("likes"), []byte(`["post-kfc-crayfish"]`))
	})
	bdb.Close()
	if err != nil {
		t.Fatal(err)
	}
	r := lifesim(t, t.TempDir(), nil, "--db", path, "check")
	if r.code != cli.ExitError || !strings.Contains(r.stdout, "persona newuser's likes disagree with the event log") {
		t.Errorf("check: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// As every read command, check creates and seeds a missing store first.
func TestCheckCreatesMissingStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "lifesim.db")
	r := lifesim(t, t.TempDir(), nil, "--db", path, "check")
	if r.code != cli.ExitOK || !strings.HasSuffix(r.stdout, "healthy\n") {
		t.Fatalf("check of a missing store: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}
