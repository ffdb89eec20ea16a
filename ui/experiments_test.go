package ui_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui"
	"lifesim/ui/nav"
	"lifesim/ui/uitest"
)

// expSession is a run of the app with experiments, forced arms and
// numbered sessions, on a store file that outlives it.
type expSession struct {
	*session
	sessionID string
	waits     *uitest.Waits // the observer panel's waits for the log to grow
}

func startExp(t *testing.T, path string, persona model.PersonaID, w, h int, forced map[string]string, observer bool) *expSession {
	t.Helper()
	world := uitest.World(t)
	db := uitest.OpenStoreAt(t, path)
	// Sessions on one file are s1, s2…: numbered by the log, not by a
	// counter shared by the tests, which run in parallel.
	sessionID := fmt.Sprintf("s%d", len(uitest.FindEvents(t, db, uitest.Match{Kind: model.EventAppStart}))+1)
	p, _ := db.Persona(persona)
	opts := testOptions(db, persona, p.Name)
	opts.Experiments, opts.Forced, opts.Observer = world.Experiments, forced, observer
	waits := &uitest.Waits{}
	opts.Waiter = waits.Hold
	n := -1 // the first session is the start's, then one per switch
	opts.NewSession = func() string {
		n++
		if n == 0 {
			return sessionID
		}
		return fmt.Sprintf("%s-switch%d", sessionID, n)
	}
	app := ui.New(opts)
	d := uitest.NewApp(t, app)
	d.Send(tea.WindowSizeMsg{Width: w, Height: h})
	d.Init()
	d.Send(waits.Ready()...) // the start's events, for the observer panel
	return &expSession{session: &session{t: t, db: db, app: app, d: d}, sessionID: sessionID, waits: waits}
}

func (s *expSession) events() []model.Event {
	s.t.Helper()
	return uitest.Events(s.t, s.db)
}

// sessionEvents is the kinds (and targets, for a few kinds) of session
// id's events, in order.
func kindsOf(evs []model.Event, session string) []string {
	var out []string
	for _, e := range evs {
		if e.Session != session {
			continue
		}
		k := string(e.Kind)
		switch e.Kind {
		case model.EventTab, model.EventExposure, model.EventOpenMiniProgram, model.EventCollect:
			k += ":" + e.Target
		case model.EventSearch:
			k += fmt.Sprintf(":%s=%d", e.Detail, e.Value)
		}
		out = append(out, k)
	}
	return out
}

// TestEventLogOfAWalk checks that each action of a walk writes exactly
// one event, with the session, persona, variants and the simulated time.
func TestEventLogOfAWalk(t *testing.T) {
	t.Parallel()
	forced := map[string]string{model.ExpCollectGuidance: "on", model.ExpLifeEntry: "tab", model.ExpFeedRanking: "recommended"}
	s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, forced, false)
	s.keys("3", "1", "/")
	s.typeText("New Hope")
	s.keys("enter") // settles the query, opens the first result
	s.expect("tip", "(press")
	s.keys("s") // collected while the tip is on screen: accepted
	s.keys("esc", "q")

	evs := s.events()
	got := kindsOf(evs, s.sessionID)
	want := []string{
		"app_start", "exposure:life_entry",
		"tab:life", "exposure:feed_ranking", "tab:home", "tab:search",
		"search:New Hope=6", "impression", // New Hope Dairy's, behind the results
		"open_mini_program:new-hope-member", "exposure:collect_guidance", "guidance_shown",
		"collect:new-hope-member", "guidance_accepted",
		"app_stop",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("events\n got %v\nwant %v", got, want)
	}
	for _, e := range evs {
		if e.Persona != "newuser" || !e.At.Equal(uitest.Now) || e.Variants[model.ExpCollectGuidance] != "on" || len(e.Variants) != 4 {
			t.Errorf("%s: persona %s at %v variants %v", e.Kind, e.Persona, e.At, e.Variants)
		}
	}
	if e := evs[uitest.Index(evs, uitest.Match{Kind: model.EventOpenMiniProgram})]; e.Source != model.SourceSearch || e.Scene != 1005 {
		t.Errorf("open from search = %+v", e)
	}
}

