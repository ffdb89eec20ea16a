package ui

// Minimum terminal size; below it the app shows a "terminal too small"
// message instead of a broken frame.
const (
	MinWidth  = 40
	MinHeight = 16
)

// Phone sizes in cells, frame included.
const (
	phoneMaxWidth  = 50
	phoneMaxHeight = 44
)

// Layout is where everything goes for one terminal size. It is pure so it
// can be tested over many sizes.
type Layout struct {
	TooSmall      bool
	Width, Height int // terminal
	PhoneWidth    int // frame included
	PhoneHeight   int // frame included
	InnerWidth    int // inside the frame and its one-cell side padding
	ContentHeight int // rows for the active screen

	// Observer is set when the observer panel is shown, beside the phone
	// or in its place. Beside it (WithObserver): the phone and its help
	// line are centred in the left LeftWidth columns and the panel,
	// PanelWidth×PanelHeight, fills the rest beside them. In its place
	// (ObserverAlone, WithObserverAlone): the panel and a help line under
	// it are centred in all the columns, LeftWidth, where the phone and
	// its help would be.
	Observer      bool
	ObserverAlone bool
	LeftWidth     int
	PanelWidth    int
	PanelHeight   int
}

// chrome rows inside the frame: status line, notice line, tab bar (rule +
// labels). A full-screen mini program has its nav line (name and capsule,
// then a rule) on top instead of the tab bar: the same two rows, so a page
// keeps its size whichever it has.
const chromeRows = 1 + 1 + 2

// helpRows is the short help line under the phone.
const helpRows = 1

// NewLayout computes the layout for a terminal of w×h.
func NewLayout(w, h int) Layout {
	l := Layout{Width: w, Height: h}
	if w < MinWidth || h < MinHeight {
		l.TooSmall = true
		return l
	}
	l.PhoneWidth = min(w, phoneMaxWidth)
	l.PhoneHeight = min(h-helpRows, phoneMaxHeight)
	l.InnerWidth = l.PhoneWidth - 4
	l.ContentHeight = l.PhoneHeight - 2 - chromeRows
	return l
}

// The observer panel sits beside the phone, never inside it, when the
// terminal is wide enough for both; on a narrower one it can only take
// the phone's place (WithObserverAlone).
const (
	ObserverMinWidth = 110 // terminal columns
	observerMaxWidth = 76
	observerGap      = 2 // columns between the phone and the panel
)

// WithObserver places the observer panel if on and the terminal is at
// least ObserverMinWidth wide; otherwise l is returned unchanged.
func (l Layout) WithObserver(on bool) Layout {
	if !on || l.TooSmall || l.Width < ObserverMinWidth {
		return l
	}
	l.Observer = true
	l.PanelWidth = min(observerMaxWidth, l.Width-l.PhoneWidth-observerGap)
	l.LeftWidth = l.Width - l.PanelWidth
	l.PanelHeight = l.PhoneHeight + helpRows
	return l
}

// WithObserverAlone places the observer panel in place of the phone, on a
// terminal too narrow for it beside the phone: centred, as wide as it can
// comfortably be, and as tall as the phone, so the panel and its help
// line take the rows the phone and its help take. The phone keeps its
// size (its screens are only hidden). On a terminal wide enough for
// both, or too small for anything, l is returned unchanged.
func (l Layout) WithObserverAlone() Layout {
	if l.TooSmall || l.Width >= ObserverMinWidth || l.Observer {
		return l
	}
	l.Observer, l.ObserverAlone = true, true
	l.LeftWidth = l.Width
	l.PanelWidth = min(observerMaxWidth, l.Width)
	l.PanelHeight = l.PhoneHeight
	return l
}

// ObserverBeside reports whether the observer panel is shown beside the
// phone (not in its place).
func (l Layout) ObserverBeside() bool { return l.Observer && !l.ObserverAlone }
