package screen

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/keys"
	"lifesim/ui/styles"
)

// Env is the set of dependencies every screen is built with. It is created
// once by the root; Styles is a pointer so a background-colour change reaches
// every screen without rebuilding them.
type Env struct {
	Store    store.Store
	Styles   *styles.Styles
	Keys     *keys.Map
	Clock    func() time.Time // the simulated clock
	Persona  model.PersonaID
	Session  string
	Settings model.Settings
	// Variants is the persona's arm of each experiment (model.Assign); an
	// experiment missing from it runs its control.
	Variants model.Assignment
	// Ticker schedules animation ticks (see Tick); nil means tea.Tick.
	// Tests inject one that records ticks and fires them on demand, so
	// animated views are tested without sleeping.
	Ticker TickFunc
}

// TickFunc has tea.Tick's shape: after d, fn's message is delivered.
type TickFunc func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd

// Tick schedules fn's message after d with the Env's Ticker.
func (e Env) Tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	if e.Ticker != nil {
		return e.Ticker(d, fn)
	}
	return tea.Tick(d, fn)
}

// Actor is who acts, now: the value every store write takes.
func (e Env) Actor() model.Actor {
	return model.Actor{Persona: e.Persona, Session: e.Session, At: e.Clock(), Variants: e.Variants}
}

// Variant is the persona's arm of experiment key (model.Exp…), or "" when
// none is assigned; screens treat "" as the control arm.
func (e Env) Variant(key string) string { return e.Variants[key] }