// TestSearchIsRecordedOncePerSettledQuery: keystrokes are not recorded;
// the query on screen is, when the persona acts on it or pauses on it.
func TestSearchIsRecordedOncePerSettledQuery(t *testing.T) {
	t.Parallel()
	s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, nil, false)
	searches := func() []string {
		var out []string
		for _, k := range kindsOf(s.events(), s.sessionID) {
			if strings.HasPrefix(k, "search:") {
				out = append(out, k)
			}
		}
		return out
	}
	s.keys("/")
	s.typeText("KFC")
	if got := searches(); len(got) != 0 {
		t.Fatalf("typing recorded %v", got)
	}
	s.keys("esc") // leaving the input settles the results on screen
	s.keys("/", "esc")
	if got := searches(); len(got) != 1 || !strings.HasPrefix(got[0], "search:KFC=") || got[0] == "search:KFC=0" {
		t.Fatalf("after leaving the input twice: %v", got)
	}
	// a popular search picked from the list, then a tab switch
	s.keys("/", "backspace", "backspace", "backspace", "esc", "enter")
	s.expect("popular search", "New Hope Member Service")
	s.keys("1")
	if got := searches(); len(got) != 2 || got[1] != "search:New Hope=6" {
		t.Fatalf("after switching tab: %v", got)
	}
}

func TestLifeEntryMessagesMovesLifeUnderMessages(t *testing.T) {
	t.Parallel()
	forced := map[string]string{model.ExpLifeEntry: "messages"}
	s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, forced, false)
	bar := tabBar(s.view())
	if strings.Contains(bar, "Life") || !strings.Contains(bar, "Messages") {
		t.Fatalf("tab bar %q: want Messages and no Life", bar)
	}
	// the bar is Home · Search · Messages · My Mini Programs: 3 is Messages
	s.keys("3")
	if s.app.Tab() != nav.TabMessages {
		t.Fatalf("3 went to tab %v; want Messages, the third slot", s.app.Tab())
	}
	s.expect("messages", "Messages", "Life accounts")
	s.keys("enter")
	s.expect("life feed", "Recommended", "Following")
	if s.app.Depth() != 1 {
		t.Fatalf("the Life feed is not a page under Messages (depth %d)", s.app.Depth())
	}
	s.keys("esc")
	s.expect("back to messages", "Life accounts")
	got := kindsOf(s.events(), s.sessionID)
	for _, want := range []string{"exposure:life_entry", "tab:messages", "open_life", "exposure:feed_ranking"} {
		if !slices.Contains(got, want) {
			t.Errorf("events %v lack %s", got, want)
		}
	}
	// the upgraded layout, for contrast: Messages stays, Life joins it
	tab := startExp(t, filepath.Join(t.TempDir(), "l2.db"), "newuser", 100, 30, map[string]string{model.ExpLifeEntry: "tab"}, false)
	if bar := tabBar(tab.view()); !strings.Contains(bar, "◉ Life") || !strings.Contains(bar, "Messages") {
		t.Fatalf("tab arm bar %q", bar)
	}
}

// tabBar is the frame's tab bar line (the last line inside the phone).
func tabBar(v string) string {
	lines := strings.Split(v, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.Contains(lines[i], "Home") && strings.Contains(lines[i], "Search") {
			return lines[i]
		}
	}
	return ""
}

func TestCollectGuidanceArms(t *testing.T) {
	t.Parallel()
	t.Run("off hides the tip and records only the exposure", func(t *testing.T) {
		t.Parallel()
		s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, map[string]string{model.ExpCollectGuidance: "off"}, false)
		s.d.Send(nav.OpenMiniProgramMsg{ID: "new-hope-member", Source: model.SourceSearch})
		if strings.Contains(s.view(), "(press") {
			t.Fatalf("tip shown with collect_guidance=off:\n%s", s.view())
		}
		s.keys("esc")
		got := kindsOf(s.events(), s.sessionID)
		if !slices.Contains(got, "exposure:collect_guidance") || slices.Contains(got, "guidance_shown") || slices.Contains(got, "guidance_dismissed") {
			t.Errorf("events %v", got)
		}
		if st, _ := s.db.State("newuser"); st.GuidanceSeen {
			t.Error("guidance marked seen though never shown")
		}
	})
	t.Run("on: leaving without collecting dismisses", func(t *testing.T) {
		t.Parallel()
		s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, map[string]string{model.ExpCollectGuidance: "on"}, false)
		s.d.Send(nav.OpenMiniProgramMsg{ID: "new-hope-member", Source: model.SourceSearch})
		s.expect("tip", "(press")
		s.keys("esc")
		got := kindsOf(s.events(), s.sessionID)
		n := len(got)
		if n < 2 || got[n-2] != "guidance_shown" || got[n-1] != "guidance_dismissed" {
			t.Errorf("events %v; want guidance_shown then guidance_dismissed", got)
		}
	})
}

