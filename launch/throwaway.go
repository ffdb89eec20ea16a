package launch

import (
	"fmt"
	"os"
	"path/filepath"
)

// Throwaway is a store made for one run of a tour (`lifesim demo`) in a
// temporary folder, and gone when it closes: the tour never opens the
// user's store. The world is seeded once; every (re)start of the tour
// opens a fresh copy of that seeded file, so going back a step replays
// on exactly the store the tour began with, without seeding again.
type Throwaway struct {
	dir, seeded string
	o           Options
	opened      int
}

// NewThrowaway seeds the world of o.Fixtures into a new temporary folder
// and checks o's persona and arms against it; o.DB is not read.
func NewThrowaway(o Options) (*Throwaway, error) {
	dir, err := os.MkdirTemp("", "lifesim-tour-")
	if err != nil {
		return nil, err
	}
	t := &Throwaway{dir: dir, seeded: filepath.Join(dir, "seeded.db"), o: o}
	o.DB = t.seeded
	s, err := Open(o)
	if err != nil {
		_ = t.Close()
		return nil, err
	}
	if err := s.DB.Close(); err != nil {
		_ = t.Close()
		return nil, err
	}
	return t, nil
}

// Open opens a fresh copy of the seeded store. The caller closes its DB.
func (t *Throwaway) Open() (*Session, error) {
	t.opened++
	path := filepath.Join(t.dir, fmt.Sprintf("tour-%d.db", t.opened))
	b, err := os.ReadFile(t.seeded)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return nil, err
	}
	o := t.o
	o.DB = path
	return Open(o)
}

// Close removes the folder and every store in it.
func (t *Throwaway) Close() error { return os.RemoveAll(t.dir) }
