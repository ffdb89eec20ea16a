package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lifesim/cli"
	"lifesim/fixtures"
)

// worldDir writes the embedded world to a new directory, with edit applied
// to the named file (a plain text replacement, so the broken file is what a
// person would write).
func worldDir(t *testing.T, file, old, new string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range fixtures.Files() {
		data, err := fs.ReadFile(fixtures.Embedded(), name)
		if err != nil {
			t.Fatal(err)
		}
		if name == file {
			if !bytes.Contains(data, []byte(old)) {
				t.Fatalf("%s does not contain %q", name, old)
			}
			data = bytes.Replace(data, []byte(old), []byte(new), 1)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Every kind of broken world gives a precise error naming the file (with
// line and column, or the entity and field) and writes nothing: no store is
// created, an existing one keeps every byte, and `reset --all` moves
// nothing aside.
func TestBadFixturesWriteNothing(t *testing.T) {
	long := strings.Repeat("長", fixtures.MaxNameRunes+1)
	for _, tc := range []struct {
		name           string
		file, old, new string
		want           string // a regexp over stderr
	}{
		{"syntax error", fixtures.FileGroups, `"members": 12840`, `"members": 12840,,`,
			`groups\.json:\d+:\d+: invalid character ','`},
		{"wrong type", fixtures.FileGroups, `"members": 12840`, `"members": "lots"`,
			`groups\.json:\d+:\d+: field "members": wrong type: got JSON string, want int64`},
		{"unknown field", fixtures.FileGroups, `"topic"`, `"topik"`,
			`groups\.json:\d+:\d+: field "topik": unknown field`},
		{"dangling reference", fixtures.FilePosts, `"account": "kfc"`, `"account": "kfc-gone"`,
			`posts\.json: post "post-kfc-crayfish": field "account": unknown life account "kfc-gone"`},
		{"duplicate id", fixtures.FileGroups, `"id": "shanghai-foodies"`, `"id": "kfc-crayfish-fans"`,
			`groups\.json: group "kfc-crayfish-fans": field "id": duplicate id`},
		{"coordinates out of range", fixtures.FileMiniPrograms, `"lat": 31.2241`, `"lat": 131.2241`,
			`mini_programs\.json: mini program "kfc-ordering": field "stores\[0\]\.location": out of range: lat 131\.2241`},
		{"missing required field", fixtures.FileGroups, `"name": "KFC Crayfish Fans",`, ``,
			`groups\.json: group "kfc-crayfish-fans": field "name": required`},
		{"oversize text", fixtures.FileGroups, `"KFC Crayfish Fans"`, `"` + long + `"`,
			`groups\.json: group "kfc-crayfish-fans": field "name": too long: 81 characters, at most 80`},
		{"bad time", fixtures.FileSettings, `"2026-01-08T09:30:00+08:00"`, `"next tuesday"`,
			`settings\.json:\d+:\d+: field "epoch": invalid time "next tuesday"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := worldDir(t, tc.file, tc.old, tc.new)
			want := regexp.MustCompile(regexp.QuoteMeta(dir+string(filepath.Separator)) + tc.want)
			check := func(args ...string) {
				t.Helper()
				var out, errb bytes.Buffer
				code := run(append([]string{"--fixtures", dir}, args...), &out, &errb)
				if code != cli.ExitError {
					t.Fatalf("%v: exit %d, want %d\n%s", args, code, cli.ExitError, errb.String())
				}
				if !want.MatchString(errb.String()) {
					t.Errorf("%v: stderr does not match %s:\n%s", args, want, errb.String())
				}
				for _, l := range strings.Split(strings.TrimSuffix(errb.String(), "\n"), "\n") {
					if !strings.HasPrefix(l, "lifesim: ") {
						t.Errorf("line without the lifesim: prefix: %q", l)
					}
				}
			}

			fresh := filepath.Join(t.TempDir(), "data", "lifesim.db")
			for _, args := range [][]string{{"state"}, {"reset"}, {"reset", "--all"}, {"personas"}} {
				check(append([]string{"--db", fresh}, args...)...)
			}
			if _, err := os.Stat(filepath.Dir(fresh)); !os.IsNotExist(err) {
				t.Errorf("a bad world created %s: %v", filepath.Dir(fresh), err)
			}

			existing := seededStore(t)
			before := sum(t, existing)
			for _, args := range [][]string{{"state"}, {"reset"}, {"reset", "--all"}} {
				check(append([]string{"--db", existing}, args...)...)
			}
			if sum(t, existing) != before {
				t.Error("a bad world changed the existing store")
			}
			if m, _ := filepath.Glob(existing + ".bak-*"); len(m) > 0 {
				t.Errorf("reset --all with a bad world moved the store aside: %v", m)
			}
		})
	}
}

// Problems the loader reports together come out one per line, each a path
// an editor can open; a missing directory or file is named too.
func TestFixtureDirectoryErrors(t *testing.T) {
	dir := worldDir(t, fixtures.FileGroups, `"members": 12840`, `"members": -1`)
	if err := os.Remove(filepath.Join(dir, fixtures.FileCoupons)); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	db := filepath.Join(t.TempDir(), "lifesim.db")
	if code := run([]string{"--db", db, "--fixtures", dir, "state"}, &out, &errb); code != cli.ExitError {
		t.Fatalf("exit %d", code)
	}
	if got := errb.String(); !strings.Contains(got, "lifesim: "+filepath.Join(dir, "coupons.json")+": missing file\n") {
		t.Errorf("missing file not reported:\n%s", got)
	}

	errb.Reset()
	dir = worldDir(t, fixtures.FileGroups, `"members": 12840`, `"members": -1`)
	if code := run([]string{"--db", db, "--fixtures", dir, "state"}, &out, &errb); code != cli.ExitError {
		t.Fatalf("exit %d", code)
	}
	if got := errb.String(); !strings.Contains(got, "lifesim: "+filepath.Join(dir, "groups.json")+`: group "kfc-crayfish-fans": field "members": must not be negative, got -1`) {
		t.Errorf("validation error not reported:\n%s", got)
	}

	for _, bad := range []string{filepath.Join(t.TempDir(), "nope"), filepath.Join(dir, "groups.json")} {
		errb.Reset()
		if code := run([]string{"--db", db, "--fixtures", bad, "state"}, &out, &errb); code != cli.ExitError {
			t.Fatalf("%s: exit %d", bad, code)
		}
		if got := errb.String(); strings.Count(got, "\n") != 1 || !strings.Contains(got, bad) {
			t.Errorf("%s: want one line naming it:\n%s", bad, got)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a bad world created the store: %v", err)
	}
}
