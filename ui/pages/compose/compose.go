package compose

import (
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// field is one stop of the form, in tab order.
type field int

const (
	fieldTitle field = iota
	fieldBody
	fieldTopic
	fieldGroup
	fieldPublish
	numFields
)

// Editor is the compose page.
type Editor struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	width, height int

	title  textinput.Model
	body   textarea.Model
	topic  textinput.Model
	focus  field
	groups []model.Group // the choices: the persona's groups (and the preset)
	group  int           // index into groups; -1: none
	preset model.GroupID

	publishing bool
	err        error // the last validation or publishing error, one line

	kept draftState // the draft kept for this place, and the Keep draft? prompt (draft.go)

	hits hit.Regions // where the last View can be clicked (mouse.go)
}

// New builds the editor; msg.Group preselects a topic group (opened from
// a group page), or is empty.
func New(env screen.Env, msg nav.OpenComposeMsg) *Editor {
	preset := msg.Group
	m := &Editor{env: env, owner: screen.NewOwner(), keys: newKeyMap(env.Keys), group: -1, preset: preset}
	m.kept.want = preset
	m.title = newInput("What's it about?", env.Styles.IsDark)
	m.topic = newInput("#topic (optional)", env.Styles.IsDark)
	m.body = textarea.New()
	m.body.Placeholder = "Share a place, a deal, a tip…"
	m.body.ShowLineNumbers = false
	m.body.Prompt = ""
	// The text area draws every line on every key, so lines are capped
	// too (limits.go); enter stops there, and a paste is cut to it.
	m.body.MaxHeight = maxBodyLines
	// ctrl+v would read the system clipboard, past the limit and its
	// notice; the terminal's own paste arrives as a PasteMsg.
	m.body.KeyMap.Paste.SetEnabled(false)
	s := textarea.DefaultStyles(env.Styles.IsDark)
	s.Cursor.Blink = false // a steady cursor: no blink ticks
	m.body.SetStyles(s)
	m.limitInputs()
	m.title.Focus()
	return m
}

func newInput(placeholder string, isDark bool) textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = placeholder
	s := textinput.DefaultStyles(isDark)
	s.Cursor.Blink = false
	in.SetStyles(s)
	in.KeyMap.Paste.SetEnabled(false) // as for the body
	return in
}

// Init loads the draft kept for this place; the group choices follow
// (onDraftLoaded), since the draft may name a group of its own.
func (m *Editor) Init() tea.Cmd { return actions.LoadDraft(m.env, m.owner, m.preset) }

// Update dispatches keys, pastes and this page's command results.
func (m *Editor) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg:
		return m, m.input(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	case actions.DraftLoadedMsg:
		if msg.Owner == m.owner {
			return m, m.onDraftLoaded(msg)
		}
	case actions.DraftSavedMsg:
		if msg.Owner == m.owner {
			return m, m.onDraftSaved(msg)
		}
	case groupsMsg:
		if msg.owner == m.owner {
			m.onGroups(msg)
		}
	case publishedMsg:
		if msg.owner == m.owner {
			return m, m.onPublished(msg)
		}
	}
	return m, nil
}

func (m *Editor) onGroups(msg groupsMsg) {
	m.groups = msg.groups
	for i, g := range m.groups {
		if g.ID == m.kept.want {
			m.group = i
		}
	}
	if msg.err != nil {
		m.err = msg.err
	}
}

// onPublished leaves the page once the post is committed, handing the
// fresh state (with the post) to the root; on failure the page stays with
// the error and the draft.
func (m *Editor) onPublished(msg publishedMsg) tea.Cmd {
	m.publishing = false
	if msg.err != nil {
		m.err = msg.err
		return nil
	}
	status := "Published “" + draw.Line(msg.post.Title, 30) + "”"
	return tea.Sequence(
		screen.Send(nav.BackMsg{}),
		screen.Send(screen.ActionMsg{Status: status, State: msg.state}),
	)
}

// draft is what the form holds now.
func (m *Editor) draft() model.Draft {
	d := model.Draft{Title: m.title.Value(), Body: m.body.Value(), Topic: m.topic.Value()}
	if m.group >= 0 && m.group < len(m.groups) {
		d.GroupID = m.groups[m.group].ID
	}
	return d
}

// SetSize sets the page's area; the body takes the height left over.
func (m *Editor) SetSize(width, height int) {
	m.width, m.height = width, height
	w := max(width-2, 1)
	m.title.SetWidth(w)
	// "Topic  " before it, its counter ("20/20") after it
	m.topic.SetWidth(max(w-14, 1))
	m.body.SetWidth(w)
	m.body.SetHeight(max(height-fixedLines, minBodyLines))
}

// Title names the page.
func (m *Editor) Title() string { return "New post" }

// CapturesInput is always true: the page is a form, so letters, tab and
// esc are its own (esc asks whether to keep the draft, draft.go).
func (m *Editor) CapturesInput() bool { return true }
