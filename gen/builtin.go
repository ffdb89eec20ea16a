package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"sync"
	"time"

	"lifesim/fixtures"
)

// builtin is the embedded world as gen starts from it: each array file's
// entries as compact JSON, to be written back unchanged, and decoded into
// the fixture records, for the ids and names generated entities refer to.
type builtin struct {
	entries  map[string][]json.RawMessage // by file name, in file order
	verbatim map[string][]byte            // files copied byte for byte
	media    []string                     // media paths, sorted

	entities
	posts []fixtures.PostRecord
	epoch time.Time
}

// Files gen extends with generated entries, and files it copies as they are.
var (
	extendedFiles = []string{
		fixtures.FileAccounts, fixtures.FileAliases, fixtures.FileCoupons, fixtures.FileGroups,
		fixtures.FileMerchants, fixtures.FileMiniPrograms, fixtures.FilePersonas, fixtures.FilePosts,
	}
	copiedFiles = []string{fixtures.FileChannels, fixtures.FileExperiments, fixtures.FileSettings}
)

// loadBuiltin reads the embedded world once; what it returns is shared and
// never modified.
var loadBuiltin = sync.OnceValues(func() (*builtin, error) {
	return readBuiltin(fixtures.Embedded())
})

func readBuiltin(fsys fs.FS) (*builtin, error) {
	b := &builtin{entries: map[string][]json.RawMessage{}, verbatim: map[string][]byte{}}
	for _, name := range copiedFiles {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("gen: the built-in world: %w", err)
		}
		b.verbatim[name] = data
	}
	var settings fixtures.SettingsRecord
	if err := json.Unmarshal(b.verbatim[fixtures.FileSettings], &settings); err != nil {
		return nil, fmt.Errorf("gen: the built-in world: %s: %w", fixtures.FileSettings, err)
	}
	b.epoch = settings.Epoch
	targets := map[string]any{
		fixtures.FileAccounts: &b.accounts, fixtures.FileAliases: &b.aliases,
		fixtures.FileCoupons: &b.coupons, fixtures.FileGroups: &b.groups,
		fixtures.FileMerchants: &b.merchants, fixtures.FileMiniPrograms: &b.miniPrograms,
		fixtures.FilePersonas: &b.personas, fixtures.FilePosts: &b.posts,
	}
	for _, name := range extendedFiles {
		if err := b.readArray(fsys, name, targets[name]); err != nil {
			return nil, fmt.Errorf("gen: the built-in world: %s: %w", name, err)
		}
	}
	media, err := fs.Glob(fsys, fixtures.MediaDir+"/*.png")
	if err != nil {
		return nil, err
	}
	b.media = media // fs.Glob sorts
	return b, nil
}

// readArray keeps the file's entries compacted and decodes them into out.
func (b *builtin) readArray(fsys fs.FS, name string, out any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	for i, r := range raw {
		var c bytes.Buffer
		if err := json.Compact(&c, r); err != nil {
			return err
		}
		raw[i] = c.Bytes()
	}
	b.entries[name] = raw
	return json.Unmarshal(data, out)
}
