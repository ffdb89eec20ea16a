package serve

import (
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"lifesim/model"
)

// A client without a PTY hears why in one line and gets status 1.
func TestNoTerminal(t *testing.T) {
	r := startRoom(t, nil)
	_, errOut, code := r.run("alice", nil, "")
	if code != 1 || !strings.HasPrefix(errOut, "lifesim: the app needs a terminal") {
		t.Fatalf("status %d, stderr %q", code, errOut)
	}
}

// A bad name is refused before anything is written.
func TestBadNames(t *testing.T) {
	r := startRoom(t, nil)
	for _, name := range []string{"../x", "a\x1b[2Jb", strings.Repeat("n", 300)} {
		sc := r.open(name)
		sc.waitFor("lifesim: cannot connect as")
		sc.ended()
		if _, err := r.db.Persona(model.PersonaID(name)); err == nil {
			t.Fatalf("%q: a persona was made", name)
		}
	}
}

// Admin commands run for admin keys only.
func TestAdminCommands(t *testing.T) {
	r := startRoom(t, nil)
	out, _, code := r.run("root", r.admin, "funnel --by variant")
	if code != 0 || out != "admin ok\n" {
		t.Fatalf("admin: status %d, %q", code, out)
	}
	_, errOut, code := r.run("root", nil, "funnel")
	if code != 1 || !strings.Contains(errOut, "not allowed") {
		t.Fatalf("not an admin: status %d, %q", code, errOut)
	}
}

