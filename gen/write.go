package gen

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"lifesim/fixtures"
)

// Write writes the world for c (Defaults fills its zero counts) into dir,
// which must exist, and fixtures.WriteManifest's manifest.json last, so
// that a manifest is only ever beside the world it describes. It
// overwrites the world files, writes media/ and removes any other
// media/*.png, which would otherwise become part of the world; other files
// in dir are left alone.
func Write(dir string, c Config) error {
	c = Defaults(c)
	if err := c.Check(); err != nil {
		return err
	}
	b, err := loadBuiltin()
	if err != nil {
		return err
	}
	g := newGenerator(b, c)
	if err := g.build(); err != nil {
		return err
	}
	// The old manifest goes first: until the new one is written, the
	// directory is hashed byte by byte, never trusted half-written.
	if err := os.Remove(filepath.Join(dir, fixtures.FileManifest)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := g.writeFiles(dir); err != nil {
		return err
	}
	if err := writeMedia(dir, b.media); err != nil {
		return err
	}
	return fixtures.WriteManifest(dir)
}

// Totals is the number of each entity a world written for c has: Defaults,
// and never fewer than the built-in world's.
func Totals(c Config) (Config, error) {
	c = Defaults(c)
	b, err := loadBuiltin()
	if err != nil {
		return c, err
	}
	c.Posts = max(c.Posts, len(b.posts))
	c.Accounts = max(c.Accounts, len(b.accounts))
	c.MiniPrograms = max(c.MiniPrograms, len(b.miniPrograms))
	c.Coupons = max(c.Coupons, len(b.coupons))
	c.Groups = max(c.Groups, len(b.groups))
	c.Personas = max(c.Personas, len(b.personas))
	return c, nil
}

func (g *generator) writeFiles(dir string) error {
	path := func(name string) string { return filepath.Join(dir, name) }
	for _, name := range copiedFiles {
		if err := os.WriteFile(path(name), g.b.verbatim[name], 0o644); err != nil {
			return err
		}
	}
	e := g.b.entries
	for _, err := range []error{
		writeArray(path(fixtures.FileMerchants), e[fixtures.FileMerchants], g.merchants),
		writeArray(path(fixtures.FileMiniPrograms), e[fixtures.FileMiniPrograms], g.miniPrograms),
		writeArray(path(fixtures.FileAccounts), e[fixtures.FileAccounts], g.accounts),
		writeArray(path(fixtures.FileCoupons), e[fixtures.FileCoupons], g.coupons),
		writeArray(path(fixtures.FileGroups), e[fixtures.FileGroups], g.groups),
		writeArray(path(fixtures.FilePersonas), e[fixtures.FilePersonas], g.personas),
		writeArray(path(fixtures.FileAliases), e[fixtures.FileAliases], g.aliases),
	} {
		if err != nil {
			return err
		}
	}
	return g.writePosts(path(fixtures.FilePosts))
}

// writeMedia copies the built-in pictures into dir/media and removes
// every other picture there.
func writeMedia(dir string, media []string) error {
	if err := os.MkdirAll(filepath.Join(dir, fixtures.MediaDir), 0o755); err != nil {
		return err
	}
	for _, name := range media {
		data, err := fs.ReadFile(fixtures.Embedded(), name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), data, 0o644); err != nil {
			return err
		}
	}
	old, err := fs.Glob(os.DirFS(dir), fixtures.MediaDir+"/*.png")
	if err != nil {
		return err
	}
	for _, name := range old {
		if !slices.Contains(media, name) {
			if err := os.Remove(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
				return fmt.Errorf("removing a stale picture: %w", err)
			}
		}
	}
	return nil
}
