package screen

import "sync/atomic"

var lastOwner atomic.Uint64

// Owner tags one screen instance. Screens put it in the messages their
// commands return and ignore messages with another owner, because every
// non-key message is broadcast and two pages of the same kind can be on the
// stack at once.
type Owner uint64

// NewOwner returns a process-unique owner tag.
func NewOwner() Owner { return Owner(lastOwner.Add(1)) }
