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
