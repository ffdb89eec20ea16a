package launch

import (
	"time"

	"lifesim/store"
)

// Shared is the Session of a command run on a store that is already open
// and stays open after it: the one store of a room served over SSH
// (`lifesim serve`), on which an admin's `events`, `funnel` and `state`
// run while participants write to it. Nothing is seeded or opened: the
// server did that. The persona is resolved against the store, so a
// room's participants are found as well as the world's personas; o.DB
// and o.Fixtures are not read. The command must not close db: the
// server does, when the room closes.
func Shared(db *store.DB, o Options) (*Session, error) {
	at, err := startAt(o)
	if err != nil {
		return nil, err
	}
	clock := time.Now
	return onStore(db, o, at, &clock)
}
