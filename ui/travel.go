package ui

import "time"

// TravelMsg moves the simulated clock forward By (T sends one day; a
// tour's `clock +1d` sends it too), ending the session and starting a
// new one as a persona switch does.
type TravelMsg struct{ By time.Duration }
