package compose

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// input routes a key or a paste. Until the kept draft has loaded they
// are held, so that what is typed lands after the draft rather than
// under it; while a write commits they do nothing; the Keep draft?
// prompt takes every key while it is up.
func (m *Editor) input(msg tea.Msg) tea.Cmd {
	switch {
	case !m.kept.loaded:
		m.kept.pending = append(m.kept.pending, msg)
		return nil
	case m.publishing || m.kept.saving:
		return nil // committing; keys wait for its answer
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if m.kept.asking {
			return m.promptKey(msg)
		}
		return m.handleKey(msg)
	case tea.PasteMsg:
		if m.kept.asking {
			return nil
		}
		m.err, m.kept.restored = nil, false
		return m.paste(msg)
	}
	return nil
}

// handleKey: ctrl+s publishes, esc asks whether to keep the draft, tab
// and shift+tab move between fields, enter moves on (a new line in the
// body; publishes on the button), ←/→ pick the group; everything else
// types into the field.
func (m *Editor) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := m.formKey(msg); ok {
		return cmd
	}
	if cmd, ok := m.fieldKey(msg); ok {
		return cmd
	}
	// typing clears the last complaint, and the restored-draft note
	m.err, m.kept.restored = nil, false
	if m.focus == fieldBody && m.bodyFull(msg) {
		return nil // at the limit: the counter says so
	}
	return m.toField(msg)
}

// formKey handles the keys that work in every field: publish, leave, and
// move between fields. ok is false for any other key.
func (m *Editor) formKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.publishKey):
		return m.tryPublish(), true
	case key.Matches(msg, k.cancel):
		return m.leave(), true
	case key.Matches(msg, k.next):
		return m.move(1), true
	case key.Matches(msg, k.prev):
		return m.move(-1), true
	}
	return nil, false
}

// fieldKey handles what the focused field does with a key that is not
// typing: the group picker's arrows, enter on the button and on one-line
// fields. ok is false when the key should type into the field.
func (m *Editor) fieldKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k := m.keys
	switch m.focus {
	case fieldGroup:
		switch {
		case key.Matches(msg, m.env.Keys.Left):
			m.pickGroup(-1)
		case key.Matches(msg, m.env.Keys.Right):
			m.pickGroup(1)
		case key.Matches(msg, k.enter):
			return m.move(1), true
		}
		return nil, true
	case fieldPublish:
		if key.Matches(msg, k.publish) {
			return m.tryPublish(), true
		}
		return nil, true
	case fieldTitle, fieldTopic:
		if key.Matches(msg, k.enter) {
			return m.move(1), true
		}
	}
	return nil, false
}

// toField sends a key or a paste to the focused text field.
func (m *Editor) toField(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.limitInputs()
	switch m.focus {
	case fieldTitle:
		m.title, cmd = m.title.Update(msg)
	case fieldBody:
		m.body, cmd = m.body.Update(msg)
		return tea.Batch(cmd, m.keepBody())
	case fieldTopic:
		m.topic, cmd = m.topic.Update(msg)
	}
	return cmd
}

// move focuses the next (delta 1) or previous (-1) field, wrapping.
func (m *Editor) move(delta int) tea.Cmd {
	return m.focusOn((m.focus + field(delta) + numFields) % numFields)
}

// focusOn focuses field f, blurring the others.
func (m *Editor) focusOn(f field) tea.Cmd {
	m.title.Blur()
	m.body.Blur()
	m.topic.Blur()
	m.focus = f
	switch m.focus {
	case fieldTitle:
		return m.title.Focus()
	case fieldBody:
		return m.body.Focus()
	case fieldTopic:
		return m.topic.Focus()
	}
	return nil
}

// pickGroup cycles the group choice through none and the choices.
func (m *Editor) pickGroup(delta int) {
	n := len(m.groups) + 1 // with "none" at -1
	m.group = (m.group+1+delta+n)%n - 1
}

// tryPublish validates the draft here first, so a mistake is a one-line
// message without a store round trip; the store checks again.
func (m *Editor) tryPublish() tea.Cmd {
	d := m.draft().Clean()
	if err := d.Validate(); err != nil {
		m.err = err
		return nil
	}
	m.publishing, m.err = true, nil
	return m.publish(d)
}
