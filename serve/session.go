package serve

import (
	"fmt"
	"io"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"

	"lifesim/cli"
	"lifesim/model"
	"lifesim/ui"
)

// The middlewares, outermost first (wish runs the last listed first):
// commands answers `ssh host funnel` for admins; needTerminal turns away
// a session without a PTY; admit checks the name and takes a seat; the
// Bubble Tea middleware runs the seat's app.

// seatKey holds the admitted seat in the session's context, from admit to
// the program handler.
type seatKey struct{}

// commands runs an admin command (a session with a command) instead of
// the app, for admin keys only.
func (sv *server) commands(next ssh.Handler) ssh.Handler {
	return func(s ssh.Session) {
		if len(s.Command()) == 0 {
			next(s)
			return
		}
		if !sv.access.admin(s) {
			refuse(s, "not allowed: admin commands need a key listed in --admins")
			return
		}
		sv.busy.Add(1)
		defer sv.busy.Done()
		root := sv.cfg.Commands()
		root.SetContext(s.Context())
		_ = s.Exit(cli.Run(root, s.Command(), s, s.Stderr()))
	}
}

// needTerminal turns away a session without a PTY: the app cannot draw.
func needTerminal(next ssh.Handler) ssh.Handler {
	return func(s ssh.Session) {
		if _, _, ok := s.Pty(); !ok {
			refuse(s, "the app needs a terminal: connect with ssh -t -p PORT NAME@host")
			return
		}
		next(s)
	}
}

// admit checks the name, takes a seat in the room, makes the participant
// the first time, runs the app (next), then frees the seat and says
// goodbye.
func (sv *server) admit(next ssh.Handler) ssh.Handler {
	return func(s ssh.Session) {
		name := s.User()
		if err := model.CheckParticipantName(name); err != nil {
			refuse(s, fmt.Sprintf("cannot connect as %q: %v", model.CleanLine(limitName(name)), err))
			return
		}
		st, err := sv.seat(s, name)
		if err != nil {
			refuse(s, err.Error())
			return
		}
		defer sv.room.leave(st)
		sv.busy.Add(1)
		defer sv.busy.Done()
		s.Context().SetValue(seatKey{}, st)
		next(s)
		wish.Println(s, "\r\n"+goodbye(st.ended(), sv.cfg.Idle)+"\r")
		_ = s.Exit(0)
	}
}

// seat admits the session: a seat in the room, then the persona.
func (sv *server) seat(s ssh.Session, name string) (*seat, error) {
	st := &seat{
		room: sv.room, name: name, session: ui.NewSessionID(),
		remote: s.RemoteAddr().String(), since: time.Now(), input: time.Now(),
		admin: sv.access.admin(s),
	}
	if err := sv.room.join(st); err != nil {
		return nil, err
	}
	p, _, err := sv.cfg.Store.AddParticipant(model.PersonaID(name), model.DefaultPersona)
	if err != nil {
		sv.room.leave(st)
		return nil, err
	}
	// The console may list the seat already: it reads these under mu.
	st.mu.Lock()
	st.persona = p
	st.arms = model.Assign(sv.cfg.Experiments, p.ID, sv.cfg.Forced)
	st.mu.Unlock()
	sv.room.touched()
	return st, nil
}

// program is the Bubble Tea middleware's handler: the seat's app, on the
// room's store and clock.
func (sv *server) program(s ssh.Session) *tea.Program {
	st, _ := s.Context().Value(seatKey{}).(*seat)
	if st == nil {
		return nil
	}
	cfg := sv.cfg
	app := ui.New(ui.Options{
		Store: cfg.Store, Persona: st.persona.ID, PersonaName: st.persona.Name,
		Clock: cfg.Clock, Settings: cfg.Settings,
		Experiments: cfg.Experiments, Forced: cfg.Forced,
		NewSession:  func() string { return st.session },
		Participant: !st.admin,
		Observer:    st.admin, // the room as events land; participants open theirs with F2
		OnWhere:     st.setWhere,
		NoMouse:     cfg.NoMouse,
	})
	opts := append(bm.MakeOptions(s), tea.WithInput(input{newLimitedInput(s.Context(), s), st}), tea.WithoutSignalHandler(), tea.WithFilter(st.filter))
	p := tea.NewProgram(app, opts...)
	st.setProgram(p)
	return p
}

// filter sees every message before the app: input keeps the session from
// idling, and the middleware's bare quit, sent when the connection drops,
// becomes a StopMsg so that the app records its leaving and app_stop. A
// suspend (ctrl+z) would stop the whole server's process: it resumes.
func (st *seat) filter(m tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg, tea.MouseClickMsg, tea.MouseWheelMsg, tea.WindowSizeMsg:
		st.touch(time.Now())
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	case tea.QuitMsg:
		if a, ok := m.(*ui.App); ok && !a.Quitting() {
			st.markEnded("disconnect")
			return ui.StopMsg{Detail: st.ended()}
		}
	}
	return msg
}

// input is the session's keys on their way to the program. The end of
// them (the client closed the channel, perhaps keeping the connection)
// ends the session as a dropped connection does.
type input struct {
	r  io.Reader
	st *seat
}

func (in input) Read(p []byte) (int, error) {
	n, err := in.r.Read(p)
	if n == 1 && p[0] == 0x1b && len(p) >= len(escKey) {
		n = copy(p, escKey)
	}
	if err != nil {
		in.st.stop("disconnect")
	}
	return n, err
}

// escKey is the Escape key in the unambiguous form of the kitty keyboard
// protocol (CSI 27 u). A client sends what its terminal wrote in one
// packet, so an escape sequence (an arrow is ESC [ A) arrives whole, and
// a read of ESC alone is the Escape key. Left as it is, Bubble Tea's
// decoder would wait 50 ms for more bytes before it reported esc: every
// esc of every participant would lag by that much.
var escKey = []byte("\x1b[27u")

// refuse tells the client in one line why, and ends the session with
// status 1.
func refuse(s ssh.Session, why string) {
	wish.Fatalln(s, "lifesim: "+why)
}

// goodbye is the line a client reads once its app has ended.
func goodbye(reason string, idle time.Duration) string {
	switch reason {
	case "shutdown":
		return "The room has closed. Thank you for taking part."
	case "idle":
		return fmt.Sprintf("Your session ended after %s without a key. Connect again to carry on.", idle)
	default:
		return "Goodbye. Everything you did is saved; connect again to carry on."
	}
}

// limitName shortens a refused name for the message.
func limitName(name string) string {
	if r := []rune(name); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return name
}
