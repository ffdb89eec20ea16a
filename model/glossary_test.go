package model

import "testing"

func TestGlossaryAliases(t *testing.T) {
	g := NewGlossary([][]string{
		{"crayfish", "小龙虾"},
		{"egg tart", "蛋挞"},
		{"New Hope", "新希望"},
		{"hot pot", "火锅"},
		{"", "  "},
	})
	tests := []struct {
		texts []string
		want  string
	}{
		{[]string{"Spicy CRAYFISH is back"}, "crayfish 小龙虾"},
		{[]string{"麻辣小龙虾来了"}, "crayfish 小龙虾"},                         // inside a CJK run
		{[]string{"Three egg tarts, warm"}, "egg tart 蛋挞"},            // a plural
		{[]string{"Eggs and tartare"}, ""},                            // words, not prefixes
		{[]string{"ＮＥＷ ＨＯＰＥ Dairy"}, "new hope 新希望"},                  // width and case folded
		{[]string{"new", "hope"}, ""},                                 // across texts is not a phrase
		{[]string{"hot", "pot"}, ""},                                  //
		{[]string{"Hot pot and crayfish"}, "crayfish 小龙虾 hot pot 火锅"}, // glossary order
		{[]string{""}, ""},
	}
	for _, tt := range tests {
		if got := g.Aliases(tt.texts...); got != tt.want {
			t.Errorf("Aliases(%q) = %q; want %q", tt.texts, got, tt.want)
		}
	}
	var none *Glossary
	if got := none.Aliases("crayfish"); got != "" {
		t.Errorf("nil glossary: %q", got)
	}
}

// Every name of the default glossary is clean and normalises to itself
// or to words a query can type; no two groups share a name.
func TestDefaultGlossaryNames(t *testing.T) {
	seen := map[string]int{}
	for i, names := range glossaryNames() {
		if len(names) < 2 {
			t.Errorf("group %d %q has no other name", i, names)
		}
		for _, n := range names {
			norm := Normalize(n)
			if norm == "" || CleanLine(n) != n {
				t.Errorf("group %d: bad name %q", i, n)
			}
			if j, ok := seen[norm]; ok && j != i {
				t.Errorf("%q is in groups %d and %d", n, j, i)
			}
			seen[norm] = i
		}
	}
}
