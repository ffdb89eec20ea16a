package compose

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

// kept is the newuser's draft kept at place at, failing the test on a
// store error.
func kept(t *testing.T, st store.Store, at model.GroupID) (model.Draft, bool) {
	t.Helper()
	d, ok, err := st.KeptDraft("newuser", at)
	if err != nil {
		t.Fatal(err)
	}
	return d, ok
}

// closed reports whether the editor asked to close: a BackMsg among what
// it emitted.
func closed(d *uitest.Screen) bool {
	return slices.ContainsFunc(d.Emitted, func(m tea.Msg) bool { _, ok := m.(nav.BackMsg); return ok })
}

// write fills title, text and topic and picks the first group.
func write(d *uitest.Screen) {
	d.Send(uitest.Type("Dumplings on Wuding Road")...)
	d.Keys("tab")
	d.Send(uitest.Type("12 yuan.")...)
	d.Keys("enter")
	d.Send(uitest.Type("Queue before noon.")...)
	d.Keys("tab")
	d.Send(uitest.Type("#dumplings")...)
	d.Keys("tab", "right")
}

func joined(t *testing.T, st store.Store) {
	t.Helper()
	if _, _, err := st.ToggleGroup(uitest.Env(st, "newuser").Actor(), "shanghai-foodies"); err != nil {
		t.Fatal(err)
	}
}

var written = model.Draft{Title: "Dumplings on Wuding Road", Body: "12 yuan.\nQueue before noon.", Topic: "#dumplings", GroupID: "shanghai-foodies"}

// esc with writing asks Keep draft? and closes nothing; k keeps every
// field on disk before the editor closes, and says so.
func TestEscAsksAndKeepKeeps(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	joined(t, st)
	d, m := open(t, st, "", 48, 24)
	write(d)
	d.Keys("esc")
	uitest.MustContain(t, d, "Keep draft?", "k keep · d discard", "esc back to editing")
	if len(d.Emitted) != 0 {
		t.Fatalf("esc emitted %#v; it must only ask", d.Emitted)
	}
	if got := help(m); got != "k keep draft, d discard draft, esc back to editing" {
		t.Fatalf("help at the prompt = %s", got)
	}
	d.Keys("k")
	got, ok := kept(t, st, "")
	if !ok || got != written {
		t.Fatalf("kept %+v (%v), want %+v", got, ok, written)
	}
	if !closed(d) {
		t.Fatalf("k did not close the editor: %#v", d.Emitted)
	}
	if s, ok := d.Last().(screen.StatusMsg); !ok || s.Text != "Draft kept: n brings it back" {
		t.Fatalf("notice %#v", d.Last())
	}
	if _, isBack := d.Emitted[0].(nav.BackMsg); !isBack {
		t.Fatalf("the editor must close before the notice: %#v", d.Emitted)
	}
}

// The next editor opened in the same place starts from the kept draft,
// every field of it, and says so; so does one after a restart.
func TestKeptDraftComesBackAlsoAfterARestart(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	joined(t, st)
	d, _ := open(t, st, "", 48, 24)
	write(d)
	d.Keys("esc", "k")
	check := func(st store.Store, when string) {
		d, m := open(t, st, "", 48, 24)
		if got := m.draft(); got != written {
			t.Fatalf("%s: the form holds %+v, want %+v", when, got, written)
		}
		uitest.MustContain(t, d, "Draft restored", "Dumplings on Wuding Road", "Queue before noon.", "#dumplings", "Shanghai Foodies")
		d.Send(uitest.Type("!")...) // typing goes on after the title
		if m.title.Value() != written.Title+"!" {
			t.Fatalf("%s: title %q after typing", when, m.title.Value())
		}
		if strings.Contains(uitest.Plain(d), "Draft restored") {
			t.Fatalf("%s: the restored note outlives typing", when)
		}
	}
	check(st, "reopened")
	check(uitest.Reopen(t, st), "after a restart")
}

// d discards: the editor closes and nothing is kept, not even a draft
// kept before.
func TestDiscardDropsTheDraft(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	if err := st.KeepDraft("newuser", "", model.Draft{Title: "older"}); err != nil {
		t.Fatal(err)
	}
	d, _ := open(t, st, "", 48, 24)
	d.Send(uitest.Type(" and newer")...)
	d.Keys("esc", "d")
	if !closed(d) {
		t.Fatalf("d did not close the editor: %#v", d.Emitted)
	}
	if got, ok := kept(t, st, ""); ok {
		t.Fatalf("discarded, yet kept %+v", got)
	}
	if s, ok := d.Last().(screen.StatusMsg); !ok || s.Text != "Draft discarded" {
		t.Fatalf("notice %#v", d.Last())
	}
}

// esc at the prompt goes back to the form with the writing intact, and
// every other key does nothing while the prompt is up.
func TestPromptIsModal(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, m := open(t, st, "", 48, 24)
	d.Send(uitest.Type("half a thought")...)
	d.Keys("esc")
	before := d.View()
	for _, k := range []tea.Msg{uitest.Key("q"), uitest.Key("x"), uitest.Key("enter"), uitest.Key("tab"),
		uitest.Key("backspace"), uitest.Key("up"), uitest.Key("1"), ctrlS, tea.PasteMsg{Content: "pasted"}} {
		d.Send(k)
		if d.View() != before || len(d.Emitted) != 0 {
			t.Fatalf("%v at the prompt changed the page or emitted %#v", k, d.Emitted)
		}
	}
	d.Keys("esc")
	if strings.Contains(uitest.Plain(d), "Keep draft?") || len(d.Emitted) != 0 {
		t.Fatalf("esc at the prompt: emitted %#v\n%s", d.Emitted, uitest.Plain(d))
	}
	d.Send(uitest.Type(", whole")...)
	if m.title.Value() != "half a thought, whole" {
		t.Fatalf("title %q", m.title.Value())
	}
	if _, ok := kept(t, st, ""); ok || len(uitest.State(t, st, "newuser").OwnPosts) != 0 {
		t.Fatal("going back to editing kept or published something")
	}
}

