package model

import (
	"slices"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"lower case", "KFC", "kfc"},
		{"full-width letters", "ＫＦＣ", "kfc"},
		{"full-width digits", "１２３", "123"},
		{"half-width katakana widened", "ｶﾀｶﾅ", "カタカナ"},
		{"punctuation and spaces collapse", "  Hello,   World!! ", "hello world"},
		{"hyphen and brackets", "Luckin-Coffee (瑞幸)", "luckin coffee 瑞幸"},
		{"CJK kept whole", "新希望乳业", "新希望乳业"},
		{"full-width CJK punctuation", "新希望，乳业。", "新希望 乳业"},
		{"combining mark kept", "Cafe\u0301", "cafe\u0301"},
		{"precomposed letters", "ÜNÏCODE", "ünïcode"},
		{"escapes removed first", "\x1b[31mRed\x1b[0m Tea", "red tea"},
		{"only punctuation", "...!!! ---", ""},
		{"zero-width space separates", "a\u200bb", "a b"},
		{"emoji is a separator", "coffee☕time", "coffee time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"only punctuation", "!!!", nil},
		{"latin words", "Luckin Coffee", []string{"luckin", "coffee"}},
		{"duplicates removed", "coffee Coffee COFFEE", []string{"coffee"}},
		{"CJK suffixes", "新希望乳业", []string{"新希望乳业", "希望乳业", "望乳业", "乳业", "业"}},
		{"latin and CJK words", "KFC 肯德基", []string{"kfc", "肯德基", "德基", "基"}},
		{"CJK after latin in one word", "abc中文", []string{"abc中文", "中文", "文"}},
		{"latin after CJK is not a suffix start", "中a", []string{"中a"}},
		{"suffix and later word deduplicated", "中文 文", []string{"中文", "文"}},
		{"katakana", "カタカナ", []string{"カタカナ", "タカナ", "カナ", "ナ"}},
		{"hangul", "한국어", []string{"한국어", "국어", "어"}},
		{"full-width folded", "ＫＦＣ", []string{"kfc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestQueryWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"  Luckin,COFFEE ", []string{"luckin", "coffee"}},
		{"ＫＦＣ 套餐", []string{"kfc", "套餐"}},
		{"新希望乳业", []string{"新希望乳业"}}, // CJK query words are not split
		{"a-b-c", []string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		if got := QueryWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("QueryWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		name  string
		query string
		texts []string
		want  bool
	}{
		{"empty query matches nothing", "", []string{"anything"}, false},
		{"punctuation-only query matches nothing", "!!", []string{"!! anything"}, false},
		{"no texts", "luck", nil, false},
		{"word prefix", "luck", []string{"Luckin Coffee"}, true},
		{"second word prefix", "cof", []string{"Luckin Coffee"}, true},
		{"words in any order", "coffee luck", []string{"Luckin Coffee"}, true},
		{"infix of a latin word does not match", "uckin", []string{"Luckin Coffee"}, false},
		{"every word must match", "luckin tea", []string{"Luckin Coffee"}, false},
		{"query longer than token", "luckinx", []string{"Luckin"}, false},
		{"CJK inside a name", "希望", []string{"新希望乳业"}, true},
		{"CJK at the end", "乳业", []string{"新希望乳业"}, true},
		{"CJK not contiguous", "新乳", []string{"新希望乳业"}, false},
		{"words across texts", "希望 milk", []string{"新希望乳业", "Milk and yoghurt"}, true},
		{"one word missing across texts", "希望 tea", []string{"新希望乳业", "Milk"}, false},
		{"full-width query", "ｌｕｃｋｉｎ", []string{"Luckin"}, true},
		{"case-insensitive", "LUCKIN", []string{"luckin"}, true},
		{"hyphen splits words", "coffee", []string{"Luckin-Coffee"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Matches(tt.query, tt.texts...); got != tt.want {
				t.Errorf("Matches(%q, %q) = %v, want %v", tt.query, tt.texts, got, tt.want)
			}
		})
	}
}

func TestScoreMatch(t *testing.T) {
	tests := []struct {
		name  string
		query string
		title string
		other []string
		want  int
	}{
		{"empty query", "", "KFC", nil, 0},
		{"blank query", "  ,  ", "KFC", nil, 0},
		{"exact, case-insensitive", "kfc", "KFC", nil, 100},
		{"exact, width-insensitive", "ＫＦＣ", "kfc", nil, 100},
		{"exact after normalising punctuation", "luckin coffee", "Luckin-Coffee!", nil, 100},
		{"name prefix", "luck", "Luckin Coffee", nil, 80},
		{"name prefix across words", "luckin cof", "Luckin Coffee", nil, 80},
		{"word prefix", "coffee", "Luckin Coffee", nil, 60},
		{"words out of order", "coffee luckin", "Luckin Coffee", nil, 60},
		{"CJK inside a name is a word prefix", "希望", "新希望乳业", nil, 60},
		{"substring only", "ckin", "Luckin Coffee", nil, 40},
		{"substring at a word end", "fee", "Luckin Coffee", nil, 40},
		{"match only in other text", "latte", "Luckin Coffee", []string{"Iced latte, oat milk"}, 20},
		{"split between name and other", "luckin latte", "Luckin Coffee", []string{"Iced latte"}, 20},
		{"CJK in other text", "乳业", "新希望", []string{"新希望乳业 official"}, 20},
		{"no match", "tea", "Luckin Coffee", []string{"Iced latte"}, 0},
		{"no match without other", "tea", "Luckin Coffee", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ScoreMatch(tt.query, tt.title, tt.other...); got != tt.want {
				t.Errorf("ScoreMatch(%q, %q, %q) = %d, want %d", tt.query, tt.title, tt.other, got, tt.want)
			}
		})
	}
}
