package launch

import (
	"lifesim/cli"
	"lifesim/model"
	"lifesim/store"
)

// KnownPersona checks the command line's --persona before anything is
// opened: a persona of the world (its personas.json, read alone), else a
// participant the store holds (one `lifesim serve` made for an SSH user
// name), found by a read-only glance that writes nothing and creates no
// store. Anyone else is cli.UnknownPersona (exit 2), with the store as it
// was; a store a running lifesim holds is the store's "in use" error, as
// the open would give.
func KnownPersona(o Options) error {
	ps, err := Personas(o.Fixtures)
	if err != nil {
		return err
	}
	if cli.CheckPersona(o.Persona, model.World{Personas: ps}) == nil {
		return nil
	}
	held, err := store.HoldsParticipantAt(o.DB, model.PersonaID(o.Persona), 0)
	if err != nil {
		return err
	}
	if !held {
		return cli.UnknownPersona(o.Persona)
	}
	return nil
}
