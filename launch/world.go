package launch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"lifesim/fixtures"
	"lifesim/model"
)

// LoadWorld reads the built-in world, or the one in the directory dir
// when dir is not empty, and returns it with its hash (which tells the
// store whether it must seed again).
func LoadWorld(dir string) (model.World, string, error) {
	if dir == "" {
		return fixtures.LoadWithHash(fixtures.Embedded())
	}
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return model.World{}, "", fmt.Errorf("fixtures directory %s does not exist", dir)
	}
	if err != nil {
		return model.World{}, "", fmt.Errorf("fixtures directory: %w", err)
	}
	if !info.IsDir() {
		return model.World{}, "", fmt.Errorf("fixtures: %s is not a directory", dir)
	}
	w, hash, err := fixtures.LoadWithHash(os.DirFS(dir))
	if err != nil {
		inDir(dir, err)
		return model.World{}, "", err
	}
	return w, hash, nil
}

// inDir puts dir in front of the file names of err's problems, so that each
// line reads as a path an editor can open ("world/posts.json:12:5: …").
func inDir(dir string, err error) {
	switch e := err.(type) {
	case *fixtures.DecodeError:
		e.File = filepath.Join(dir, e.File)
	case *fixtures.ValidationError:
		e.File = filepath.Join(dir, e.File)
	case interface{ Unwrap() []error }:
		for _, c := range e.Unwrap() {
			inDir(dir, c)
		}
	}
}
