package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// metaAliases holds the aliases the search index was built with: JSON
// [][]string, the seeded world's model.World.Aliases in file order ([]
// when it has none). Posts published later are indexed with the same
// glossary, and Search scores a title's other names with it.
var metaAliases = []byte("aliases")

// putAliases stores the world's aliases with its index.
func putAliases(tx *bolt.Tx, aliases [][]string) error {
	if aliases == nil {
		aliases = [][]string{}
	}
	return putJSON(tx.Bucket(bktMeta), metaAliases, aliases)
}

// glossaryCache is the glossary of the aliases last read, by their stored
// bytes: it is read on every search, and changes only when a world is
// seeded.
var glossaryCache struct {
	sync.Mutex
	raw []byte
	g   *model.Glossary
}

// storedGlossary is the glossary of the seeded world's aliases: nil (no
// other names) before the first seed or when the world has none.
func storedGlossary(tx *bolt.Tx) (*model.Glossary, error) {
	raw := tx.Bucket(bktMeta).Get(metaAliases)
	if raw == nil {
		return nil, nil
	}
	glossaryCache.Lock()
	defer glossaryCache.Unlock()
	if glossaryCache.g != nil && bytes.Equal(raw, glossaryCache.raw) {
		return glossaryCache.g, nil
	}
	var aliases [][]string
	if err := json.Unmarshal(raw, &aliases); err != nil {
		return nil, fmt.Errorf("decode record %q: %w", metaAliases, err)
	}
	g := model.NewGlossary(aliases)
	glossaryCache.raw, glossaryCache.g = bytes.Clone(raw), g
	return g, nil
}
