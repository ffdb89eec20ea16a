package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestSourceScene(t *testing.T) {
	for _, tc := range []struct {
		src     Source
		want    string // the stored value: frozen
		scene   int
		revisit bool
	}{
		{SourceHomeGrid, "home_grid", 1000, true},
		{SourceMyMiniPrograms, "my_mini_programs", 1002, true},
		{SourceHome, "home", 1003, false},
		{SourceSearch, "search", 1005, false},
		{SourceAccountProfile, "account_profile", 1020, false},
		{SourceCardPack, "card_pack", 1401, false},
		{SourcePaySuccess, "pay_success", 1403, false},
		{SourceFeed, "feed", 0, false},
		{SourcePostComponent, "post_component", 0, false},
		{SourcePost, "post", 0, false},
		{SourceGroup, "group", 0, false},
		{SourceMessages, "messages", 0, false},
		{SourceFollowPrompt, "follow_prompt", 0, false},
		{SourceUnknown, "unknown", 0, false},
		{"", "", 0, false},
	} {
		if string(tc.src) != tc.want {
			t.Errorf("source %q: stored value changed from %q", tc.src, tc.want)
		}
		if got := tc.src.Scene(); got != tc.scene {
			t.Errorf("%q.Scene() = %d, want %d", tc.src, got, tc.scene)
		}
		if got := tc.src.IsRevisit(); got != tc.revisit {
			t.Errorf("%q.IsRevisit() = %v, want %v", tc.src, got, tc.revisit)
		}
	}
}

// vocabulary parses the model package and returns, for each file, the
// string values of the constants it declares of type typ.
func vocabulary(t *testing.T, typ string) map[string][]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
				if vs := constValues(g, typ); len(vs) > 0 {
					out[name] = append(out[name], vs...)
				}
			}
		}
	}
	return out
}

func constValues(g *ast.GenDecl, typ string) []string {
	var out []string
	for _, spec := range g.Specs {
		vs := spec.(*ast.ValueSpec)
		if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != typ {
			continue
		}
		for _, v := range vs.Values {
			if lit, ok := v.(*ast.BasicLit); ok {
				s, _ := strconv.Unquote(lit.Value)
				out = append(out, s)
			}
		}
	}
	return out
}

// TestEventVocabularyHasOneHome: every event kind and source is declared in
// eventkinds.go, and the README's event log section names each one, so a
// researcher reading it sees every value the export can hold.
func TestEventVocabularyHasOneHome(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(b), "## Event log")
	section, _, _ = strings.Cut(section, "\n## ")
	for _, typ := range []string{"Source", "EventKind"} {
		byFile := vocabulary(t, typ)
		for file, values := range byFile {
			if file != "eventkinds.go" {
				t.Errorf("%s declares %s constants %v: declare them in eventkinds.go", file, typ, values)
			}
		}
		if len(byFile["eventkinds.go"]) < 10 {
			t.Fatalf("eventkinds.go declares only %v of type %s", byFile["eventkinds.go"], typ)
		}
		for _, v := range byFile["eventkinds.go"] {
			if !strings.Contains(section, "`"+v+"`") {
				t.Errorf("README.md's Event log section does not list %s `%s`", typ, v)
			}
		}
	}
}
