package script

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// Script is a parsed tour: the setup its store and terminal start from,
// then its steps in order.
type Script struct {
	Name  string // the file it was read from ("builtin" for the embedded tour)
	Setup Setup
	Steps []Step
}

// Setup is what the setup lines, which come before the first step, ask
// for. Zero values mean the demo's defaults.
type Setup struct {
	Persona  string   // `persona returning`: the persona the tour acts as
	Variants []string // `variant key=arm`: forced experiment arms, as --variant takes them
	Width    int      // `size 100x30`: the size --headless renders at unless --size says
	Height   int
}

// Step is one presenter step: a caption, then what the tour does while
// it is shown. The presenter's counter (4/12) counts steps.
type Step struct {
	Line    int // the caption's line
	Caption string
	Do      []Action
}

// ActionKind says what an action does.
type ActionKind int

const (
	Key    ActionKind = iota + 1 // `key enter`: one key press into the app
	Type                         // `type New Hope`: its text, one key press per character
	Wait                         // `wait 800ms`: a pause (scaled by --speed)
	Expect                       // `expect "…"`: the app's screen must show Text
	Clock                        // `clock +1d`: the simulated clock moves forward By
)

// Action is one line of a step after its caption.
type Action struct {
	Line int
	Kind ActionKind
	Key  tea.KeyPressMsg // Key
	Text string          // Type, Expect
	By   time.Duration   // Wait, Clock
}
