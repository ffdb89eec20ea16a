package observer_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/observer"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

func TestDescribe(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 1, 8, 9, 31, 5, 0, time.UTC)
	tests := []struct {
		e    model.Event
		want string
	}{
		{model.Event{At: at, Kind: model.EventSearch, Detail: "New Hope", Value: 2, Source: model.SourceSearch, Scene: 1005},
			`09:31:05 search "New Hope" → 2 ← search 1005`},
		{model.Event{At: at, Kind: model.EventOpenMiniProgram, Target: "kfc", Source: model.SourceHomeGrid, Scene: 1000},
			"09:31:05 open mini program kfc ← home_grid 1000"},
		{model.Event{At: at, Kind: model.EventExposure, Target: "collect_guidance", Detail: "off"},
			"09:31:05 exposure collect_guidance=off"},
		{model.Event{At: at, Kind: model.EventPayment, Target: "o-3", Value: 4200}, "09:31:05 payment o-3 ¥42.00"},
		{model.Event{At: at, Kind: model.EventTab, Target: "life", Detail: "home"}, "09:31:05 tab home → life"},
	}
	for _, tt := range tests {
		if got := observer.Describe(tt.e); got != tt.want {
			t.Errorf("Describe = %q; want %q", got, tt.want)
		}
	}
}

// The panel reads the log in commands, coalescing requests, and draws
// exactly its size.
func TestPanelReadsAndDraws(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	a := model.Actor{Persona: "newuser", Session: "s1", At: uitest.Now}
	record := func(kind model.EventKind, target string, src model.Source) {
		if err := db.RecordEvent(model.NewEvent(a, kind, target, src, "")); err != nil {
			t.Fatal(err)
		}
	}
	record(model.EventAppStart, "newuser", "")
	var m observer.Panel
	first := m.Request(db, "s1")
	if first == nil || m.Request(db, "s1") != nil {
		t.Fatal("a second request while one is in flight should wait")
	}
	msg := first().(observer.LoadedMsg)
	record(model.EventSearch, "", model.SourceSearch)
	again := m.Update(msg, db, "s1") // the waiting request follows
	if again == nil || len(m.Tail()) != 1 || m.Last() != 1 {
		t.Fatalf("after the first read: tail %d, last %d, follow-up %v", len(m.Tail()), m.Last(), again != nil)
	}
	if m.Update(again().(observer.LoadedMsg), db, "s1") != nil {
		t.Fatal("nothing was waiting")
	}
	if len(m.Tail()) != 2 || m.Funnel().Steps[model.StepSearch].Count != 1 || m.Last() != 2 {
		t.Fatalf("tail %d, funnel %+v", len(m.Tail()), m.Funnel())
	}
	st := styles.Default(true)
	info := observer.Info{Session: "s1", Persona: "newuser", PersonaName: "Lin Xiao",
		Variants: model.Assignment{"collect_guidance": "off"}, Labels: map[string]string{"collect_guidance": "guide"}}
	for _, size := range [][2]int{{58, 40}, {76, 45}, {20, 5}, {60, 12}} {
		uitest.ExactSize(t, "panel", m.View(st, info, size[0], size[1]), size[0], size[1])
	}
	v := ansi.Strip(m.View(st, info, 70, 40))
	for _, want := range []string{"Observer", "session s1 · Lin Xiao (newuser)", "guide=off", "search", "✓ +0s", "all sessions (1)", "app start newuser"} {
		if !strings.Contains(v, want) {
			t.Errorf("panel lacks %q:\n%s", want, v)
		}
	}
}

// However long the log, a read brings the funnel of every event and only
// the latest TailSize events; a later read brings only what was appended.
func TestPanelKeepsOnlyTheTail(t *testing.T) {
	t.Parallel()
	st := styles.Default(true)
	info := observer.Info{Session: "last", Persona: "newuser", PersonaName: "Lin Xiao"}
	db := uitest.OpenStore(t)
	db.SetNoSync(true)
	at := uitest.Now
	act := func(session string, kind model.EventKind, target string, src model.Source) {
		at = at.Add(time.Minute)
		a := model.Actor{Persona: "newuser", Session: session, At: at}
		if err := db.RecordEvent(model.NewEvent(a, kind, target, src, "")); err != nil {
			t.Fatal(err)
		}
	}
	for i := range observer.TailSize {
		s := fmt.Sprintf("s%d", i)
		act(s, model.EventSearch, "", model.SourceSearch)
		act(s, model.EventOpenMiniProgram, "kfc", model.SourceSearch)
	}
	act("last", model.EventOpenMiniProgram, "kfc", model.SourceHomeGrid)
	var m observer.Panel
	m.Update(m.Request(db, "last")().(observer.LoadedMsg), db, "last")
	if n := len(m.Tail()); n != observer.TailSize || m.Tail()[n-1].Seq != 2*observer.TailSize+1 {
		t.Fatalf("tail of %d events ending at %d", n, m.Tail()[n-1].Seq)
	}
	if f := m.Funnel(); f.Sessions != observer.TailSize+1 || f.Steps[model.StepOpen].Count != observer.TailSize {
		t.Fatalf("funnel %+v", f)
	}
	act("last", model.EventAppStop, "", "")
	m.Update(m.Request(db, "last")().(observer.LoadedMsg), db, "last")
	if n := len(m.Tail()); n != observer.TailSize || m.Tail()[n-1].Kind != model.EventAppStop {
		t.Fatalf("after an append: tail of %d ending with %s", n, m.Tail()[n-1].Kind)
	}
	if view := ansi.Strip(m.View(st, info, 70, 30)); !strings.Contains(view, "all sessions (201)") {
		t.Errorf("the panel:\n%s", view)
	}
}

