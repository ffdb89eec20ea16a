package main

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"lifesim/internal/sshtest"
	"lifesim/model"
)

// End-to-end tests of `lifesim serve` with the real OpenSSH client: the
// program in a child process on a random loopback port, participants as
// `ssh -tt` in 100×30 terminals read through an emulator (internal/sshtest).
// They skip where there is no ssh (.ci/run installs it).

// openHome connects name to the room and waits for the app's Home.
func openHome(t *testing.T, r *servedRoom, name string) *sshtest.Terminal {
	t.Helper()
	term := r.client.Open(t, name, 100, 30)
	term.WaitFor("My Mini Programs", onScreen)
	return term
}

// collect searches query from Home, opens the first result (a mini
// program) and collects it: it returns once ★ is in the capsule, the
// participant's acknowledgement that the collect is stored.
func collect(term *sshtest.Terminal, query, title string) {
	term.Press("2")
	term.WaitFor("ctrl+c quit", onScreen) // Search, typing
	term.Press(query)
	term.WaitFor(title, onScreen)
	term.Press("enter")
	term.WaitFor("( ☆ │ ⋯ ◎ )", onScreen)
	term.Press("s")
	term.WaitFor("( ★ │ ⋯ ◎ )", onScreen)
}

// quit presses q and checks that the client ends with status 0 and the
// goodbye line.
func quit(t *testing.T, term *sshtest.Terminal) {
	t.Helper()
	quitWith(t, term, "q")
}

// quitWith quits with key (ctrl+c while typing).
func quitWith(t *testing.T, term *sshtest.Terminal, key string) {
	t.Helper()
	term.Press(key)
	if code := term.Wait(clientExit); code != 0 {
		t.Errorf("ssh exit status %d after q, want 0\n%s", code, term.Output())
	}
	if out := term.Output(); !strings.Contains(out, "Goodbye. Everything you did is saved") {
		t.Errorf("no goodbye after q; the output ends:\n%s", tail(out))
	}
	if !term.Restored() {
		t.Error("the client's terminal is left on the alternate screen or without a cursor")
	}
}

// tail is the end of a client's output, for a failure's message: the
// frames before it are noise.
func tail(out string) string {
	if r := []rune(out); len(r) > 300 {
		return "…" + string(r[len(r)-300:])
	}
	return out
}

// personaState is the part of `lifesim state --json` these tests read.
type personaState struct {
	Persona    string   `json:"persona"`
	Favourites []string `json:"favourites"`
	Follows    []struct {
		Account string `json:"account"`
	} `json:"follows"`
}

func stateOf(t *testing.T, r *servedRoom, persona string) personaState {
	t.Helper()
	var st personaState
	out := r.local(t, "--persona", persona, "state", "--json").stdout
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("state --persona %s --json: %v\n%s", persona, err, out)
	}
	return st
}

func (st personaState) follows() []string {
	var ids []string
	for _, f := range st.Follows {
		ids = append(ids, f.Account)
	}
	return ids
}

// Two participants walk at the same time, each as their own persona: alice
// the whole chain for KFC (search, open, collect, back, the life account,
// follow), bob New Hope's mini program (collect, and follow from its page).
// Afterwards each one's state holds their own actions only.
func TestServeTwoParticipantsWalkTheChain(t *testing.T) {
	t.Parallel()
	r := serveRoom(t)
	t.Run("walk", func(t *testing.T) {
		t.Run("alice", func(t *testing.T) {
			t.Parallel()
			term := openHome(t, r, "alice")
			collect(term, "kfc", "KFC Self-Service Ordering")
			term.Press("esc")
			term.WaitFor("★ collected", onScreen)
			term.Press("down")
			term.WaitFor("› 👤 KFC", onScreen)
			term.Press("enter")
			term.WaitFor("[ + Follow ]", onScreen)
			term.Press("f")
			term.WaitFor("✓ Following KFC", onScreen)
			quit(t, term)
		})
		t.Run("bob", func(t *testing.T) {
			t.Parallel()
			term := openHome(t, r, "bob")
			collect(term, "new hope", "New Hope Member Service")
			term.Press("f")
			term.WaitFor("✓ Following New Hope Dairy", onScreen)
			quit(t, term)
		})
	})
	r.stopped(t)
	for _, tc := range []struct {
		persona, favourite, follow string
	}{
		{"alice", "kfc-ordering", "kfc"},
		{"bob", "new-hope-member", "new-hope-dairy"},
	} {
		st := stateOf(t, r, tc.persona)
		if st.Persona != tc.persona || !slices.Equal(st.Favourites, []string{tc.favourite}) || !slices.Equal(st.follows(), []string{tc.follow}) {
			t.Errorf("%s's state: persona %q, favourites %v, follows %v; want only %s and %s",
				tc.persona, st.Persona, st.Favourites, st.follows(), tc.favourite, tc.follow)
		}
	}
	for _, ev := range r.events(t) {
		if ev.Persona != "alice" && ev.Persona != "bob" {
			t.Errorf("an event of persona %q in a room of alice and bob: %+v", ev.Persona, ev)
		}
	}
}

