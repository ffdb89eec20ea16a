package console

import (
	"time"

	"lifesim/model"
)

// Participant is one connected session of the room, as the console lists
// it.
type Participant struct {
	Name    string // the SSH user name, which is the persona id
	Persona model.PersonaID
	Session string           // the app session's id, as in the event log
	Arms    model.Assignment // the persona's experiment arms
	Where   string           // the screen in front, as the app reports it
	Since   time.Time        // wall-clock time the connection opened
	Remote  string           // the client's address
}

// Roster is the room's list of connected participants. The server keeps
// it; the console only reads it.
type Roster interface {
	// Participants is a snapshot, in connection order.
	Participants() []Participant
	// Changed is closed at the next change to the list or to a
	// participant's Where, or when the room closes.
	Changed() <-chan struct{}
}

// Departures is a Roster that also says why a session ended, for the
// console's "alice left (idle)". The console asks once it sees the
// session gone from Participants, so the answer must be there by the time
// Changed closes for the leave, and kept for a while after (the last few
// hundred departures are plenty). Without it the line says "alice left".
type Departures interface {
	// Left is why the session with this id ended: "quit", "idle",
	// "shutdown" or "disconnect", or "" if it is not known.
	Left(session string) string
}
