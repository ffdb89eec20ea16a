package script

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// namedKeys are the keys a script names by word, as a terminal's key
// press prints them (tea.KeyPressMsg.String()), built the way a
// terminal's key press arrives (ui/uitest.Key).
var namedKeys = map[string]tea.KeyPressMsg{
	"enter":      {Code: tea.KeyEnter},
	"esc":        {Code: tea.KeyEscape},
	"space":      {Code: tea.KeySpace, Text: " "},
	"tab":        {Code: tea.KeyTab},
	"shift+tab":  {Code: tea.KeyTab, Mod: tea.ModShift},
	"up":         {Code: tea.KeyUp},
	"down":       {Code: tea.KeyDown},
	"left":       {Code: tea.KeyLeft},
	"right":      {Code: tea.KeyRight},
	"shift+up":   {Code: tea.KeyUp, Mod: tea.ModShift},
	"shift+down": {Code: tea.KeyDown, Mod: tea.ModShift},
	"backspace":  {Code: tea.KeyBackspace},
	"delete":     {Code: tea.KeyDelete},
	"home":       {Code: tea.KeyHome},
	"end":        {Code: tea.KeyEnd},
	"pgup":       {Code: tea.KeyPgUp},
	"pgdown":     {Code: tea.KeyPgDown},
}

// fKeys are f1 … f12 in order.
var fKeys = [...]rune{
	tea.KeyF1, tea.KeyF2, tea.KeyF3, tea.KeyF4, tea.KeyF5, tea.KeyF6,
	tea.KeyF7, tea.KeyF8, tea.KeyF9, tea.KeyF10, tea.KeyF11, tea.KeyF12,
}

// ParseKey returns the key press a script's `key NAME` means: a named
// key (enter, esc, space, tab, shift+tab, the arrows, backspace, f1 …
// f12 …), ctrl+LETTER, or one printable character (s, T, 5, /, ?).
// Every key it accepts prints as name (msg.String() == name), so a key
// the app binds by that name is the key the script presses.
func ParseKey(name string) (tea.KeyPressMsg, error) {
	if k, ok := namedKeys[name]; ok {
		return k, nil
	}
	if k, ok := fKey(name); ok {
		return k, nil
	}
	if l, ok := strings.CutPrefix(name, "ctrl+"); ok && len(l) == 1 && l[0] >= 'a' && l[0] <= 'z' {
		if l == "c" {
			return tea.KeyPressMsg{}, fmt.Errorf("key ctrl+c quits the app: a tour cannot press it")
		}
		return tea.KeyPressMsg{Code: rune(l[0]), Mod: tea.ModCtrl}, nil
	}
	if r, size := utf8.DecodeRuneInString(name); size == len(name) && r != utf8.RuneError && unicode.IsGraphic(r) && !unicode.IsSpace(r) {
		return tea.KeyPressMsg{Code: r, Text: name}, nil
	}
	return tea.KeyPressMsg{}, fmt.Errorf("unknown key %s (want enter, esc, space, tab, up, f2, ctrl+u … or one character)", clip(name))
}

// fKey is f1 … f12 (written without leading zeros).
func fKey(name string) (tea.KeyPressMsg, bool) {
	n, ok := strings.CutPrefix(name, "f")
	if !ok {
		return tea.KeyPressMsg{}, false
	}
	i, err := strconv.Atoi(n)
	if err != nil || strconv.Itoa(i) != n || i < 1 || i > len(fKeys) {
		return tea.KeyPressMsg{}, false
	}
	return tea.KeyPressMsg{Code: fKeys[i-1]}, true
}

// TypeKeys is the key presses `type` sends for text: one per
// character, a space as the space key, the way a terminal sends typing.
func TypeKeys(text string) []tea.KeyPressMsg {
	out := make([]tea.KeyPressMsg, 0, utf8.RuneCountInString(text))
	for _, r := range text {
		if r == ' ' {
			out = append(out, namedKeys["space"])
			continue
		}
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}
