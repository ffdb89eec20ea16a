package model

// Event kinds for actions that the first list in event.go does not name.
const (
	// EventMoveFavourite records reordering My Mini Programs favourites;
	// Detail is the signed number of places moved ("-1", "+2").
	EventMoveFavourite EventKind = "move_favourite"
)
