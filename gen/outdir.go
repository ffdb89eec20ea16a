package gen

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrNotEmpty is PrepareDir's refusal to write into a directory that
// holds anything, unless forced.
var ErrNotEmpty = errors.New("is not empty")

// ErrNotDir is PrepareDir's refusal of a path that is a file.
var ErrNotDir = errors.New("is not a directory")

// PrepareDir makes dir ready for Write: it creates it if missing, and
// refuses (ErrNotEmpty) one that holds anything unless force is set, so
// that a mistyped --out cannot overwrite a hand-made world.
func PrepareDir(dir string, force bool) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(dir, 0o755)
	case err != nil:
		return err
	case !info.IsDir():
		return fmt.Errorf("%s %w", dir, ErrNotDir)
	case force:
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s %w", dir, ErrNotEmpty)
	}
	return nil
}
