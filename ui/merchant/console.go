package merchant

import (
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/report"
	"lifesim/store"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/keys"
	"lifesim/ui/merchant/forms"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
)

// Store is what the console reads and writes: the merchant's figures
// (the log, the catalogue, the merchant's side), and the append
// notification it follows the log by. store.Store is one.
type Store interface {
	report.MerchantSource
	store.Appends
}

var _ Store = (store.Store)(nil)

// Options are what the console is built from: plain values and the
// app's shared pieces, so the root builds it from its own.
type Options struct {
	Store   Store
	Styles  *styles.Styles // the app's: changed in place with the terminal's palette
	Keys    *keys.Map      // the app's shared keys, which the forms relabel
	Account model.AccountID
	Name    string // the account's name, shown until it is read
	// Session is the operator's session id: every write from the console
	// is stamped with it and model.MerchantPersona(Account).
	Session string
	Clock   func() time.Time // the simulated clock
	// Waiter runs the wait for the log to grow: fn's message once ready
	// is closed (ui.Options.Waiter; tests hold it).
	Waiter func(ready <-chan struct{}, fn func() tea.Msg) tea.Cmd
}

// Spans are the Overview's spans, in simulated days, in the order d
// cycles them.
var Spans = []int{7, 14, 30}

// Console is the merchant console's model, a child the root composes: it
// draws exactly the size SetSize gives it.
type Console struct {
	opts  Options
	keys  *keys.Console
	owner int
	help  help.Model
	dark  bool // the palette help's styles were made for
	w, h  int

	screen   Screen
	span     int // index into Spans
	showKeys bool

	fig  figures
	read readState
	// view is the figures kept current; a read's command owns it while
	// the read is in flight (read.inflight), so Update never touches it
	// then.
	view *report.MerchantView

	// form is the open form, which takes every key; post is the Publish
	// screen's form, always there once the account is read, open (form
	// == post) while the operator writes.
	form forms.Form
	post forms.Form

	notice notice
	sel    [numScreens]int
	vp     [numScreens]draw.Viewport

	hits     hit.Regions // where the last View can be clicked (mouse.go)
	bodyHits hit.Regions // where the last body can be clicked, in the body's cells
}

// figures are the console's data as of the last read.
type figures struct {
	loaded  bool
	account model.LifeAccount
	report  model.MerchantReport
	scope   model.MerchantScope
	sent    []model.MerchantMessage
	// followers is how many personas follow the account now: the reach
	// the message form shows before sending.
	followers int
}

// readState paces the reads: one in flight at a time; a read asked for
// meanwhile follows it (pending); between reads, at most one wait for
// the log to grow. After a failed read the console stops following until
// something asks for a read again.
type readState struct {
	inflight, pending, waiting bool
	err                        error
}

// notice is the one line under the screen: what a form did, or a read's
// failure.
type notice struct {
	text string
	err  bool
}

// New builds the console; Init reads the figures.
func New(opts Options) *Console {
	c := &Console{
		opts:  opts,
		keys:  keys.NewConsole(),
		owner: int(screen.NewOwner()),
		help:  help.New(),
	}
	c.fig.account = model.LifeAccount{ID: opts.Account, Name: opts.Name}
	c.setPalette()
	return c
}

// Init reads the figures.
func (c *Console) Init() tea.Cmd { return c.request() }

// Account is the account the console operates.
func (c *Console) Account() model.AccountID { return c.opts.Account }

// Title names the console for the window's title.
func (c *Console) Title() string {
	return model.CleanLine(c.fig.account.Name) + " · merchant console"
}

// SetSize gives the console the terminal. What the last View recorded
// to click is forgotten: it was drawn at another size, and below the
// console's minimum the root draws its notice instead of a View.
func (c *Console) SetSize(w, h int) {
	c.w, c.h = w, h
	c.hits.Reset()
	c.help.SetWidth(w)
	c.sizeForms()
}

// CapturesInput reports whether a form is open: it then takes every key
// but ctrl+c, so the root keeps q and P to itself only when this is false.
func (c *Console) CapturesInput() bool { return c.form != nil }

// Update dispatches: keys, pastes and clicks, the terminal's palette, the reads
// and waits, and the forms' answers; anything else goes to the forms
// (their own loads and saves).
func (c *Console) Update(msg tea.Msg) (*Console, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return c, c.key(msg)
	case tea.PasteMsg:
		return c, c.toForm(msg)
	case hit.ClickMsg:
		return c, c.click(msg.ID)
	case tea.BackgroundColorMsg, tea.ColorProfileMsg:
		c.setPalette()
		return c, nil
	case loadedMsg:
		return c, c.loaded(msg)
	case appendedMsg:
		return c, c.woken(msg)
	case forms.SavedMsg:
		return c, c.saved(msg)
	case forms.ClosedMsg:
		c.closed(msg)
		return c, nil
	}
	return c, c.toForms(msg)
}

// setPalette follows the app's styles, which the root changes in place
// when the terminal's background or colour profile is known.
func (c *Console) setPalette() {
	c.dark = c.opts.Styles.IsDark
	c.help.Styles = help.DefaultStyles(c.dark)
}

// Screen is the screen in front.
func (c *Console) Screen() Screen { return c.screen }

// Days is the span the Overview shows, in simulated days.
func (c *Console) Days() int { return Spans[c.span] }
