package search

import (
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/cache"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/screen"
)

// Tab is the Search tab.
type Tab struct {
	env           screen.Env
	owner         screen.Owner
	keys          inputKeys
	width, height int

	input textinput.Model
	// querySelected: the old query is selected (Focus), so that the first key
	// typed or pasted replaces it (selection.go).
	querySelected bool
	seq           int    // sequence number of the last search issued
	shown         int    // sequence number of the results on screen
	query         string // the query the results on screen answer
	results       []model.SearchResult
	state         model.UserState

	recorded int       // sequence number of the results last recorded (record.go)
	shownAt  time.Time // when the results on screen arrived (simulated clock)
	// impressed is the session's ledger of accounts shown in results
	// (impressions.go); the tab lives for the session.
	impressed actions.Impressed

	sel int // selected item (result or popular search) when not typing

	// opening: a result is being opened once the search is recorded
	// (loading.go); keys typed meanwhile wait for the page it opens.
	opening bool
	vp      draw.Viewport

	frame cache.Frame           // the last frame, until something changes
	rows  cache.Strings[rowKey] // result rows and headings drawn
	boxes cache.Strings[boxKey] // the input's box drawn around it
	hits  hit.Regions           // where the frame can be clicked, kept with it (mouse.go)
}

// New builds the Search tab with its input unfocused.
func New(env screen.Env) *Tab {
	m := &Tab{env: env, owner: screen.NewOwner(), keys: newInputKeys(env.Keys)}
	m.input = textinput.New()
	m.input.Prompt = "🔍 "
	m.input.Placeholder = "Mini programs, accounts, posts"
	m.input.CharLimit = model.MaxQueryRunes
	// ctrl+v would read the system clipboard, past the cut notice; the
	// terminal's own paste arrives as a PasteMsg.
	m.input.KeyMap.Paste.SetEnabled(false)
	m.input.SetStyles(m.inputStyles())
	return m
}

// Init reads the persona's state for the result badges.
func (m *Tab) Init() tea.Cmd { return actions.LoadState(m.env) }

// Title names the tab.
func (m *Tab) Title() string { return "Search" }

// CapturesInput is true while the input has focus.
func (m *Tab) CapturesInput() bool { return m.input.Focused() }

// Focus puts the cursor in the input and selects the old query, so that
// typing replaces it: the root calls it on every entry into Search (the
// "/" key, Home's search box, the tab's key).
func (m *Tab) Focus() tea.Cmd {
	m.frame.Forget()
	m.querySelected = m.input.Value() != ""
	return m.focusInput()
}

// focusInput puts the cursor at the end of the query, selecting nothing
// (back into the input from the results).
func (m *Tab) focusInput() tea.Cmd {
	m.input.CursorEnd()
	return m.input.Focus()
}

// SetSize sets the area View fills and the input's width.
func (m *Tab) SetSize(w, h int) {
	m.frame.Forget()
	m.width, m.height = w, h
	// the box's border and padding, the prompt, and the cursor cell
	m.input.SetWidth(max(w-m.env.Styles.Input.GetHorizontalFrameSize()-3-1, 1))
}

// Update handles keys, pastes and this tab's results. Any of them may
// change the frame; other messages change nothing.
func (m *Tab) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg, hit.ClickMsg, resultsMsg, recordedMsg, screen.StateMsg:
		m.frame.Forget()
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if m.input.Focused() {
			return m, m.typing(msg)
		}
		return m, m.browsing(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	case tea.PasteMsg:
		if m.input.Focused() {
			m.replaceSelection()
			return m, m.paste(msg)
		}
	case resultsMsg:
		m.takeResults(msg)
		if msg.owner == m.owner && msg.err != nil {
			return m, screen.Send(screen.StatusMsg{Err: msg.err})
		}
	case recordedMsg:
		m.opening = false
		return m, nil
	case screen.StateMsg:
		m.state = msg.State
	}
	return m, nil
}

// edit gives msg to the input and searches again if the text changed.
func (m *Tab) edit(msg tea.Msg) tea.Cmd {
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() == before {
		return cmd
	}
	return tea.Batch(cmd, m.settleIfRead(), m.search())
}

// paste types what fits of a paste into the query, saying so when it had
// to cut (the input would cut it silently).
func (m *Tab) paste(msg tea.PasteMsg) tea.Cmd {
	have := utf8.RuneCountInString(m.input.Value())
	fit, cut := draw.FitPaste(model.CleanLine(msg.Content), have, model.MaxQueryRunes)
	cmd := m.edit(tea.PasteMsg{Content: fit})
	if cut {
		return tea.Batch(cmd, screen.Notice(draw.CutNotice(model.MaxQueryRunes)))
	}
	return cmd
}

// search issues the search for the input's text with the next sequence
// number. An empty query clears the results at once, with no command.
func (m *Tab) search() tea.Cmd {
	m.seq++
	q := m.input.Value()
	if strings.TrimSpace(q) == "" {
		m.results, m.query, m.shown, m.sel = nil, "", m.seq, 0
		return nil
	}
	return runSearch(m.env.Store, q, m.seq, m.owner)
}

// takeResults shows an answer unless one for a later query is already on
// screen.
func (m *Tab) takeResults(msg resultsMsg) {
	if msg.owner != m.owner || msg.seq <= m.shown || msg.err != nil {
		return
	}
	m.shown, m.query, m.results, m.sel = msg.seq, msg.query, msg.results, 0
	m.shownAt = m.env.Clock()
}

// empty reports whether the query is blank, so popular searches show.
func (m *Tab) empty() bool { return strings.TrimSpace(m.input.Value()) == "" }

// collected and following say whether the persona has the result.
func (m *Tab) collected(id string) bool { return m.state.Collected(model.MiniProgramID(id)) }

func (m *Tab) following(id string) bool { return m.state.Following(model.AccountID(id)) }