// With --allow, keys not listed are not let in.
func TestAllowList(t *testing.T) {
	allowed, _ := newKey(t)
	r := startRoom(t, func(c *Config) { c.Allow = []Key{allowed.PublicKey()} })
	out, _, code := r.run("root", r.admin, "events") // admins may always connect
	if code != 0 || out != "admin ok\n" {
		t.Fatalf("admin: %d %q", code, out)
	}
	stranger, _ := newKey(t)
	_, err := gossh.Dial("tcp", r.l.Addr().String(), &gossh.ClientConfig{
		User: "alice", Auth: []gossh.AuthMethod{gossh.PublicKeys(stranger)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
	})
	if err == nil || !strings.Contains(err.Error(), "unable to authenticate") {
		t.Fatalf("a key not in --allow: %v", err)
	}
}

// At MaxSessions, and for a name already connected, the client is turned
// away in one line.
func TestFullAndTaken(t *testing.T) {
	r := startRoom(t, func(c *Config) { c.MaxSessions = 1 })
	alice := r.open("alice")
	alice.waitFor("Home")
	waitLen(t, r.l.sv.room, 1)
	bob := r.open("bob")
	bob.waitFor("lifesim: the room is full (1 sessions)")
	bob.ended()
	again := r.open("alice")
	again.waitFor("lifesim: the room is full")
	again.ended()
}

func TestNameTaken(t *testing.T) {
	r := startRoom(t, nil)
	alice := r.open("alice")
	alice.waitFor("Home")
	again := r.open("alice")
	again.waitFor("lifesim: alice is already connected")
	again.ended()
}

// Shutdown ends every session the way quitting does: app_stop with
// "shutdown", a goodbye line, and Serve returns.
func TestShutdownEndsSessions(t *testing.T) {
	r := startRoom(t, nil)
	alice, bob := r.open("alice"), r.open("bob")
	alice.waitFor("Home")
	bob.waitFor("Home")
	waitLen(t, r.l.sv.room, 2)
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	for _, sc := range []*screen{alice, bob} {
		sc.ended()
		if !strings.Contains(sc.text(), "The room has closed") {
			t.Fatalf("no goodbye:\n%s", sc.text())
		}
	}
	got := stops(t, r.db)
	for _, p := range []model.PersonaID{"alice", "bob"} {
		if len(got[p]) != 1 || got[p][0] != "shutdown" {
			t.Fatalf("%s stops: %v", p, got[p])
		}
	}
}

// A participant starts empty, as a new persona of their own, and a quit
// says goodbye.
func TestParticipantQuits(t *testing.T) {
	r := startRoom(t, nil)
	sc := r.open("carol")
	sc.waitFor("Home")
	sc.keys("q")
	sc.ended()
	if !strings.Contains(sc.text(), "Goodbye") {
		t.Fatalf("no goodbye:\n%s", sc.text())
	}
	p, err := r.db.Persona("carol")
	if err != nil || p.Name != "carol" {
		t.Fatalf("persona %+v, %v", p, err)
	}
	if got := stops(t, r.db)["carol"]; len(got) != 1 || got[0] != "" {
		t.Fatalf("carol's stops: %v", got)
	}
}

// An idle session ends with app_stop "idle".
func TestIdle(t *testing.T) {
	r := startRoom(t, func(c *Config) { c.Idle = 300 * time.Millisecond })
	sc := r.open("dave")
	sc.waitFor("Home")
	sc.ended()
	if !strings.Contains(sc.text(), "without a key") {
		t.Fatalf("no idle goodbye:\n%s", sc.text())
	}
	if got := stops(t, r.db)["dave"]; len(got) != 1 || got[0] != "idle" {
		t.Fatalf("dave's stops: %v", got)
	}
}

// A dropped connection still ends the session with app_stop.
func TestDisconnect(t *testing.T) {
	r := startRoom(t, nil)
	sc := r.open("erin")
	sc.waitFor("Home")
	_ = sc.s.Close()
	waitLen(t, r.l.sv.room, 0)
	if got := stops(t, r.db)["erin"]; len(got) != 1 || got[0] != "disconnect" {
		t.Fatalf("erin's stops: %v", got)
	}
}

// A connection dropped just after a key leaves the action whole: either
// the collect and its event are both in the store, or neither is.
func TestDropMidAction(t *testing.T) {
	r := startRoom(t, nil)
	sc := r.open("frank")
	sc.waitFor("Home")
	sc.keys("2")
	sc.waitFor("Search")
	sc.keys("kfc")
	sc.waitFor("KFC Self-Service Ordering")
	sc.keys("\r")
	sc.waitFor("Services")
	sc.keys("s")
	_ = sc.s.Close()
	waitLen(t, r.l.sv.room, 0)
	st, err := r.db.State("frank")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := r.db.LatestEvents(500)
	if err != nil {
		t.Fatal(err)
	}
	collects := 0
	for _, e := range evs {
		if e.Persona == "frank" && e.Kind == model.EventCollect {
			collects++
		}
	}
	if collects != len(st.Favourites) {
		t.Fatalf("%d collect events, %d favourites", collects, len(st.Favourites))
	}
}

// esc, sent alone as a terminal sends it, is the Escape key: it leaves
// Search's box, so the 5 after it switches tab instead of being typed.
func TestEscLeavesTheBox(t *testing.T) {
	r := startRoom(t, nil)
	sc := r.open("gina")
	sc.waitFor("Home")
	sc.keys("2")
	sc.waitFor("↓/esc leave")
	mark := len(sc.text())
	sc.keys("\x1b")
	sc.waitForAfter(mark, "enter search • tab next tab") // the box let go, so 5 comes on its own
	sc.keys("5")
	deadline := time.Now().Add(10 * time.Second)
	for r.l.sv.room.Participants()[0].Where != "My Mini Programs" {
		if time.Now().After(deadline) {
			t.Fatalf("esc did not leave the box; where = %q", r.l.sv.room.Participants()[0].Where)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// input turns a lone ESC into the Escape key, and leaves sequences alone.
func TestInputEsc(t *testing.T) {
	st := &seat{}
	for in, want := range map[string]string{"\x1b": "\x1b[27u", "\x1b[A": "\x1b[A", "\x1bx": "\x1bx", "q": "q"} {
		buf := make([]byte, 64)
		n, _ := input{strings.NewReader(in), st}.Read(buf)
		if got := string(buf[:n]); got != want {
			t.Errorf("%q read as %q, want %q", in, got, want)
		}
	}
}
