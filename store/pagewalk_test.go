package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each kind of damage the page walk looks for, made by hand in the root
// bucket's page (a leaf holding the top-level buckets) or the free list.
func TestPageWalkFindsEachKindOfDamage(t *testing.T) {
	db := seeded(t, testWorld())
	db.Close()
	raw, err := os.ReadFile(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	pf, _, probs := inspectFile(f)
	f.Close()
	if len(probs) > 0 {
		t.Fatalf("healthy store: %v", probs)
	}
	ps := pf.pageSize
	// the page damaged: the root's, or its first leaf when the top-level
	// buckets fill more than a page
	rootID := pf.meta.root
	if h := parseHead(raw[int(rootID)*ps:]); h.flags == branchPageFlag && h.count > 0 {
		rootID = ne.Uint64(raw[int(rootID)*ps+pageHeaderSize+8:])
	}
	root := int(rootID) * ps
	free := int(pf.meta.freelist) * ps
	if h := parseHead(raw[root:]); h.flags != leafPageFlag || h.count < 2 {
		t.Fatalf("root page is not a leaf with entries: %+v", h)
	}
	for _, c := range []struct {
		name, want string
		damage     func(b []byte)
	}{
		{"wrong id", "is not what its parent expects", func(b []byte) { ne.PutUint64(b[root:], 7777) }},
		{"wrong type", "is of the wrong type", func(b []byte) { ne.PutUint16(b[root+8:], freelistPageFlag) }},
		{"overflow", "runs past the end of the file", func(b []byte) { ne.PutUint32(b[root+12:], 1<<20) }},
		{"too many entries", "has more entries than fit in it", func(b []byte) { ne.PutUint16(b[root+10:], 0xFFF0) }},
		{"entry outside", "has an entry outside the page", func(b []byte) { ne.PutUint32(b[root+pageHeaderSize+4:], 1<<24) }},
		{"keys out of order", "has keys out of order", func(b []byte) {
			e := root + pageHeaderSize + elementSize // the second entry
			b[e+int(ne.Uint32(b[e+4:]))] = 0x00      // its key now sorts first
		}},
		{"in use and free", "is in use but also listed as free", func(b []byte) {
			n := int(ne.Uint16(b[free+10:]))
			ne.PutUint16(b[free+10:], uint16(n+1))
			ne.PutUint64(b[free+pageHeaderSize+8*n:], rootID)
		}},
		{"lost page", "neither in use nor free", func(b []byte) {
			ne.PutUint16(b[free+10:], 0) // every free page forgotten
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.name == "lost page" && ne.Uint16(raw[free+10:]) == 0 {
				t.Skip("no free pages to lose")
			}
			b := append([]byte(nil), raw...)
			c.damage(b)
			path := filepath.Join(t.TempDir(), "bad.db")
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			r, err := Check(path, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range r.Problems {
				got = append(got, p.String())
			}
			if !strings.Contains(strings.Join(got, "\n"), c.want) {
				t.Errorf("problems %q; want one with %q", got, c.want)
			}
			if _, err := Open(path, Options{}); err == nil {
				t.Error("Open succeeded")
			}
		})
	}
}