func TestPaySuccessCouponsArms(t *testing.T) {
	t.Parallel()
	for _, arm := range []string{"on", "off"} {
		t.Run(arm, func(t *testing.T) {
			t.Parallel()
			s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 40,
				map[string]string{model.ExpPaySuccessCoupons: arm, model.ExpCollectGuidance: arm}, false)
			s.d.Send(nav.OpenMiniProgramMsg{ID: "new-hope-member", Source: model.SourceSearch})
			s.keys("enter", "enter")
			s.expect("paid", "Payment successful")
			v := s.view()
			if got := strings.Contains(v, "Nearby offers"); got != (arm == "on") {
				t.Errorf("pay_success_coupons=%s: nearby offers shown %v:\n%s", arm, got, v)
			}
			if got := strings.Contains(v, "press s"); got != (arm == "on") {
				t.Errorf("collect_guidance=%s: collect prompt shown %v", arm, got)
			}
			if got := kindsOf(s.events(), s.sessionID); !slices.Contains(got, "exposure:pay_success_coupons") {
				t.Errorf("no exposure in %v", got)
			}
		})
	}
}

func TestFeedRankingChronological(t *testing.T) {
	t.Parallel()
	first := func(arm string) model.PostID {
		s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, map[string]string{model.ExpFeedRanking: arm}, false)
		read := s.db.Recommended
		if arm == "chronological" {
			read = s.db.Latest
		}
		page, err := read("newuser", "", 1)
		if err != nil || len(page.Items) == 0 {
			t.Fatal(err)
		}
		s.keys("3")
		p := page.Items[0]
		s.expect(arm, ansi.Truncate(p.Title, 15, ""))
		return p.ID
	}
	if rec, chrono := first("recommended"), first("chronological"); rec == chrono {
		t.Fatalf("both arms lead with %s; the fixtures should tell them apart", rec)
	}
}

func TestSwitchPersonaInTheApp(t *testing.T) {
	t.Parallel()
	s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, nil, false)
	s.expect("start", "Lin Xiao")
	s.keys("P")
	s.expect("picker", "Switch persona", "Lin Xiao", "Chen Wei", "✓ now")
	s.keys("down", "enter")
	s.expect("switched", "Chen Wei")
	if s.app.Persona() != "returning" || s.app.Depth() != 0 {
		t.Fatalf("persona %s depth %d", s.app.Persona(), s.app.Depth())
	}
	s.keys("5")
	s.expect("returning's favourites", "KFC")
	evs := s.events()
	stop := uitest.Index(evs, uitest.Match{Kind: model.EventAppStop})
	if stop < 0 || evs[stop].Session != s.sessionID || evs[stop].Detail != "switch" || evs[stop].Persona != "newuser" {
		t.Fatalf("no app_stop for the old session: %+v", evs)
	}
	start := evs[stop+1]
	if start.Kind != model.EventAppStart || start.Persona != "returning" || start.Session != s.sessionID+"-switch1" || start.Detail != "switch" {
		t.Fatalf("after the stop: %+v", start)
	}
	if want := model.Assign(uitest.World(t).Experiments, "returning", nil); !reflect.DeepEqual(model.Assignment(start.Variants), want) {
		t.Errorf("new session variants %v; want returning's %v", start.Variants, want)
	}
}

func TestVariantsOnTheStatusLineOnlyWhenAsked(t *testing.T) {
	t.Parallel()
	forced := map[string]string{model.ExpCollectGuidance: "off"}
	s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 100, 30, forced, false)
	if strings.Contains(s.view(), "guide=off") {
		t.Fatal("variants shown before v")
	}
	s.keys("v")
	s.expect("v", "⚗ guide=off", "entry=") // arms off their control come first
	s.keys("v")
	if strings.Contains(s.view(), "guide=off") {
		t.Fatal("v did not hide the variants")
	}
}

