package draw

import "testing"

func TestColumn(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s     string
		width int
		want  string
	}{
		{"ab", 4, "ab  "},
		{"abcd", 4, "abcd "},
		{"abcdef", 4, "abcdef "},
		{"小龙", 6, "小龙  "},
		{"", 2, "  "},
	}
	for _, tt := range tests {
		if got := Column(tt.s, tt.width); got != tt.want {
			t.Errorf("Column(%q, %d) = %q; want %q", tt.s, tt.width, got, tt.want)
		}
	}
}