// An Own panel (a room's participant's) keeps only its session's events
// and draws its funnel without the room's; the presenter's panel draws
// both and every session's events.
func TestOwnPanelShowsOnlyItsSession(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	for _, e := range []struct {
		session string
		kind    model.EventKind
		detail  string
	}{
		{"mine", model.EventSearch, "kfc"},
		{"theirs", model.EventSearch, "luckin"},
		{"mine", model.EventSearch, "tea"},
	} {
		a := model.Actor{Persona: "newuser", Session: e.session, At: uitest.Now}
		if err := db.RecordEvent(model.NewEvent(a, e.kind, "", model.SourceSearch, e.detail)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		own      bool
		tail     int
		has, not []string
	}{
		{own: true, tail: 2,
			has: []string{"your session only", `"kfc"`, `"tea"`, "this session", "✓ +0s"},
			not: []string{`"luckin"`, "all sessions", "retention", "overall"}},
		{own: false, tail: 3,
			has: []string{`"kfc"`, `"tea"`, `"luckin"`, "all sessions (2)", "retention", "overall"},
			not: []string{"your session only"}},
	}
	info := observer.Info{Session: "mine", Persona: "newuser", PersonaName: "newuser"}
	for _, tt := range tests {
		m := observer.Panel{Own: tt.own}
		m.Update(m.Request(db, "mine")().(observer.LoadedMsg), db, "mine")
		if len(m.Tail()) != tt.tail {
			t.Errorf("own %v: %d events kept, want %d", tt.own, len(m.Tail()), tt.tail)
		}
		v := ansi.Strip(m.View(styles.Default(true), info, 70, 30))
		uitest.ExactSize(t, "panel", m.View(styles.Default(true), info, 70, 30), 70, 30)
		for _, want := range tt.has {
			if !strings.Contains(v, want) {
				t.Errorf("own %v: the panel lacks %q:\n%s", tt.own, want, v)
			}
		}
		for _, not := range tt.not {
			if strings.Contains(v, not) {
				t.Errorf("own %v: the panel shows %q:\n%s", tt.own, not, v)
			}
		}
	}
}

// The panel's drawing is kept while nothing it shows changed, and drawn
// again (showing the change) after a read, at another size, in another
// palette, or for another session.
func TestPanelKeepsItsDrawing(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	record := func(session string) {
		a := model.Actor{Persona: "newuser", Session: session, At: uitest.Now}
		if err := db.RecordEvent(model.NewEvent(a, model.EventAppStart, "newuser", "", "")); err != nil {
			t.Fatal(err)
		}
	}
	record("s1")
	var m observer.Panel
	m.Update(m.Request(db, "s1")().(observer.LoadedMsg), db, "s1")
	st := styles.Default(true)
	info := observer.Info{Session: "s1", Persona: "newuser", PersonaName: "Lin Xiao"}
	first := m.View(st, info, 70, 30)
	same := func(a, b string) bool { return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b) }
	if !same(m.View(st, info, 70, 30), first) {
		t.Fatal("nothing changed but the panel was drawn again")
	}
	record("s2")
	m.Update(m.Request(db, "s1")().(observer.LoadedMsg), db, "s1")
	read := m.View(st, info, 70, 30)
	if same(read, first) || strings.Count(ansi.Strip(read), "app start") != 2 {
		t.Fatalf("after a read the panel should show both events:\n%s", ansi.Strip(read))
	}
	other := info
	other.Session = "s2"
	for name, v := range map[string]string{
		"another size":    m.View(st, info, 60, 30),
		"another session": m.View(st, other, 70, 30),
	} {
		if same(v, read) || v == read {
			t.Errorf("%s: the panel was not drawn again", name)
		}
	}
	m.View(st, info, 70, 30)
	*st = *styles.For(false, false) // the palette changes in place, as the root changes it
	if v := m.View(st, info, 70, 30); v == read {
		t.Error("another palette: the panel was not drawn again")
	}
}

// The payment-success page shows several merchants' offers at once: their
// impressions are one row naming the accounts, so the order and payment
// before them stay on the panel. A run ends at another kind, session or
// place.
func TestPanelFoldsARunOfImpressions(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	a := model.Actor{Persona: "newuser", Session: "s1", At: uitest.Now}
	record := func(kind model.EventKind, target string, src model.Source) {
		if err := db.RecordEvent(model.NewEvent(a, kind, target, src, "")); err != nil {
			t.Fatal(err)
		}
	}
	record(model.EventPayment, "o-1", "")
	for _, acc := range []string{"kfc", "luckin", "new-hope-dairy"} {
		record(model.EventImpression, acc, model.SourcePaySuccess)
	}
	record(model.EventImpression, "kfc", model.SourceSearch)
	var m observer.Panel
	m.Update(m.Request(db, "s1")().(observer.LoadedMsg), db, "s1")
	st := styles.Default(true)
	v := ansi.Strip(m.View(st, observer.Info{Session: "s1", Persona: "newuser", PersonaName: "Lin Xiao"}, 90, 40))
	for _, want := range []string{
		"payment o-1",
		"impression ×3 kfc, luckin, new-hope-dairy ← pay_success 1403",
		"impression kfc ← search 1005",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("panel lacks %q:\n%s", want, v)
		}
	}
	if n := strings.Count(v, "impression"); n != 2 {
		t.Errorf("%d impression rows, want 2:\n%s", n, v)
	}
}
