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

// LoadWorld reads and validates the built-in world, or the one in the
// directory dir when dir is not empty, and returns it with its hash (which
// tells the store whether it must seed again). Start-up loads a world only
// when the store does not hold it yet (see Fingerprint).
func LoadWorld(dir string) (model.World, string, error) {
	fsys, err := worldFS(dir)
	if err != nil {
		return model.World{}, "", err
	}
	w, hash, err := fixtures.LoadWithHash(fsys)
	if err != nil {
		inDir(dir, err)
		return model.World{}, "", err
	}
	return w, hash, nil
}

// Fingerprint is the hash of the built-in world, or of the one in dir, as
// LoadWorld would return it, without decoding anything: start-up compares
// it with the store's to decide whether the world must be loaded at all.
// The built-in world's bytes are hashed as they are (under a millisecond,
// and never out of date, as a hash written at build time could be); a
// directory's hash is read from its manifest.json when that describes the
// directory as it is (fixtures.Fingerprint), so that a big generated world
// is not read byte by byte on every start.
func Fingerprint(dir string) (string, error) {
	if dir == "" {
		return fixtures.Hash(fixtures.Embedded())
	}
	if _, err := worldFS(dir); err != nil {
		return "", err
	}
	h, err := fixtures.Fingerprint(dir)
	if err != nil {
		inDir(dir, err)
		return "", err
	}
	return h, nil
}

// Experiments are the experiments of the built-in world or of the one in
// dir, and Personas its personas: each decodes its one file, so that a
// command line can be checked against them without loading the world.
func Experiments(dir string) ([]model.Experiment, error) {
	return part(dir, fixtures.Experiments)
}

// Personas are the world's personas (see Experiments).
func Personas(dir string) ([]model.Persona, error) {
	return part(dir, fixtures.Personas)
}

func part[T any](dir string, decode func(fs.FS) ([]T, error)) ([]T, error) {
	fsys, err := worldFS(dir)
	if err != nil {
		return nil, err
	}
	list, err := decode(fsys)
	if err != nil {
		inDir(dir, err)
		return nil, err
	}
	return list, nil
}

// worldFS is the file system the world's files are read from: the
// built-in world, or the directory dir, which must exist.
func worldFS(dir string) (fs.FS, error) {
	if dir == "" {
		return fixtures.Embedded(), nil
	}
	info, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("fixtures directory %s does not exist", dir)
	}
	if err != nil {
		return nil, fmt.Errorf("fixtures directory: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("fixtures: %s is not a directory", dir)
	}
	return os.DirFS(dir), nil
}

// checkManifest refuses a world whose manifest.json gave a fingerprint
// other than the hash of the files actually loaded: seeding it under
// either hash would leave a store that the next start does not recognise,
// so every start would load and seed the world again.
func checkManifest(dir, fingerprint, hash string) error {
	if fingerprint == hash {
		return nil
	}
	return fmt.Errorf("%s: its hash %.12s… is not the hash of the world beside it (%.12s…): delete the manifest (the files are then hashed as they are) or write the world again with lifesim gen",
		filepath.Join(dir, fixtures.FileManifest), fingerprint, hash)
}

// inDir puts dir in front of the file names of err's problems, so that each
// line reads as a path an editor can open ("world/posts.json:12:5: …").
func inDir(dir string, err error) {
	if dir == "" {
		return
	}
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
