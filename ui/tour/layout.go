package tour

import "lifesim/ui"

// The caption bar goes beside the app on a terminal wide enough for the
// observer panel, below it otherwise.
const (
	besideMinWidth = ui.ObserverMinWidth
	barMinWidth    = 34 // beside: its share of the columns, within these
	barMaxWidth    = 48
	belowRows      = 4 // below: the rule with the counter and state, then the caption
	captionRows    = belowRows - 1
)

// place is where the app and the caption bar go in a w×h terminal.
type place struct {
	beside     bool
	appW, appH int
	barW, barH int
}

// placeFor is the layout for a w×h terminal; pure, so it is tested over
// many sizes.
func placeFor(w, h int) place {
	if w >= besideMinWidth {
		bw := min(max(w/4, barMinWidth), barMaxWidth)
		return place{beside: true, appW: w - bw, appH: h, barW: bw, barH: h}
	}
	bh := min(belowRows, max(h, 0))
	return place{appW: w, appH: h - bh, barW: w, barH: bh}
}