// An editor with nothing written closes at once; one whose restored
// draft was emptied closes at once too and drops the draft, so it does
// not come back.
func TestEmptyEditorClosesWithoutAsking(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, "wild-food-camp", 48, 24) // a preset group is not writing
	d.Send(uitest.Type("  ")...)
	d.Keys("esc")
	if !closed(d) || strings.Contains(uitest.Plain(d), "Keep draft?") {
		t.Fatalf("an empty editor asked: %#v", d.Emitted)
	}
	if err := st.KeepDraft("newuser", "", model.Draft{Title: "ab"}); err != nil {
		t.Fatal(err)
	}
	d, _ = open(t, st, "", 48, 24)
	d.Keys("backspace", "backspace", "esc")
	if !closed(d) {
		t.Fatalf("an emptied editor did not close: %#v", d.Emitted)
	}
	if _, ok := kept(t, st, ""); ok {
		t.Fatal("the emptied draft is still kept")
	}
}

// A draft belongs to where it was written: the Life feed's does not show
// in a group's editor, nor the other way round, nor another persona's.
func TestDraftsAreKeptPerPlaceAndPersona(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	d, _ := open(t, st, "wild-food-camp", 48, 24)
	d.Send(uitest.Type("from the camp")...)
	d.Keys("esc", "k")
	if got, ok := kept(t, st, "wild-food-camp"); !ok || got.Title != "from the camp" || got.GroupID != "wild-food-camp" {
		t.Fatalf("kept in the group: %+v, %v", got, ok)
	}
	_, life := open(t, st, "", 48, 24)
	if !life.draft().Empty() {
		t.Fatalf("the group's draft came back in the feed: %+v", life.draft())
	}
	other := New(uitest.Env(st, "returning"), nav.OpenComposeMsg{Group: "wild-food-camp"})
	uitest.NewScreen(t, other, 48, 24)
	if !other.draft().Empty() {
		t.Fatalf("newuser's draft came back for returning: %+v", other.draft())
	}
	_, again := open(t, st, "wild-food-camp", 48, 24)
	if again.draft().Title != "from the camp" {
		t.Fatalf("the group's draft did not come back: %+v", again.draft())
	}
}

// Publishing drops the kept draft: the next editor starts empty.
func TestPublishingDropsTheDraft(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	if err := st.KeepDraft("newuser", "", model.Draft{Title: "Kept title", Body: "kept text"}); err != nil {
		t.Fatal(err)
	}
	d, _ := open(t, st, "", 48, 24)
	d.Send(ctrlS)
	if len(uitest.State(t, st, "newuser").OwnPosts) != 1 || !closed(d) {
		t.Fatalf("the restored draft did not publish: %#v", d.Emitted)
	}
	if got, ok := kept(t, st, ""); ok {
		t.Fatalf("published, yet still kept: %+v", got)
	}
}

// A hostile draft on disk (control sequences, too long, too many lines)
// comes back clean and within the limits.
func TestHostileKeptDraftIsDrawnClean(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	body := strings.Repeat("line\n", 150) + "\x1b]52;c;cHduZWQ=\x07end"
	if err := st.KeepDraft("newuser", "", model.Draft{Title: "\x1b[2Jwiped", Body: body}); err != nil {
		t.Fatal(err)
	}
	d, m := open(t, st, "", 48, 24)
	if m.title.Value() != "wiped" || m.body.LineCount() > maxBodyLines {
		t.Fatalf("title %q, %d lines", m.title.Value(), m.body.LineCount())
	}
	if bad := uitest.UnsafeControls(d.View()); len(bad) > 0 {
		t.Fatalf("control sequences on screen: %q", bad)
	}
}

// The prompt fits every phone size the editor meets, with and without
// colour, and stays readable at the smallest.
func TestPromptFits(t *testing.T) {
	t.Parallel()
	for _, colorless := range []bool{false, true} {
		for _, w := range []int{38, 48, 52} {
			for _, h := range []int{8, 12, 16, 24, 34} {
				env := uitest.Env(uitest.OpenStore(t), "newuser")
				env.Styles = styles.For(true, colorless)
				m := New(env, nav.OpenComposeMsg{})
				d := uitest.NewScreen(t, m, w, h)
				d.Send(uitest.Type("a thought")...)
				d.Keys("esc")
				what := fmt.Sprintf("prompt at %dx%d, colourless %v", w, h, colorless)
				uitest.ExactSize(t, what, d.View(), w, h)
				uitest.MustContain(t, d, "Keep draft?", "k keep · d discard", "esc back to editing")
			}
		}
	}
}

// help is the short help as "key desc" pairs.
func help(m *Editor) string {
	var out []string
	for _, b := range m.ShortHelp() {
		out = append(out, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(out, ", ")
}

// The full help names esc for what it does in the editor.
func TestFullHelpNamesTheDraftPrompt(t *testing.T) {
	t.Parallel()
	_, m := open(t, uitest.OpenStore(t), "", 48, 24)
	var all []string
	for _, col := range m.FullHelp() {
		for _, b := range col {
			all = append(all, b.Help().Key+" "+b.Help().Desc)
		}
	}
	if !slices.Contains(all, "esc keep or discard draft") {
		t.Fatalf("full help %q", all)
	}
}
