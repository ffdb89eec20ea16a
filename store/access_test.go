package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A path through a regular file cannot become a directory: the error says
// which directory and what to do, in one line (this works as root too).
func TestOpenDirectoryThroughAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(file, "sub", "lifesim.db")
	db, err := Open(path, Options{})
	if err == nil {
		db.Close()
		t.Fatal("Open succeeded")
	}
	if !errors.Is(err, ErrAccess) {
		t.Errorf("err = %v; want ErrAccess", err)
	}
	msg := err.Error()
	for _, want := range []string{path, "cannot create its directory " + filepath.Dir(path), "not a directory", "--db"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("message is not one line: %q", msg)
	}
}

// Read-only directories and files, for real. Root ignores permission bits,
// so these only run as an ordinary user; TestAccessErrorMessages covers the
// wording everywhere.
func TestOpenReadOnly(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permission bits are not enforced")
	}
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	if err := os.Mkdir(ro, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(ro, 0o700) })
	for name, path := range map[string]string{
		"new file in read-only dir":   filepath.Join(ro, "lifesim.db"),
		"new subdir of read-only dir": filepath.Join(ro, "data", "lifesim.db"),
	} {
		t.Run(name, func(t *testing.T) {
			db, err := Open(path, Options{})
			if err == nil {
				db.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, ErrAccess) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "permission denied") {
				t.Errorf("err = %v; want ErrAccess naming the path and the cause", err)
			}
		})
	}
	t.Run("read-only file", func(t *testing.T) {
		path := filepath.Join(dir, "lifesim.db")
		db := open(t, path)
		db.Close()
		if err := os.Chmod(path, 0o400); err != nil {
			t.Fatal(err)
		}
		before := fileSum(t, path)
		db, err := Open(path, Options{})
		if err == nil {
			db.Close()
			t.Fatal("Open succeeded")
		}
		if !errors.Is(err, ErrAccess) || !strings.Contains(err.Error(), path) {
			t.Errorf("err = %v; want ErrAccess naming the path", err)
		}
		if fileSum(t, path) != before {
			t.Error("file was modified")
		}
	})
}

func TestAccessErrorMessages(t *testing.T) {
	path := "/data/lifesim/lifesim.db"
	pe := func(op string, errno error) error { return &fs.PathError{Op: op, Path: path, Err: errno} }
	for _, tc := range []struct {
		name string
		err  error
		want []string
	}{
		{"dir: read-only disk", dirError(path, pe("mkdir", syscall.EROFS)),
			[]string{"cannot create its directory /data/lifesim", "read-only file system", "read-only; use --db"}},
		{"dir: permission", dirError(path, pe("mkdir", syscall.EACCES)),
			[]string{"cannot create its directory /data/lifesim", "permission denied", "create it yourself"}},
		{"file: read-only disk", accessError(path, pe("open", syscall.EROFS)),
			[]string{"cannot open it for writing", "read-only file system", "writable disk"}},
		{"file: permission", accessError(path, pe("open", syscall.EACCES)),
			[]string{"cannot open it for writing", "permission denied", "fix the permissions"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := tc.err.Error()
			if !errors.Is(tc.err, ErrAccess) {
				t.Errorf("%q is not ErrAccess", msg)
			}
			if !strings.HasPrefix(msg, "store "+path+": ") || strings.Count(msg, path) != 1 {
				t.Errorf("%q should name the path once, at the start", msg)
			}
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%q lacks %q", msg, w)
				}
			}
		})
	}
}

func TestMoveAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lifesim.db")
	now := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)

	if bak, err := MoveAside(path, now, 0); err != nil || bak != "" {
		t.Fatalf("missing file: %q, %v; want nothing done", bak, err)
	}

	// A damaged file is moved, byte for byte, and twice in the same second
	// does not overwrite the first backup.
	var baks []string
	for i, content := range []string{"garbage one", "garbage two"} {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		bak, err := MoveAside(path, now, 0)
		if err != nil {
			t.Fatalf("move %d: %v", i, err)
		}
		if got, _ := os.ReadFile(bak); string(got) != content {
			t.Errorf("backup %s holds %q, want %q", bak, got, content)
		}
		baks = append(baks, bak)
	}
	if baks[0] == baks[1] || baks[0] != path+".bak-20260108-093000" || baks[1] != path+".bak-20260108-093000-2" {
		t.Errorf("backups %q", baks)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the file is still there: %v", err)
	}

	// A store in use is not moved.
	db := open(t, path)
	before := fileSum(t, path)
	start := time.Now()
	bak, err := MoveAside(path, now, 100*time.Millisecond)
	if !errors.Is(err, ErrLocked) || bak != "" {
		t.Errorf("in use: %q, %v; want ErrLocked", bak, err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
	if fileSum(t, path) != before {
		t.Error("a store in use was changed")
	}
	db.Close()
}
