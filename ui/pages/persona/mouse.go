package persona

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// Regions is where the picker's last View can be clicked (hit.Clickable):
// each persona's and each operator's row.
func (m *Picker) Regions() *hit.Regions { return &m.hits }

// click is a click on a row: it is selected and picked, as enter does.
func (m *Picker) click(id string) tea.Cmd {
	i, ok := hit.ItemOf(id)
	if !ok || i >= m.rows() {
		return nil
	}
	m.sel = i
	return m.pick()
}

// record records the rows of the picker's body (blocks, of which the
// first `before` are no row, drawn by m.vp from row top): a persona's
// lines but the blank under them, an operator's line but the section's
// heading over the first.
func (m *Picker) record(blocks []string, before, top, w int) {
	m.hits.Reset()
	blockLines(&m.hits, &m.vp, blocks, top, w, hit.ZItem, func(b, line, lines int) string {
		i := b - before
		switch {
		case i < 0 || i >= m.rows():
			return ""
		case i < len(m.personas) && line < lines-1, i >= len(m.personas) && line == lines-1:
			return hit.Item(i)
		}
		return ""
	})
}

// blockLines records the lines vp showed of blocks (its window drawn w
// wide from row top), line by line: id names line `line` of block b (of
// `lines` lines), "" where a click does nothing. Lines in a row with one
// id make one region.
func blockLines(r *hit.Regions, vp *draw.Viewport, blocks []string, top, w, z int,
	id func(b, line, lines int) string) {
	start, next := 0, 0 // the content line block `next` starts on
	for _, sh := range vp.Shown() {
		for ; next < sh.Block; next++ {
			start += strings.Count(blocks[next], "\n") + 1
		}
		lines := strings.Count(blocks[sh.Block], "\n") + 1
		first := sh.Top + vp.Offset - start // the block's first line shown
		run, runFrom := "", 0
		for k := 0; k <= sh.Lines; k++ {
			cur := ""
			if k < sh.Lines {
				cur = id(sh.Block, first+k, lines)
			}
			if cur != run {
				r.Add(run, 0, top+sh.Top+runFrom, w, k-runFrom, z)
				run, runFrom = cur, k
			}
		}
	}
}
