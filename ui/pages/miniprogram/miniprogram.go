package miniprogram

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/actions"
	"lifesim/ui/cache"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// Page is one open mini program page.
type Page struct {
	env    screen.Env
	owner  screen.Owner
	id     model.MiniProgramID
	source model.Source
	from   string // the service the page was opened at (a post's service link)

	width, height int

	loaded   bool
	err      error // load failure: the page shows it instead of content
	mp       model.MiniProgram
	merchant string
	account  *model.LifeAccount
	state    model.UserState
	coupons  int // claimed, unredeemed, usable coupons for this mini program
	countSeq int // the latest recount asked for; older answers are stale

	// guidance latches whether the collection-guidance tip belongs on this
	// page view: decided once on load, so marking it seen (which stops it in
	// every other mini program) does not make it vanish under the reader.
	guidance bool
	// guidanceDone: the tip's outcome (accepted or dismissed) is recorded.
	guidanceDone bool
	// prompt: the follow pop-up is up (see prompt.go).
	prompt bool
	pkeys  promptKeys

	sel    int // selected service
	vp     draw.Viewport
	clicks clickBlocks // the blocks of the last frame a click acts on (mouse.go)
	hits   hit.Regions // where the last frame can be clicked (mouse.go)

	frame cache.Frame             // the last frame, until something changes
	parts cache.Strings[blockKey] // the parts of the page drawn (view.go)
}

// New builds the page for msg; Init opens and loads it.
func New(env screen.Env, msg nav.OpenMiniProgramMsg) *Page {
	return &Page{env: env, owner: screen.NewOwner(), id: msg.ID, source: msg.Source, from: msg.ServiceID,
		pkeys: newPromptKeys(env.Keys)}
}

// MiniProgramOpen is the id of the mini program on this page; the root uses
// it to bring an already-open mini program forward.
func (m *Page) MiniProgramOpen() model.MiniProgramID { return m.id }

// Init records the visit and loads the page in one command.
func (m *Page) Init() tea.Cmd { return openAndLoad(m.env, m.owner, m.id, m.source) }

// SetSize sets the area the page draws in.
func (m *Page) SetSize(w, h int) {
	m.frame.Forget()
	m.width, m.height = w, h
}

// Title is the mini program's name once loaded.
func (m *Page) Title() string {
	if m.loaded && m.err == nil {
		return model.CleanLine(m.mp.Name)
	}
	return "Mini program"
}

// CapturesInput is false: the page has no text input. The follow pop-up
// is a bottom sheet, not a modal: global keys keep working under it.
func (m *Page) CapturesInput() bool { return false }

// TakesBack is true while the follow pop-up is up, so that esc closes it
// rather than the page.
func (m *Page) TakesBack() bool { return m.prompt }

// Update dispatches keys, this page's load results and state refreshes.
// Any of them may change the frame; other messages change nothing.
func (m *Page) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg.(type) {
	case loadedMsg, couponsMsg, screen.StateMsg, tea.KeyPressMsg, hit.ClickMsg:
		m.frame.Forget()
	}
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.Owner == m.owner {
			return m, m.onLoaded(msg)
		}
	case couponsMsg:
		if msg.Owner == m.owner && msg.Seq == m.countSeq {
			m.coupons = msg.N
		}
	case screen.StateMsg:
		m.state = msg.State
		m.prompt = m.prompt && !m.following() // followed some other way
		if m.ready() {
			m.countSeq++
			return m, countCoupons(m.env, m.owner, m.countSeq, m.id, msg.State)
		}
	case tea.KeyPressMsg:
		switch {
		case m.ready() && m.prompt:
			return m, m.promptKey(msg)
		case m.ready():
			return m, m.handleKey(msg)
		}
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	}
	return m, nil
}

func (m *Page) ready() bool { return m.loaded && m.err == nil }

// onLoaded takes the page's data, preselects the service it was opened at,
// hands the fresh state to the root and, if the guidance tip shows, records
// that it was seen.
func (m *Page) onLoaded(msg loadedMsg) tea.Cmd {
	m.loaded = true
	if msg.Err != nil {
		if errors.Is(msg.Err, store.ErrNotFound) {
			m.err = notFoundError{id: m.id, cause: msg.Err}
		} else {
			m.err = msg.Err
		}
		return screen.Send(screen.StatusMsg{Err: m.err})
	}
	m.mp, m.merchant, m.account, m.state, m.coupons = msg.MP, msg.Merchant, msg.Account, msg.State, msg.Coupons
	m.parts = cache.Strings[blockKey]{} // drawn from the record before
	m.sel = 0
	for i, s := range m.mp.Services {
		if s.ID == m.from {
			m.sel = i
		}
	}
	st := msg.State
	cmds := []tea.Cmd{screen.Send(screen.ActionMsg{State: &st})}
	// The tip would show here: collect_guidance decides whether it does
	// (off hides it), and this is where the persona is exposed to it.
	g := model.MiniProgramGuidance(st, m.id, m.env.Variants)
	m.guidance = g.Shows()
	if g.Exposes() {
		var seen tea.Cmd
		if g.MarksSeen() {
			seen = markGuidanceSeen(m.env, m.id)
		}
		cmds = append(cmds, tea.Sequence(actions.Expose(m.env, model.ExpCollectGuidance), seen))
	}
	cmds = append(cmds, m.decidePrompt(st))
	return tea.Batch(cmds...)
}

func (m *Page) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.env.Keys
	n := len(m.mp.Services)
	switch {
	case key.Matches(msg, k.Up):
		m.sel = draw.Clamp(m.sel-1, n)
	case key.Matches(msg, k.Down):
		m.sel = draw.Clamp(m.sel+1, n)
	case key.Matches(msg, k.Enter):
		return m.order()
	case key.Matches(msg, k.Collect):
		return m.collect()
	case key.Matches(msg, k.Follow):
		return m.follow()
	case key.Matches(msg, k.Back):
		// The root pops pages on esc itself; this covers the page driven alone.
		return screen.Send(nav.BackMsg{})
	}
	return nil
}

// following reports whether the persona follows the bound life account.
func (m *Page) following() bool { return m.account != nil && m.state.Following(m.account.ID) }

// notFoundError is the user-facing error for an unknown mini program id; it
// still matches store.ErrNotFound.
type notFoundError struct {
	id    model.MiniProgramID
	cause error
}

func (e notFoundError) Error() string {
	return "Mini program “" + model.CleanLine(string(e.id)) + "” not found"
}

func (e notFoundError) Unwrap() error { return e.cause }

// guidanceShowing reports that the guidance tip is on screen and its
// outcome not yet recorded.
func (m *Page) guidanceShowing() bool {
	return m.ready() && m.guidance && !m.guidanceDone && !m.state.Collected(m.id)
}

// Leave records guidance_dismissed when the page closes while the tip is
// on screen (the persona left without collecting).
func (m *Page) Leave() tea.Cmd {
	m.frame.Forget()
	if !m.guidanceShowing() {
		return nil
	}
	m.guidanceDone = true
	return dismissGuidance(m.env, m.id)
}
