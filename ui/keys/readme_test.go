package keys_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// section is the text of README's "## title" section, up to the next one.
func section(t *testing.T, doc, title string) string {
	t.Helper()
	b, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "\n## "+title+"\n")
	if i < 0 {
		t.Fatalf("%s has no ## %s section", doc, title)
	}
	s = s[i+1:]
	if j := strings.Index(s[3:], "\n## "); j >= 0 {
		s = s[:j+3]
	}
	return s
}

// TestDocsListEveryKey keeps README's Keys section and docs/keys.md in
// step with the key map: every binding's keys are named there, and the
// tab keys are listed in the bar's order.
func TestDocsListEveryKey(t *testing.T) {
	t.Parallel()
	docs := map[string]string{
		"README.md Keys": section(t, filepath.Join("..", "..", "README.md"), "Keys"),
		"docs/keys.md":   readAll(t, filepath.Join("..", "..", "docs", "keys.md")),
	}
	m := reflect.ValueOf(*keys.New())
	for name, text := range docs {
		for i := range m.NumField() {
			b, ok := m.Field(i).Interface().(key.Binding)
			if !ok {
				continue
			}
			for _, k := range helpKeys(b) {
				if !strings.Contains(text, "`"+k+"`") {
					t.Errorf("%s does not name `%s` (%s: %s)", name, k, m.Type().Field(i).Name, b.Help().Desc)
				}
			}
		}
		if !strings.Contains(text, "| `1` `2` `3` `4` `5` | Home, Search, Life, Messages, My Mini Programs") {
			t.Errorf("%s does not list the tab keys 1–5 as Home, Search, Life, Messages, My Mini Programs", name)
		}
	}
}

// helpKeys are the keys a binding's help names: "↑/k" is ↑ and k.
func helpKeys(b key.Binding) []string {
	h := b.Help().Key
	if h == "/" {
		return []string{h}
	}
	return strings.Split(h, "/")
}

func readAll(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestDocsListConsoleKeys keeps docs/keys.md's "Merchant console"
// section in step with the console's key map.
func TestDocsListConsoleKeys(t *testing.T) {
	t.Parallel()
	text := section(t, filepath.Join("..", "..", "docs", "keys.md"), "Merchant console")
	m := reflect.ValueOf(*keys.NewConsole())
	for i := range m.NumField() {
		b := m.Field(i).Interface().(key.Binding)
		for _, k := range helpKeys(b) {
			if !strings.Contains(text, "`"+k+"`") {
				t.Errorf("docs/keys.md's Merchant console does not name `%s` (%s: %s)", k, m.Type().Field(i).Name, b.Help().Desc)
			}
		}
	}
}
