package script

import (
	"bytes"
	"regexp"
	"slices"
	"testing"
)

// TestBuiltinParses guarantees the built-in tour parses, so Builtin's
// panic cannot happen in a build whose tests pass.
func TestBuiltinParses(t *testing.T) {
	if _, err := Parse("builtin.tour", BuiltinSource()); err != nil {
		t.Fatal(err)
	}
	s := Builtin()
	if s.Name != "builtin" {
		t.Errorf("Name = %q", s.Name)
	}
	if !bytes.Equal(BuiltinSource(), builtinSource) {
		t.Error("BuiltinSource is not the embedded file")
	}
	BuiltinSource()[0] = 'X'
	if builtinSource[0] == 'X' {
		t.Error("BuiltinSource hands out the embedded bytes themselves")
	}
}

// sentenceEnd is the end of a sentence: . ! or ? before a space or the
// end (so "¥10.00" or "1.5" is not one).
var sentenceEnd = regexp.MustCompile(`[.!?](\s|$)`)

// TestBuiltinTellsTheStoryInShortSteps: 10–14 steps, each caption one
// or two sentences, and every step checks what it shows (an expect,
// after the last key it presses), so the tour stops rather than narrate
// a screen that is not there.
func TestBuiltinTellsTheStoryInShortSteps(t *testing.T) {
	s := Builtin()
	if n := len(s.Steps); n < 10 || n > 14 {
		t.Errorf("%d steps, want 10 to 14", n)
	}
	for i, st := range s.Steps {
		if n := len(sentenceEnd.FindAllString(st.Caption, -1)); n < 1 || n > 2 {
			t.Errorf("step %d (line %d): %d sentences, want 1 or 2: %s", i+1, st.Line, n, st.Caption)
		}
		last := slices.IndexFunc(st.Do, func(a Action) bool { return a.Kind == Expect })
		if last < 0 {
			t.Errorf("step %d (line %d) has no expect", i+1, st.Line)
			continue
		}
		for _, a := range st.Do[last:] {
			if a.Kind == Key || a.Kind == Type || a.Kind == Clock {
				t.Errorf("step %d: line %d acts after the step's first expect", i+1, a.Line)
			}
		}
	}
}

// TestBuiltinWalksTheArticlesChain pins the story's beats: the centre
// tab, a search, collect, follow, Following, order and pay, the day's
// jump, the revisit from My Mini Programs, the funnel.
func TestBuiltinWalksTheArticlesChain(t *testing.T) {
	s := Builtin()
	var keys []string
	days := 0
	for _, st := range s.Steps {
		for _, a := range st.Do {
			switch a.Kind {
			case Key:
				keys = append(keys, a.Key.String())
			case Type:
				keys = append(keys, "type:"+a.Text)
			case Clock:
				days++
			}
		}
	}
	in := func(seq ...string) bool {
		for i := range keys {
			if i+len(seq) <= len(keys) && slices.Equal(keys[i:i+len(seq)], seq) {
				return true
			}
		}
		return false
	}
	for _, beat := range [][]string{
		{"3"}, {"2", "type:New Hope"}, {"s"}, {"f"}, {"3", "right"}, {"5", "enter"}, {"f2"},
	} {
		if !in(beat...) {
			t.Errorf("the tour never presses %q", beat)
		}
	}
	if days != 1 {
		t.Errorf("%d clock jumps, want 1", days)
	}
	if s.Setup.Persona != "newuser" || !slices.Contains(s.Setup.Variants, "collect_guidance=on") ||
		!slices.Contains(s.Setup.Variants, "pay_success_coupons=on") || !slices.Contains(s.Setup.Variants, "life_entry=tab") {
		t.Errorf("setup %+v: the story needs newuser with guidance, payment coupons and Life in the tab bar", s.Setup)
	}
}
