package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"lifesim/launch"
)

// searchStore is a current store file (seeded by this build).
func searchStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lifesim.db")
	s, err := launch.Open(launch.Options{DB: path, Persona: "newuser"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DB.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// searchJSON runs `search QUERY --json` and returns each kind's ids.
func searchJSON(t *testing.T, path, query string) map[string][]string {
	t.Helper()
	r := inProcess("--db", path, "search", query, "--json")
	if r.code != 0 {
		t.Fatalf("search %s --json: exit %d: %s", query, r.code, r.stderr)
	}
	var out struct {
		Query  string `json:"query"`
		Groups []struct {
			Kind    string `json:"kind"`
			Title   string `json:"title"`
			Results []struct {
				ID       string `json:"id"`
				Title    string `json:"title"`
				Subtitle string `json:"subtitle"`
				Score    int    `json:"score"`
			} `json:"results"`
		} `json:"groups"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("search --json is not JSON: %v\n%s", err, r.stdout)
	}
	if out.Query != query || len(out.Groups) != 3 {
		t.Fatalf("search --json = %+v", out)
	}
	ids := map[string][]string{}
	for _, g := range out.Groups {
		for _, res := range g.Results {
			ids[g.Kind] = append(ids[g.Kind], res.ID)
		}
	}
	return ids
}

func TestSearchCommandJSON(t *testing.T) {
	path := searchStore(t)
	before := sha(t, path)
	crayfish := searchJSON(t, path, "小龙虾")
	for _, id := range []string{"post-kfc-crayfish", "post-kfc-crayfish-twister", "post-wfb-crayfish-review"} {
		if !slices.Contains(crayfish["post"], id) {
			t.Errorf("search 小龙虾: content %v; want %s", crayfish["post"], id)
		}
	}
	if !slices.Contains(crayfish["mini_program"], "kfc-ordering") {
		t.Errorf("search 小龙虾: mini programs %v; want kfc-ordering", crayfish["mini_program"])
	}
	milk := searchJSON(t, path, "milk")
	if !slices.Contains(milk["post"], "post-nh-yogurt") || milk["post"][0] != "post-nh-fresh-milk" {
		t.Errorf("search milk: content %v; want the fresh milk post first and the yogurt post (milk in its text)", milk["post"])
	}
	if !slices.Contains(milk["account"], "new-hope-dairy") {
		t.Errorf("search milk: accounts %v", milk["account"])
	}
	if sha(t, path) != before {
		t.Error("search changed the store")
	}
}

func TestSearchCommandText(t *testing.T) {
	path := searchStore(t)
	before := sha(t, path)
	r := inProcess("--db", path, "--persona", "returning", "search", "New", "Hope")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Mini Programs (1)", "New Hope Member Service", "Life Accounts (1)", "New Hope Dairy", "Content (", "[post-nh-yogurt]"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("search New Hope: %q missing from\n%s", want, r.stdout)
		}
	}
	if r := inProcess("--db", path, "search", "zzzz"); r.code != 0 || !strings.Contains(r.stdout, `No results for "zzzz"`) {
		t.Errorf("search zzzz = %d %q %q", r.code, r.stdout, r.stderr)
	}
	if sha(t, path) != before {
		t.Error("search changed the store")
	}
}

// Bad input exits 2 with one line, before the store is opened.
func TestSearchCommandBadInput(t *testing.T) {
	path := searchStore(t)
	before := sha(t, path)
	for _, args := range [][]string{
		{"search"},
		{"search", "  !! "},
		{"search", "milk", "--format", "xml"},
		{"--persona", "nobody", "search", "milk"},
		{"search", strings.Repeat("a", 65)},
	} {
		r := inProcess(append([]string{"--db", path}, args...)...)
		if r.code != 2 || strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and one line", args, r.code, r.stdout, r.stderr)
		}
	}
	if sha(t, path) != before {
		t.Error("a refused search changed the store")
	}
}
