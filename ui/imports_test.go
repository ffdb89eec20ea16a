package ui_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Screens never import screens: a page is opened by a nav message the
// root routes, and a shared action lives in ui/actions. So no package
// under ui/ except the root imports a tab or page package, nor the root
// (which imports them all) except the tour, which wraps it; not even in
// their tests, which would otherwise hide the coupling; so the rule holds
// transitively.
func TestScreensNeverImportScreens(t *testing.T) {
	t.Parallel()
	var checked int
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || filepath.Dir(path) == "." {
			return err
		}
		own := "lifesim/ui/" + filepath.ToSlash(filepath.Dir(path))
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if (isScreen(p) || (p == "lifesim/ui" && !wrapsRoot(own))) && p != own {
				t.Errorf("%s imports %s: send a nav message or use ui/actions instead", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("checked only %d files: is the test running in ui/?", checked)
	}
}

// wrapsRoot: the presenter's tour wraps the root model (ui.App), as a
// program runs it, and imports no screen, so it may import the root.
func wrapsRoot(pkg string) bool { return pkg == "lifesim/ui/tour" }

func isScreen(pkg string) bool {
	return strings.HasPrefix(pkg, "lifesim/ui/tabs/") || strings.HasPrefix(pkg, "lifesim/ui/pages/")
}
