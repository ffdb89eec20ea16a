package common

import (
	"time"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/styles"
)

// Env is the set of dependencies every screen is built with. It is created
// once by the root; Styles is a pointer so a background-colour change reaches
// every screen without rebuilding them.
type Env struct {
	Store    store.Store
	Styles   *styles.Styles
	Keys     *Keys
	Clock    func() time.Time // the simulated clock
	Persona  model.PersonaID
	Session  string
	Settings model.Settings
}

// Actor is who acts, now: the value every store write takes.
func (e Env) Actor() model.Actor {
	return model.Actor{Persona: e.Persona, Session: e.Session, At: e.Clock()}
}
