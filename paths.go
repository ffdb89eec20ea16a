package main

import (
	"os"
	"path/filepath"
)

// defaultDBPath is $LIFESIM_DB, else $XDG_DATA_HOME/lifesim/lifesim.db,
// else ~/.local/share/lifesim/lifesim.db.
func defaultDBPath() string {
	if p := os.Getenv("LIFESIM_DB"); p != "" {
		return p
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "lifesim.db"
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "lifesim", "lifesim.db")
}