func TestObserverPanel(t *testing.T) {
	t.Parallel()
	s := startExp(t, filepath.Join(t.TempDir(), "l.db"), "newuser", 160, 40, map[string]string{model.ExpCollectGuidance: "on"}, true)
	s.expect("panel", "Observer", "Chain funnel", "this session", "app start")
	phoneLine := strings.Split(s.view(), "\n")[0]
	if i, j := strings.Index(phoneLine, "╭"), strings.LastIndex(phoneLine, "╭"); i == j {
		t.Fatalf("the panel is not beside the phone: %q", phoneLine)
	}
	s.keys("/")
	s.typeText("New Hope")
	s.keys("enter", "s")
	s.d.Send(s.waits.Ready()...) // the log grew: the panel's wait ends
	s.expect("live", `search "New Hope" → 6`, "open mini program new-hope-member ← search 1005", "guidance accepted")
	if !strings.Contains(s.view(), "✓ +") {
		t.Fatalf("this session's funnel shows no step:\n%s", s.view())
	}
	f2 := tea.KeyPressMsg{Code: tea.KeyF2}
	s.d.Send(f2)
	if strings.Contains(s.view(), "Observer") {
		t.Fatal("F2 did not hide the panel")
	}
	s.d.Send(f2)
	s.expect("shown again", "Observer")
	// never inside the phone: too narrow for both, the panel takes the
	// phone's place, and F2 brings the phone back
	s.d.Send(tea.WindowSizeMsg{Width: 109, Height: 40})
	if v := s.view(); !strings.Contains(v, "Observer") || strings.Contains(v, "5G ▂▄▆█") {
		t.Fatalf("the panel is not in the phone's place in a 109-column terminal:\n%s", v)
	}
	s.d.Send(f2)
	if v := s.view(); strings.Contains(v, "Observer") || !strings.Contains(v, "5G ▂▄▆█") {
		t.Fatalf("F2 did not bring the phone back in a 109-column terminal:\n%s", v)
	}
	s.d.Send(f2)
	for w := 100; w <= 170; w += 5 {
		for _, h := range []int{16, 24, 40, 50} {
			s.d.Send(tea.WindowSizeMsg{Width: w, Height: h})
			uitest.FitsFrame(t, "with the observer panel", s.d.View(), w, h)
		}
	}
}

// TestFunnelOfFourSessions is the acceptance walk: the new persona
// walks the chain in two sessions with collect_guidance=off, the returning
// persona in two more with it on; the funnel by variant splits the four
// sessions with the right counts.
func TestFunnelOfFourSessions(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "l.db")
	walk := func(p model.PersonaID, arm string, revisit func(s *expSession)) {
		forced := map[string]string{model.ExpCollectGuidance: arm}
		// first session: search, open from search, collect
		s := startExp(t, path, p, 100, 30, forced, false)
		s.keys("/")
		s.typeText("New Hope")
		s.keys("enter", "s", "esc", "q")
		_ = s.db.Close()
		// second session: back through the grid or My Mini Programs
		s = startExp(t, path, p, 100, 30, forced, false)
		revisit(s)
		s.expect("revisit", "New Hope Member Service", "Services")
		s.keys("q")
		_ = s.db.Close()
	}
	walk("newuser", "off", func(s *expSession) { s.keys("1", "down", "enter") })
	walk("returning", "on", func(s *expSession) { s.keys("5", "down", "down", "down", "down", "enter") })

	evs := uitest.Events(t, uitest.OpenAt(t, path))
	groups := model.FunnelByVariant(evs, 7)
	counts := map[string][]int{}
	for _, g := range groups {
		c := []int{g.Funnel.Sessions}
		for _, st := range g.Funnel.Steps {
			c = append(c, st.Count)
		}
		counts[g.Name()] = c
	}
	for name, want := range map[string][]int{
		"all":                  {4, 2, 2, 2, 2},
		"collect_guidance=off": {2, 1, 1, 1, 1},
		"collect_guidance=on":  {2, 1, 1, 1, 1},
	} {
		if !reflect.DeepEqual(counts[name], want) {
			t.Errorf("%s: sessions, search, open, collect, revisit = %v; want %v", name, counts[name], want)
		}
	}
	accepted := uitest.Index(evs, uitest.Match{Kind: model.EventGuidanceAccepted})
	if accepted < 0 || evs[accepted].Persona != "returning" {
		t.Errorf("the on arm's collect was not recorded as guidance accepted")
	}
}
