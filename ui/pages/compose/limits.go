package compose

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/screen"
)

// Each field keeps its model limit while the persona types (Validate
// checks again at publish). The text inputs count runes as the model does,
// so their CharLimit does it for keys; the text area's CharLimit counts
// terminal cells (a CJK character is two), so the body's limit is kept
// here. A paste is cut to what fits, with a notice.

// maxBodyLines caps the body's lines. The model has no such limit; the
// editor has, because the text area lays out every line on every key: at
// 2,000 lines a key took 60 ms, at 100 about 2.
const maxBodyLines = 100

// limit is field f's length limit in characters.
func limit(f field) int {
	switch f {
	case fieldTitle:
		return model.MaxPostTitleRunes
	case fieldBody:
		return model.MaxPostBodyRunes
	case fieldTopic:
		return model.MaxTopicRunes
	}
	return 0
}

// count is how many characters of field f count against its limit: a
// topic's leading "#" does not (Draft.Clean drops it).
func (m *Editor) count(f field) int {
	switch f {
	case fieldTitle:
		return utf8.RuneCountInString(m.title.Value())
	case fieldBody:
		return utf8.RuneCountInString(m.body.Value())
	case fieldTopic:
		return utf8.RuneCountInString(topicText(m.topic.Value()))
	}
	return 0
}

// topicText is the topic without its leading "#".
func topicText(s string) string {
	return strings.TrimLeft(s, "#＃")
}

// limitInputs sets the text inputs' CharLimit, leaving room for the
// topic's "#" when it has one.
func (m *Editor) limitInputs() {
	m.title.CharLimit = model.MaxPostTitleRunes
	hash := len([]rune(m.topic.Value())) - len([]rune(topicText(m.topic.Value())))
	m.topic.CharLimit = model.MaxTopicRunes + hash
}

// bodyFull reports whether key msg would add a character to a body that
// has no room left.
func (m *Editor) bodyFull(msg tea.KeyPressMsg) bool {
	adds := utf8.RuneCountInString(msg.Text)
	if key.Matches(msg, m.body.KeyMap.InsertNewline) {
		adds = 1
	}
	return adds > 0 && m.count(fieldBody)+adds > model.MaxPostBodyRunes
}

// paste gives the focused field what fits of msg, and a notice if it did
// not all fit.
func (m *Editor) paste(msg tea.PasteMsg) tea.Cmd {
	f := m.focus
	if f != fieldTitle && f != fieldBody && f != fieldTopic {
		return nil
	}
	text := msg.Content
	if f != fieldBody {
		text = model.CleanLine(text) // one line, as the input will make it
	}
	fit, cut := draw.FitPaste(text, m.count(f), limit(f))
	notice := screen.Notice(draw.CutNotice(limit(f)))
	if f == fieldBody {
		// the first pasted line joins the line the cursor is on
		if short, ok := fitLines(fit, maxBodyLines-m.body.LineCount()+1); ok {
			fit, cut = short, true
			notice = screen.Notice("Pasted text cut to " + draw.Thousands(maxBodyLines) + " lines")
		}
	}
	cmd := m.toField(tea.PasteMsg{Content: fit})
	if cut {
		return tea.Batch(cmd, notice)
	}
	return cmd
}

// fitLines cuts text to its first n lines; cut reports whether it did.
func fitLines(text string, n int) (fit string, cut bool) {
	i := 0
	for range max(n, 1) {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return text, false
		}
		i += j + 1
	}
	if n < 1 {
		return "", true
	}
	return text[:i-1], true
}

// keepBody is the last guard: should anything still have pushed the body
// past its limit, it is cut back (the cursor goes to the end).
func (m *Editor) keepBody() tea.Cmd {
	if m.count(fieldBody) <= model.MaxPostBodyRunes {
		return nil
	}
	m.body.SetValue(draw.TrimRunes(m.body.Value(), model.MaxPostBodyRunes))
	return screen.Notice(draw.CutNotice(model.MaxPostBodyRunes))
}