// A client without a PTY (ssh -T) is told in one line and gets status 1.
func TestServeRefusesAClientWithoutATerminal(t *testing.T) {
	t.Parallel()
	r := serveRoom(t)
	res := r.client.Run(t, clientExit, "alice")
	if res.Code != 1 {
		t.Errorf("ssh -T: status %d, want 1", res.Code)
	}
	if lines := strings.Fields(strings.TrimSpace(strings.ReplaceAll(res.Stderr, "\r", ""))); len(lines) == 0 ||
		!strings.HasPrefix(res.Stderr, "lifesim: ") || strings.Count(strings.TrimSpace(res.Stderr), "\n") != 0 {
		t.Errorf("stderr is not one \"lifesim: …\" line: %q", res.Stderr)
	}
	if !strings.Contains(res.Stderr, "needs a terminal") {
		t.Errorf("stderr does not say a terminal is needed: %q", res.Stderr)
	}
}

// refused connects name with a terminal and checks that the server turns
// it away with status 1 and one "lifesim: …" line holding want.
func refused(t *testing.T, r *servedRoom, name, want string) {
	t.Helper()
	term := r.client.Open(t, name, 100, 30)
	if code := term.Wait(clientExit); code != 1 {
		t.Errorf("%.40q: ssh status %d, want 1; the output ends:\n%s", name, code, tail(term.Output()))
	}
	out := strings.TrimSpace(term.Output())
	if !strings.HasPrefix(out, "lifesim: ") || strings.Contains(out, "\n") || !strings.Contains(out, want) {
		t.Errorf("%.40q: want one \"lifesim: …\" line with %q, got %q", name, want, out)
	}
}

// With --max-sessions 1, a second participant is turned away while the
// first is in; a name already connected is too; and once the first has
// left, the room has a seat again.
func TestServeMaxSessions(t *testing.T) {
	t.Parallel()
	r := serveRoom(t, "--max-sessions", "1")
	alice := openHome(t, r, "alice")
	refused(t, r, "bob", "the room is full")
	quit(t, alice)
	bob := openHome(t, r, "bob")
	quit(t, bob)
	r.stopped(t)
}

// A name already connected is turned away; the first session goes on.
func TestServeNameAlreadyConnected(t *testing.T) {
	t.Parallel()
	r := serveRoom(t)
	alice := openHome(t, r, "alice")
	refused(t, r, "alice", "alice is already connected")
	alice.Press("2")
	alice.WaitFor("ctrl+c quit", onScreen)
	quitWith(t, alice, "ctrl+c")
	r.stopped(t)
}

// Names that are not letters, digits, - and _ up to 32 are refused with
// one line, and no persona is made for them; a good name is.
func TestServeRefusesBadNames(t *testing.T) {
	t.Parallel()
	r := serveRoom(t)
	for _, tc := range []struct{ name, want string }{
		{"../x", `cannot connect as "../x"`},
		{strings.Repeat("a", 300), "the name is 300 characters long; at most 32 are allowed"},
		{"al\x01ice", `not '\x01'`},
	} {
		refused(t, r, tc.name, tc.want)
	}
	quit(t, openHome(t, r, "carol"))
	r.stopped(t)
	personas := r.local(t, "personas").stdout
	if !strings.Contains(personas, "carol") {
		t.Errorf("the participant carol is not among the personas:\n%s", personas)
	}
	for _, bad := range []string{"x", "../x", "aaaa", "alice"} {
		for _, line := range strings.Split(personas, "\n") {
			if strings.HasPrefix(line, bad+" ") {
				t.Errorf("a persona was made for a refused name: %q", line)
			}
		}
	}
}

