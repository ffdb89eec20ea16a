package model

import (
	"slices"
	"testing"
	"time"
)

func TestBumpRecent(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	now := at(100)
	r := func(id MiniProgramID, h int) Recent { return Recent{MiniProgramID: id, At: at(h)} }

	tests := []struct {
		name  string
		list  []Recent
		id    MiniProgramID
		limit int
		want  []Recent
	}{
		{"empty list", nil, "a", MaxRecents, []Recent{{"a", now}}},
		{"new id goes first", []Recent{r("b", 2), r("c", 1)}, "a", MaxRecents,
			[]Recent{{"a", now}, r("b", 2), r("c", 1)}},
		{"existing id moves to front with new time", []Recent{r("b", 3), r("a", 2), r("c", 1)}, "a", MaxRecents,
			[]Recent{{"a", now}, r("b", 3), r("c", 1)}},
		{"already first gets new time", []Recent{r("a", 2), r("b", 1)}, "a", MaxRecents,
			[]Recent{{"a", now}, r("b", 1)}},
		{"trimmed to limit, oldest dropped", []Recent{r("b", 3), r("c", 2), r("d", 1)}, "a", 3,
			[]Recent{{"a", now}, r("b", 3), r("c", 2)}},
		{"moved and trimmed", []Recent{r("b", 4), r("c", 3), r("a", 2), r("d", 1)}, "a", 3,
			[]Recent{{"a", now}, r("b", 4), r("c", 3)}},
		{"list longer than limit", []Recent{r("b", 4), r("c", 3), r("d", 2), r("e", 1)}, "c", 2,
			[]Recent{{"c", now}, r("b", 4)}},
		{"exactly at limit, existing id", []Recent{r("b", 2), r("a", 1)}, "a", 2,
			[]Recent{{"a", now}, r("b", 2)}},
		{"limit one", []Recent{r("b", 2), r("c", 1)}, "a", 1, []Recent{{"a", now}}},
		{"limit zero", []Recent{r("b", 1)}, "a", 0, []Recent{}},
		{"negative limit", []Recent{r("b", 1)}, "a", -3, []Recent{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.list)
			got := BumpRecent(tt.list, tt.id, now, tt.limit)
			if !slices.Equal(got, tt.want) {
				t.Errorf("BumpRecent(%v, %q, limit %d) = %v, want %v", tt.list, tt.id, tt.limit, got, tt.want)
			}
			if len(got) > max(tt.limit, 0) {
				t.Errorf("len = %d, over limit %d", len(got), tt.limit)
			}
			if !slices.Equal(tt.list, before) {
				t.Errorf("input modified: %v, was %v", tt.list, before)
			}
		})
	}
}

func TestBumpRecentDoesNotAlias(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	in := make([]Recent, 2, 10)
	in[0], in[1] = Recent{"b", now}, Recent{"c", now}
	got := BumpRecent(in, "a", now, MaxRecents)
	got[1].MiniProgramID = "changed"
	if in[0].MiniProgramID != "b" {
		t.Errorf("output shares memory with input: in[0] = %q", in[0].MiniProgramID)
	}
}

func TestToggle(t *testing.T) {
	tests := []struct {
		name   string
		list   []string
		id     string
		want   []string
		wantIn bool
	}{
		{"add to nil", nil, "a", []string{"a"}, true},
		{"add at the end", []string{"a", "b"}, "c", []string{"a", "b", "c"}, true},
		{"remove from the middle", []string{"a", "b", "c"}, "b", []string{"a", "c"}, false},
		{"remove the first", []string{"a", "b", "c"}, "a", []string{"b", "c"}, false},
		{"remove the only one", []string{"a"}, "a", []string{}, false},
		{"remove every copy", []string{"a", "b", "a"}, "a", []string{"b"}, false},
		{"empty string is a value too", []string{"a"}, "", []string{"a", ""}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.list)
			got, in := Toggle(tt.list, tt.id)
			if !slices.Equal(got, tt.want) || in != tt.wantIn {
				t.Errorf("Toggle(%q, %q) = %q, %v; want %q, %v", tt.list, tt.id, got, in, tt.want, tt.wantIn)
			}
			if !slices.Equal(tt.list, before) {
				t.Errorf("input modified: %q, was %q", tt.list, before)
			}
		})
	}
}

func TestToggleTypedIDs(t *testing.T) {
	favs := []MiniProgramID{"kfc", "luckin"}
	got, in := Toggle(favs, MiniProgramID("luckin"))
	if in || !slices.Equal(got, []MiniProgramID{"kfc"}) {
		t.Errorf("remove: got %q, %v", got, in)
	}
	got, in = Toggle(got, MiniProgramID("luckin"))
	if !in || !slices.Equal(got, []MiniProgramID{"kfc", "luckin"}) {
		t.Errorf("re-add: got %q, %v", got, in)
	}
	if !slices.Equal(favs, []MiniProgramID{"kfc", "luckin"}) {
		t.Errorf("input modified: %q", favs)
	}
}

func TestMove(t *testing.T) {
	abcde := []string{"a", "b", "c", "d", "e"}
	tests := []struct {
		name     string
		list     []string
		i, delta int
		want     []string
	}{
		{"down two", abcde, 1, 2, []string{"a", "c", "d", "b", "e"}},
		{"up two", abcde, 3, -2, []string{"a", "d", "b", "c", "e"}},
		{"down one", abcde, 2, 1, []string{"a", "b", "d", "c", "e"}},
		{"up one", abcde, 2, -1, []string{"a", "c", "b", "d", "e"}},
		{"zero delta", abcde, 2, 0, abcde},
		{"first up is clamped", abcde, 0, -1, abcde},
		{"last down is clamped", abcde, 4, 1, abcde},
		{"far down clamps to the end", abcde, 0, 10, []string{"b", "c", "d", "e", "a"}},
		{"far up clamps to the start", abcde, 4, -10, []string{"e", "a", "b", "c", "d"}},
		{"negative index leaves list", abcde, -1, 1, abcde},
		{"index past end leaves list", abcde, 5, -1, abcde},
		{"single element", []string{"x"}, 0, 3, []string{"x"}},
		{"empty", []string{}, 0, 1, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.list)
			got := Move(tt.list, tt.i, tt.delta)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Move(%q, %d, %d) = %q, want %q", tt.list, tt.i, tt.delta, got, tt.want)
			}
			if !slices.Equal(tt.list, before) {
				t.Errorf("input modified: %q, was %q", tt.list, before)
			}
			if len(got) > 0 {
				got[0] = "changed"
				if tt.list[0] == "changed" {
					t.Errorf("output shares memory with input")
				}
			}
		})
	}
}
