package ui

import (
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
)

// cleanInput strips terminal controls and bidi overrides from what the
// user types or pastes before any screen sees it: text inputs echo it to
// the terminal and the store keeps it (comments, search queries). Bubbles'
// inputs drop C0 and C1 controls themselves but keep bidi overrides and
// would keep whatever a future input does not filter. A key whose text was
// nothing but such characters is dropped (nil).
func cleanInput(msg tea.Msg) tea.Msg {
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		if m.Text == "" {
			return m
		}
		t := model.CleanLine(m.Text)
		switch {
		case t == m.Text:
			return m
		case t == "":
			return nil
		}
		m.Text = t
		m.Code, _ = utf8.DecodeRuneInString(t)
		return m
	case tea.PasteMsg:
		m.Content = model.CleanText(m.Content)
		return m
	}
	return msg
}