// SIGTERM with two participants connected, each with a collect on screen:
// both clients get the goodbye line and their terminal back, the room
// exits 0 within 5 s, and the store holds both collects and an app_stop
// for each session.
func TestServeSIGTERMEndsEverySession(t *testing.T) {
	t.Parallel()
	r := serveRoom(t)
	terms := map[string]*sshtest.Terminal{"alice": openHome(t, r, "alice"), "bob": openHome(t, r, "bob")}
	collect(terms["alice"], "kfc", "KFC Self-Service Ordering")
	collect(terms["bob"], "new hope", "New Hope Member Service")
	if code, took := r.stop(t); code != 0 || took > 5*time.Second {
		t.Errorf("SIGTERM: exit %d after %v, want 0 within 5s\nstderr: %s", code, took, r.stderr.String())
	}
	for name, term := range terms {
		code := term.Wait(clientExit)
		if out := term.Output(); !strings.Contains(out, "The room has closed.") {
			t.Errorf("%s (ssh status %d) got no goodbye; the output ends:\n%s", name, code, tail(out))
		}
		if !term.Restored() {
			t.Errorf("%s's terminal is left on the alternate screen or without a cursor", name)
		}
	}
	sessions := map[string]map[string]bool{} // persona → session → ended
	for _, ev := range r.events(t) {
		p := string(ev.Persona)
		if sessions[p] == nil {
			sessions[p] = map[string]bool{}
		}
		sessions[p][ev.Session] = sessions[p][ev.Session] || ev.Kind == model.EventAppStop
	}
	for _, tc := range []struct{ persona, favourite string }{{"alice", "kfc-ordering"}, {"bob", "new-hope-member"}} {
		if len(sessions[tc.persona]) != 1 {
			t.Errorf("%s has %d sessions in the log, want 1", tc.persona, len(sessions[tc.persona]))
		}
		for id, ended := range sessions[tc.persona] {
			if !ended {
				t.Errorf("%s's session %s has no app_stop", tc.persona, id)
			}
		}
		if st := stateOf(t, r, tc.persona); !slices.Equal(st.Favourites, []string{tc.favourite}) {
			t.Errorf("%s's collect, acknowledged on screen, is lost: favourites %v", tc.persona, st.Favourites)
		}
	}
}

// Admin commands over SSH: with a key listed in --admins they answer with
// the local command's output, while the room is in session; with any other
// key they are refused with "not allowed" and status 1.
func TestServeAdminCommands(t *testing.T) {
	t.Parallel()
	sshtest.SSH(t)
	keys := t.TempDir()
	adminKey := sshtest.NewKey(t, keys, "admin_ed25519")
	r := serveRoom(t, "--admins", sshtest.WriteAuthorized(t, keys, "admins", adminKey))
	admin := r.client
	admin.Key = adminKey

	alice := openHome(t, r, "alice")
	collect(alice, "kfc", "KFC Self-Service Ordering")
	live := admin.Run(t, clientExit, "admin", "funnel", "--by", "variant")
	if live.Code != 0 || !regexp.MustCompile(`(?m)^\s+all\s+1\s+1 \(100%\)`).MatchString(live.Stdout) {
		t.Errorf("funnel while alice is connected: status %d, want her session counted\n%s%s", live.Code, live.Stdout, live.Stderr)
	}
	quit(t, alice)

	commands := [][]string{{"funnel", "--by", "variant"}, {"events", "--format", "csv"}, {"state", "--persona", "alice", "--json"}}
	remote := make([]sshtest.Result, len(commands))
	for i, c := range commands {
		remote[i] = admin.Run(t, clientExit, "admin", c...)
		if no := r.client.Run(t, clientExit, "alice", c...); no.Code != 1 || !strings.Contains(no.Stderr, "not allowed") {
			t.Errorf("%v with a participant's key: status %d, stderr %q; want 1 and not allowed", c, no.Code, no.Stderr)
		}
	}
	r.stopped(t)
	for i, c := range commands {
		local := r.local(t, c...)
		if remote[i].Code != 0 || remote[i].Stdout != local.stdout {
			t.Errorf("%v over SSH (status %d) differs from the local command:\n--- ssh ---\n%s%s--- local ---\n%s",
				c, remote[i].Code, remote[i].Stdout, remote[i].Stderr, local.stdout)
		}
	}
}
