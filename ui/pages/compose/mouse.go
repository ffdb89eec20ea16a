package compose

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// The form takes the mouse (hit.Clickable): a click on a field's label
// or lines focuses it, as tab moving to it does; the group's ‹ and ›
// pick the group as ← and → do there; [ Publish ] publishes as ctrl+s
// does; the header's ‹ is hit.Back (esc: Keep draft? when something is
// written). While Keep draft? is up, only its answers can be clicked.

// Ids of the form's regions besides its fields (fieldID).
const (
	idPublish    = "publish"    // [ Publish ]
	idPrevGroup  = "group:prev" // the group choice's ‹, as ←
	idNextGroup  = "group:next" // its ›, as →
	idKeep       = "keep"       // Keep draft?'s "k keep", as k
	idDiscard    = "discard"    // its "d discard", as d
	idBackToForm = "edit"       // its "esc back to editing", as esc
)

const fieldPrefix = "field:"

// fieldID is the region of field f: its label and its lines.
func fieldID(f field) string { return hit.Numbered(fieldPrefix, int(f)) }

// fieldOf is the field fieldID(f) names.
func fieldOf(id string) (field, bool) {
	n, ok := hit.NumberOf(fieldPrefix, id)
	return field(n), ok && field(n) < numFields
}

// formPart is a piece of the form as View stacks it, and the region a
// click on it is ("" none).
type formPart struct {
	text string
	id   string
}

// Regions is where the editor's last View can be clicked.
func (m *Editor) Regions() *hit.Regions { return &m.hits }

// record records where the form drawn from parts (the group choice drawn
// as choice) can be clicked; with Keep draft? up, only its answers.
func (m *Editor) record(parts []formPart, choice string) {
	m.hits.Reset()
	if m.kept.asking {
		m.recordPrompt()
		return
	}
	w, y := m.width, 0
	for _, p := range parts {
		rows := strings.Count(p.text, "\n") + 1
		switch p.id {
		case "":
		case hit.Back:
			m.hits.Label(hit.Back, p.text, y, hit.ZButton, "‹ New post")
		case idPublish:
			m.hits.Label(idPublish, p.text, y, hit.ZButton, "[ Publish ]")
		case fieldID(fieldGroup):
			m.hits.Add(p.id, 0, y, w, rows, hit.ZItem)
			if len(m.groups) > 0 {
				from := draw.Width(m.gutter(fieldGroup) + "Group  ")
				m.hits.LabelFrom(idPrevGroup, p.text, from, y, hit.ZButton, "‹")
				m.hits.LabelFrom(idNextGroup, p.text, from+draw.Width(choice)-1, y, hit.ZButton, "›")
			}
		default:
			m.hits.Add(p.id, 0, y, w, rows, hit.ZItem)
		}
		y += rows
	}
}

// recordPrompt records Keep draft?'s three answers where withPrompt
// draws its box: over the page's last promptLines rows, its answers on
// the box's third and fourth.
func (m *Editor) recordPrompt() {
	top := max(m.height-promptLines, 0)
	box := strings.Split(m.promptBox(), "\n")
	if len(box) < 4 || top+3 >= m.height {
		return
	}
	m.hits.Label(idKeep, box[2], top+2, hit.ZPopup, "k keep")
	m.hits.Label(idDiscard, box[2], top+2, hit.ZPopup, "d discard")
	m.hits.Label(idBackToForm, box[3], top+3, hit.ZPopup, "esc back to editing")
}

// click is a click on region id. Until the kept draft has loaded, and
// while a write commits, it does nothing, as keys do.
func (m *Editor) click(id string) tea.Cmd {
	switch {
	case !m.kept.loaded || m.publishing || m.kept.saving:
		return nil
	case m.kept.asking:
		return m.promptClick(id)
	}
	switch id {
	case idPublish:
		return m.tryPublish()
	case idPrevGroup, idNextGroup:
		cmd := m.focusOn(fieldGroup)
		if id == idPrevGroup {
			m.pickGroup(-1)
		} else {
			m.pickGroup(1)
		}
		return cmd
	}
	if f, ok := fieldOf(id); ok {
		return m.focusOn(f)
	}
	return nil
}

// promptClick is a click on one of Keep draft?'s answers.
func (m *Editor) promptClick(id string) tea.Cmd {
	switch id {
	case idKeep:
		return m.keepDraft()
	case idDiscard:
		return m.discardDraft()
	case idBackToForm:
		m.kept.asking = false
	}
	return nil
}
