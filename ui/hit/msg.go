package hit

// ClickMsg is a click on region ID of the focused screen's last View.
// The screen does what enter does there: on an item, select it and open
// it; on a button, what the button's key does. A screen ignores an id it
// no longer draws (the View changed under the pointer).
type ClickMsg struct{ ID string }

// Clickable is a screen whose last View recorded where a click acts. The
// root places its Regions at the screen's top-left; a screen that is not
// Clickable has nothing to click.
type Clickable interface {
	Regions() *Regions
}
