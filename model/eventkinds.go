package model

// Event kinds for actions that the first list in event.go does not name.
const (
	// EventMoveFavourite records reordering My Mini Programs favourites;
	// Detail is the signed number of places moved ("-1", "+2").
	EventMoveFavourite EventKind = "move_favourite"
)

// Event kinds of the experiment log (issue 5).
const (
	// EventExposure: a variant first changed what the persona sees.
	// Target is the experiment key, Detail the arm; once per persona and arm.
	EventExposure EventKind = "exposure"
	// EventGuidanceAccepted: the persona collected the mini program while
	// the collection-guidance tip was on screen (written with the collect).
	EventGuidanceAccepted EventKind = "guidance_accepted"
	// EventGuidanceDismissed: the persona left the mini program page
	// without collecting while the tip was on screen.
	EventGuidanceDismissed EventKind = "guidance_dismissed"
	// EventPayment: an order was paid; Target is the order id, Value the
	// amount in cents (written with the order).
	EventPayment EventKind = "payment"
	// EventOpenLife: the Life feed opened from the Messages tab's "Life
	// accounts" entry (life_entry=messages); Source is "messages".
	EventOpenLife EventKind = "open_life"
)

// SourceMessages is the Messages tab (life_entry=messages); Alipay gives it
// no scene id.
const SourceMessages Source = "messages"
