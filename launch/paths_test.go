package launch

import (
	"path/filepath"
	"testing"
)

func TestDefaultDBPath(t *testing.T) {
	for _, tc := range []struct {
		name                 string
		lifesimDB, xdg, home string
		want                 string
	}{
		{"LIFESIM_DB wins", "/data/l.db", "/xdg", "/home/u", "/data/l.db"},
		{"then XDG_DATA_HOME", "", "/xdg", "/home/u", filepath.Join("/xdg", "lifesim", "lifesim.db")},
		{"then ~/.local/share", "", "", "/home/u", filepath.Join("/home/u", ".local", "share", "lifesim", "lifesim.db")},
		{"nowhere", "", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("LIFESIM_DB", tc.lifesimDB)
			t.Setenv("XDG_DATA_HOME", tc.xdg)
			t.Setenv("HOME", tc.home)
			if got := DefaultDBPath(); got != tc.want {
				t.Errorf("DefaultDBPath() = %q, want %q", got, tc.want)
			}
		})
	}
}
