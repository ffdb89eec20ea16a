package post

import (
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/components/forward"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// Page is an open post.
type Page struct {
	env           screen.Env
	owner         screen.Owner
	keys          keyMap
	id            model.PostID
	source        model.Source
	width, height int

	d      detail
	loaded bool
	err    error
	state  model.UserState
	sel    int // 0: the account header; then components; then comments
	vp     draw.Viewport
	index  []int       // the block each selectable row but the header was in, when last drawn
	hits   hit.Regions // where the last View can be clicked (mouse.go)
	input  textinput.Model
	picker forward.Picker
	media  mediaState // picture, video player, live panel (media.go)
}

// New builds the page for msg; Init loads it and records the open.
func New(env screen.Env, msg nav.OpenPostMsg) *Page {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = "Say something nice…"
	in.CharLimit = model.MaxCommentRunes
	// ctrl+v would read the system clipboard, past the cut notice; the
	// terminal's own paste arrives as a PasteMsg.
	in.KeyMap.Paste.SetEnabled(false)
	s := textinput.DefaultStyles(env.Styles.IsDark)
	// A steady cursor: no blink ticks to keep the frame (and tests) busy.
	s.Cursor.Blink = false
	in.SetStyles(s)
	return &Page{
		env:    env,
		owner:  screen.NewOwner(),
		keys:   newKeyMap(env.Keys),
		id:     msg.ID,
		source: msg.Source,
		input:  in,
		picker: forward.Picker{Styles: env.Styles},
	}
}

// Init loads the post and records that it was opened, with its source.
func (m *Page) Init() tea.Cmd {
	return tea.Batch(m.load(), m.recordOpen())
}

// Update dispatches keys, load results and state changes.
func (m *Page) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	case tea.PasteMsg:
		if m.input.Focused() {
			return m, m.pasteComment(msg)
		}
	case loadedMsg:
		if msg.owner == m.owner {
			m.onLoaded(msg)
			return m, m.afterLoad()
		}
	case mediaMsg, tickMsg:
		return m, m.updateMedia(msg)
	case screen.StateMsg:
		// Any action may have changed this post's counts or comments (or
		// the follow state): read it again so the screen shows them.
		m.state = msg.State
		return m, m.load()
	}
	return m, nil
}

func (m *Page) onLoaded(msg loadedMsg) {
	if msg.err != nil {
		m.err = msg.err
		return
	}
	m.d, m.loaded, m.err = msg.detail, true, nil
	m.state = msg.state
	m.sel = draw.Clamp(m.sel, m.count())
}

// count is the number of selectable rows.
func (m *Page) count() int { return 1 + len(m.d.post.Components) + len(m.d.comments) }

// SetSize sets the page's area.
func (m *Page) SetSize(width, height int) {
	m.width, m.height = width, height
	m.input.SetWidth(max(width-6, 1))
}

// Title is the post's title.
func (m *Page) Title() string {
	if m.d.post.Title == "" {
		return "Post"
	}
	return model.CleanLine(m.d.post.Title)
}

// pasteComment types what fits of a paste into the comment, saying so
// when it had to cut (the input would cut it silently).
func (m *Page) pasteComment(msg tea.PasteMsg) tea.Cmd {
	have := utf8.RuneCountInString(m.input.Value())
	fit, cut := draw.FitPaste(model.CleanLine(msg.Content), have, model.MaxCommentRunes)
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(tea.PasteMsg{Content: fit})
	if cut {
		return tea.Batch(cmd, screen.Notice(draw.CutNotice(model.MaxCommentRunes)))
	}
	return cmd
}

// CapturesInput is true while the comment input or the forward picker is
// open: esc then closes it instead of leaving the page.
func (m *Page) CapturesInput() bool { return m.input.Focused() || m.picker.IsOpen() }
