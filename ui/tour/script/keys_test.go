package script

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// acceptedKeyNames is every key name a script may write.
func acceptedKeyNames() []string {
	names := []string{}
	for n := range namedKeys {
		names = append(names, n)
	}
	for i := 1; i <= 12; i++ {
		names = append(names, fmt.Sprintf("f%d", i))
	}
	for c := 'a'; c <= 'z'; c++ {
		if c != 'c' {
			names = append(names, "ctrl+"+string(c))
		}
	}
	for c := '!'; c <= '~'; c++ { // every printable ASCII character but space
		names = append(names, string(c))
	}
	return append(names, "é", "新", "★")
}

// TestKeyPrintsAsItsName: the key a script names is the key the app's
// bindings see under that name, so `key f2` is F2 and `key T` is T.
func TestKeyPrintsAsItsName(t *testing.T) {
	for _, name := range acceptedKeyNames() {
		k, err := ParseKey(name)
		if err != nil {
			t.Errorf("ParseKey(%q): %v", name, err)
			continue
		}
		if got := k.String(); got != name {
			t.Errorf("ParseKey(%q).String() = %q", name, got)
		}
	}
}

// TestKeysAreBuiltAsATerminalSendsThem pins the shapes the app's tests
// (ui/uitest.Key) and a terminal's key presses have.
func TestKeysAreBuiltAsATerminalSendsThem(t *testing.T) {
	tests := map[string]tea.KeyPressMsg{
		"enter":     {Code: tea.KeyEnter},
		"esc":       {Code: tea.KeyEscape},
		"space":     {Code: tea.KeySpace, Text: " "},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"f2":        {Code: tea.KeyF2},
		"f12":       {Code: tea.KeyF12},
		"ctrl+u":    {Code: 'u', Mod: tea.ModCtrl},
		"T":         {Code: 'T', Text: "T"},
		"5":         {Code: '5', Text: "5"},
	}
	for name, want := range tests {
		if got, err := ParseKey(name); err != nil || got != want {
			t.Errorf("ParseKey(%q) = %+v, %v; want %+v", name, got, err, want)
		}
	}
}

func TestUnknownKeys(t *testing.T) {
	for _, name := range []string{"", "entr", "Enter", "f0", "f13", "f1x", "ctrl+", "ctrl+C", "ctrl+1", "ctrl+ab", "ab", " ", "\t", "\x1b", "\x7f", "\u0085", "\u202e", "\xff", "ctrl+c"} {
		if k, err := ParseKey(name); err == nil {
			t.Errorf("ParseKey(%q) = %+v, want an error", name, k)
		}
	}
}

func TestTypeKeys(t *testing.T) {
	got := TypeKeys("New Hope 新")
	want := "N e w space H o p e space 新"
	var s string
	for i, k := range got {
		if i > 0 {
			s += " "
		}
		s += k.String()
	}
	if s != want {
		t.Errorf("TypeKeys = %q, want %q", s, want)
	}
	if got[3] != (tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}) {
		t.Errorf("a typed space is %+v, want the space key", got[3])
	}
}
