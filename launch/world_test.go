package launch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadWorld(t *testing.T) {
	w, hash, err := LoadWorld("")
	if err != nil || len(w.Personas) == 0 || hash == "" {
		t.Fatalf("built-in world: %d personas, hash %q, %v", len(w.Personas), hash, err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ dir, want string }{
		{filepath.Join(dir, "none"), "does not exist"},
		{file, "is not a directory"},
		{dir, dir}, // an empty directory: its problems are named by path
	} {
		if _, _, err := LoadWorld(tc.dir); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("LoadWorld(%q) = %v, want %q", tc.dir, err, tc.want)
		}
	}
}
