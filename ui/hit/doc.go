// Package hit is where a pointer can press on the phone. While it draws,
// each screen records the regions of its View that a click acts on (a
// list item, a card, a button, a tile), each with an id the screen knows
// it by, in the screen's own cells. The root places them, with the
// chrome's own (the tab bar, the capsule), as Lip Gloss layers and asks
// the compositor which one is under the pointer (lipgloss.Compositor's
// Hit), then gives the focused screen a ClickMsg naming it.
//
// Regions are plain rectangles until a click asks for them: recording
// them costs a View an append per region, and the layers are built only
// when the pointer presses. Z orders regions that overlap: a button
// drawn on a card is above the card, and a pop-up above both, since the
// compositor sorts by Z alone.
package hit
