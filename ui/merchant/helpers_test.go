package merchant_test

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/keys"
	"lifesim/ui/merchant"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

// host runs the console as a program would, so uitest.App can drive it:
// a size, then keys, each command run and its messages fed back. Waits
// for the log to grow are held (waits) until the test releases them.
type host struct{ c *merchant.Console }

func (h *host) Init() tea.Cmd { return h.c.Init() }

func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch m := msg.(type) {
	case tea.WindowSizeMsg:
		h.c.SetSize(m.Width, m.Height)
		return h, nil
	case tea.MouseClickMsg:
		// as the root does: the console fills the terminal, so its
		// regions are at the top-left (ui/merchant_mouse.go)
		id := h.c.Regions().At(m.X, m.Y)
		if id == "" {
			return h, nil
		}
		msg = hit.ClickMsg{ID: id}
	case tea.MouseReleaseMsg:
		return h, nil
	}
	var cmd tea.Cmd
	h.c, cmd = h.c.Update(msg)
	return h, cmd
}

func (h *host) View() tea.View { return tea.NewView(h.c.View()) }

// console is a driven console for New Hope Dairy on db at w×h, with its
// waits held; Init has run.
type console struct {
	*uitest.App
	c     *merchant.Console
	waits *uitest.Waits
	db    *store.DB
}

func openConsole(t testing.TB, db *store.DB, w, h int) *console {
	t.Helper()
	waits := &uitest.Waits{}
	c := merchant.New(merchant.Options{
		Store: db, Styles: styles.Default(true), Keys: keys.New(),
		Account: "new-hope-dairy", Name: "New Hope Dairy", Session: "console-1",
		Clock:  func() time.Time { return uitest.Now },
		Waiter: waits.Hold,
	})
	d := &console{App: uitest.NewApp(t, &host{c: c}), c: c, waits: waits, db: db}
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Init()
	return d
}

// release delivers the waits whose log has grown: the console reads.
func (d *console) release() { d.Send(d.waits.Ready()...) }

// regionAt is the id of the console's region at the centre of label as
// the frame draws it, "" where nothing is clickable; the test fails if
// label is not drawn.
func (d *console) regionAt(t testing.TB, label string) string {
	t.Helper()
	x, y, ok := uitest.Find(d.View(), label)
	if !ok {
		t.Fatalf("%q is not on the console:\n%s", label, d.plain())
	}
	return d.c.Regions().At(x, y)
}

// clickWhole clicks label after checking that one region covers every
// cell of it, not just its centre.
func (d *console) clickWhole(t testing.TB, label string) {
	t.Helper()
	_, y, ok := uitest.Find(d.View(), label)
	if !ok {
		t.Fatalf("%q is not on the console:\n%s", label, d.plain())
	}
	line := strings.Split(d.plain(), "\n")[y]
	x0, _ := hit.Find(line, label, 0)
	id := d.c.Regions().At(x0, y)
	for x := x0; x < x0+draw.Width(label); x++ {
		if got := d.c.Regions().At(x, y); got != id || got == "" {
			t.Fatalf("cell %d of %q is %q, cell 0 is %q", x-x0, label, got, id)
		}
	}
	d.Click(label)
}

// plain is the frame without styling.
func (d *console) plain() string { return ansi.Strip(d.View()) }

// walker is newuser in one session, a minute between steps.
type walker struct{ model.Actor }

func walkerAt(session string, at time.Time) *walker {
	return &walker{model.Actor{Persona: model.DefaultPersona, Session: session, At: at}}
}

func (w *walker) next() model.Actor {
	w.At = w.At.Add(time.Minute)
	return w.Actor
}

func must(t testing.TB, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// walkChain is the chain as newuser, through the store with the
// sources the app writes, an hour before the test clock: New Hope Dairy
// found by search, its member service opened and collected, the account
// opened and followed, one order paid.
func walkChain(t testing.TB, db *store.DB) {
	t.Helper()
	a := walkerAt("walk-1", uitest.Now.Add(-time.Hour))
	search := model.NewEvent(a.next(), model.EventSearch, "", model.SourceSearch, "new hope")
	search.Value = 3
	must(t, "search", db.RecordEvent(search))
	must(t, "impression", db.RecordEvent(model.NewEvent(a.next(), model.EventImpression, "new-hope-dairy", model.SourceSearch, "new-hope-member")))
	_, err := db.OpenMiniProgram(a.next(), "new-hope-member", model.SourceSearch)
	must(t, "open", err)
	_, err = db.ToggleFavourite(a.next(), "new-hope-member", model.SourceSearch)
	must(t, "collect", err)
	must(t, "open the account", db.OpenedAccount(a.next(), "new-hope-dairy", model.SourceSearch))
	_, err = db.ToggleFollow(a.next(), "new-hope-dairy", model.SourceSearch)
	must(t, "follow", err)
	_, err = db.PlaceOrder(a.next(), milkOrder(), "")
	must(t, "order", err)
}

func milkOrder() model.Order {
	return model.Order{MiniProgramID: "new-hope-member", Lines: []model.OrderLine{{ServiceID: "fresh-milk-week", Qty: 1}}}
}
