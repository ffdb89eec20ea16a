package launch

import (
	"errors"
	"os"
	"path/filepath"
)

// DefaultDBPath is $LIFESIM_DB, else $XDG_DATA_HOME/lifesim/lifesim.db,
// else ~/.local/share/lifesim/lifesim.db; "" when there is no home
// directory to put it in (RequireStore then says so).
func DefaultDBPath() string {
	if p := os.Getenv("LIFESIM_DB"); p != "" {
		return p
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return ""
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "lifesim", "lifesim.db")
}

// ErrNoDataDir: neither --db, $LIFESIM_DB, $XDG_DATA_HOME nor $HOME says
// where the store goes. lifesim does not guess (a file in whatever the
// current directory is would be a store nobody finds again).
var ErrNoDataDir = errors.New("no data directory: $HOME and $XDG_DATA_HOME are unset; pass --db PATH or set LIFESIM_DB")

// RequireStore checks that db names a store file.
func RequireStore(db string) error {
	if db == "" {
		return ErrNoDataDir
	}
	return nil
}
