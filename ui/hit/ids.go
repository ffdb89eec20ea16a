package hit

import (
	"strconv"
	"strings"
)

// Ids the root acts on itself, whichever screen drew them.
const (
	// Back is a page header's ‹: it does what esc does.
	Back = "back"
)

// Item is the id of a screen's selectable item i (a list row, a card, a
// tile): a click on it selects it and does what enter does.
func Item(i int) string {
	if i >= 0 && i < len(itemIDs) {
		return itemIDs[i] // a View records its rows' ids on every draw: no string each
	}
	return Numbered(itemPrefix, i)
}

// itemIDs are the ids of the first items, made once.
var itemIDs = func() (ids [128]string) {
	for i := range ids {
		ids[i] = itemPrefix + strconv.Itoa(i)
	}
	return ids
}()

// ItemOf is the index Item(i) names, and false for any other id.
func ItemOf(id string) (int, bool) { return NumberOf(itemPrefix, id) }

// Numbered is the id of the i-th of a kind of region: prefix then i
// ("sub:1"), for the screens' own kinds as Item is for items.
func Numbered(prefix string, i int) string { return prefix + strconv.Itoa(i) }

// NumberOf is the i of Numbered(prefix, i), and false for any other id
// (another prefix, or no number ≥ 0 after it).
func NumberOf(prefix, id string) (int, bool) {
	s, ok := strings.CutPrefix(id, prefix)
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(s)
	return i, err == nil && i >= 0
}

const itemPrefix = "item:"

// Indexed names blocks for Regions.Blocks on a screen whose selectable
// rows are some of its blocks: block b is Item(i) where index[i] == b,
// and a block that is no row (a heading) is "".
func Indexed(index []int) func(b int) string {
	return func(b int) string {
		for i, at := range index {
			if at == b {
				return Item(i)
			}
		}
		return ""
	}
}
