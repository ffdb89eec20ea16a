package compose

import (
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// fixedLines is the form's height without the body: header (2), title
// label and input (2), body label (1), topic (1), group (1), button (1),
// message (1) and three blank separators.
const fixedLines = 12

// minBodyLines keeps the body usable on a short phone.
const minBodyLines = 2

// View draws the header and the form, exactly the page's size.
func (m *Editor) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.env.Styles
	w := m.width
	choice := m.groupChoice()
	parts := []formPart{
		{text: st.Title.Render("‹") + " " + st.Title.Render("New post"), id: hit.Back},
		{text: st.Subtle.Render(strings.Repeat("─", w))},
		{text: m.label(fieldTitle, "Title", m.counter(fieldTitle)), id: fieldID(fieldTitle)},
		{text: m.inputLine(fieldTitle, m.title.View()), id: fieldID(fieldTitle)},
		{},
		{text: m.label(fieldBody, "Text", m.counter(fieldBody)), id: fieldID(fieldBody)},
		{text: m.bodyView(), id: fieldID(fieldBody)},
		{},
		{text: m.topicLine(), id: fieldID(fieldTopic)},
		{text: m.inputLine(fieldGroup, st.Muted.Render("Group  ")+choice), id: fieldID(fieldGroup)},
		{},
		{text: m.button(), id: idPublish},
		{text: m.message()},
	}
	lines := make([]string, len(parts))
	for i, p := range parts {
		lines[i] = p.text
	}
	page := draw.Fit(strings.Join(lines, "\n"), w, m.height)
	if m.kept.asking {
		page = m.withPrompt(page)
	}
	m.record(parts, choice)
	return page
}

// promptLines is the Keep draft? box's height.
const promptLines = 5

// withPrompt draws the Keep draft? box over the bottom rows of the page,
// where the button and the hint are, so it shows at every height.
func (m *Editor) withPrompt(page string) string {
	rows := strings.Split(page, "\n")
	start := max(len(rows)-promptLines, 0)
	for i, r := range strings.Split(m.promptBox(), "\n") {
		if start+i < len(rows) {
			rows[start+i] = r
		}
	}
	return strings.Join(rows, "\n")
}

// promptBox is the question and its three answers, in the active card's
// border (heavy without colour, so it stands out in NO_COLOR too).
func (m *Editor) promptBox() string {
	st := m.env.Styles
	box := st.CardActive
	inner := max(m.width-box.GetHorizontalFrameSize(), 1)
	text := strings.Join([]string{
		st.Title.Render(draw.Line("Keep draft?", inner)),
		st.Text.Render(draw.Line("k keep · d discard", inner)),
		st.Muted.Render(draw.Line("esc back to editing", inner)),
	}, "\n")
	return draw.Fit(box.Width(m.width).Render(text), m.width, promptLines)
}

// label is a field's name, accented when focused, with its counter on the
// right.
func (m *Editor) label(f field, name, right string) string {
	st := m.env.Styles
	style := st.Muted
	if m.focus == f {
		style = st.Accent
	}
	return draw.Spread(style.Render(name), right, m.width)
}

// counter is field f's "1,234/2,000": dim, in the warning colour near the
// limit.
func (m *Editor) counter(f field) string {
	return draw.Counter(m.env.Styles, m.count(f), limit(f))
}

// topicLine is the topic input with its counter on the right.
func (m *Editor) topicLine() string {
	st := m.env.Styles
	left := m.gutter(fieldTopic) + st.Muted.Render("Topic  ") + m.topic.View()
	return draw.Spread(strings.TrimRight(left, " "), m.counter(fieldTopic), m.width)
}

// inputLine is one field line with the focus marker in its gutter.
func (m *Editor) inputLine(f field, content string) string {
	return draw.Fit(m.gutter(f)+content, m.width, 1)
}

// gutter is the focus marker, or blanks.
func (m *Editor) gutter(f field) string {
	if m.focus == f {
		return m.env.Styles.Cursor.Render("› ")
	}
	return "  "
}

// bodyView is the text area indented under its label.
func (m *Editor) bodyView() string {
	st := m.env.Styles
	gutter := "  "
	if m.focus == fieldBody {
		gutter = st.Cursor.Render("▎ ")
	}
	rows := strings.Split(m.body.View(), "\n")
	for i, r := range rows {
		rows[i] = draw.Fit(gutter+r, m.width, 1)
	}
	return strings.Join(rows, "\n")
}

// groupChoice is the chosen topic group, with arrows when there is a
// choice to make.
func (m *Editor) groupChoice() string {
	st := m.env.Styles
	name := "None"
	if m.group >= 0 && m.group < len(m.groups) {
		name = m.groups[m.group].Name
	}
	text := draw.Line(name, max(m.width-14, 4))
	if len(m.groups) == 0 {
		return st.Muted.Render(text + " · join a group to post in it")
	}
	return st.Muted.Render("‹ ") + st.Text.Render(text) + st.Muted.Render(" ›")
}

// button is the Publish button, highlighted when focused.
func (m *Editor) button() string {
	st := m.env.Styles
	label := "[ Publish ]"
	if m.publishing {
		label = "[ Publishing… ]"
	}
	btn := st.Button.Render(label)
	if m.focus == fieldPublish {
		btn = st.ButtonOn.Render(label)
	}
	return lipgloss.PlaceHorizontal(m.width, lipgloss.Center, btn)
}

// message is the last error on one line, that a kept draft was restored,
// or a hint.
func (m *Editor) message() string {
	st := m.env.Styles
	switch {
	case m.err != nil:
		return st.Error.Render(draw.Line("✗ "+m.err.Error(), m.width))
	case m.kept.restored:
		return st.Success.Render(draw.Line("✓ Draft restored: go on writing", m.width))
	}
	return st.Subtle.Render(draw.Line("ctrl+s publishes from any field", m.width))
}
