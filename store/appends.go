package store

import (
	"sync"

	bolt "go.etcd.io/bbolt"
)

// Appends tells readers of the log that it has grown, so that a reader
// (the observer panel, and later every SSH session's panel) waits instead
// of re-reading on a guess. It works within one process: every writer to
// the file through this DB signals it, whichever session or goroutine it
// acts for.
type Appends interface {
	// Appended is a channel closed once an event with a sequence number
	// after after has been committed, or once the store is closed (then
	// reads fail). It may close early, when after is beyond what this
	// store has signalled yet; the caller reads, and asks again with the
	// last sequence number it read.
	Appended(after uint64) <-chan struct{}
}

// appendSignal is the DB's Appends: the last sequence number committed
// and one channel shared by every waiter, closed and replaced at each
// commit that appended events. Waiters hold no goroutine of the store's,
// and an abandoned channel is garbage once the next append closes it.
type appendSignal struct {
	mu     sync.Mutex
	last   uint64
	closed bool
	next   chan struct{} // nil until someone waits
}

// closedChan is returned to waiters that need not wait.
var closedChan = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// Appended implements Appends.
func (d *DB) Appended(after uint64) <-chan struct{} { return d.appends.wait(after) }

func (s *appendSignal) wait(after uint64) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.last > after {
		return closedChan
	}
	if s.next == nil {
		s.next = make(chan struct{})
	}
	return s.next
}

// committed records that the log's last sequence number is now seq,
// waking the waiters if it grew. It is called after the commit, so a
// woken reader always finds the events.
func (s *appendSignal) committed(seq uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq <= s.last {
		return
	}
	s.last = seq
	s.wake()
}

// close wakes every waiter for good: the store is closed.
func (s *appendSignal) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	s.wake()
}

func (s *appendSignal) wake() {
	if s.next != nil {
		close(s.next)
		s.next = nil
	}
}

// lastSeq is the log's last sequence number as tx sees it (0 before the
// events bucket exists).
func lastSeq(tx *bolt.Tx) uint64 {
	if b := tx.Bucket(bktEvents); b != nil {
		return b.Sequence()
	}
	return 0
}
