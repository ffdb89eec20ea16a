// Package sim drives synthetic personas through the real model and store,
// without a terminal, so that a researcher can see what a funnel comparison
// between experiment arms looks like before recruiting anyone
// (`lifesim sim`). Each persona walks a few sessions days apart: it may
// revisit its favourites from the Home grid or My Mini Programs, search,
// open a mini program from the results, collect it (more often when the
// collection guidance shows), order and pay, claim nearby coupons on the
// payment-success page, and read and like posts in the Life feed. Every
// step is the same store call the app makes, with the same events, and the
// probabilities are shifted by the persona's experiment arms.
package sim

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"lifesim/model"
	"lifesim/store"
)

// Config is one simulation run.
type Config struct {
	Personas int    // synthetic personas to create and drive
	Seed     uint64 // the same seed gives the same log
	Sessions int    // sessions per persona (default 3)
	// Experiments and Forced give each persona its arms (model.Assign).
	Experiments []model.Experiment
	Forced      map[string]string
}

// PersonaID is the id of synthetic persona i (0-based).
func PersonaID(i int) model.PersonaID { return model.PersonaID(fmt.Sprintf("sim-%05d", i+1)) }

// interests are what synthetic personas pick theirs from.
var interests = []string{"food", "coffee", "shopping", "travel", "cars", "deals", "city walk", "fitness", "family", "government"}

// Personas makes n synthetic personas around the world's own personas'
// locations (within about 2 km), with a few interests each. Add them to the
// world before seeding so that the store knows them.
func Personas(w model.World, n int, seed uint64) []model.Persona {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	var centres []model.LatLng
	for _, p := range w.Personas {
		centres = append(centres, p.Location)
	}
	if len(centres) == 0 {
		centres = []model.LatLng{{Lat: 31.2304, Lng: 121.4737}} // People's Square
	}
	out := make([]model.Persona, n)
	for i := range out {
		c := centres[rng.IntN(len(centres))]
		out[i] = model.Persona{
			ID:          PersonaID(i),
			Name:        fmt.Sprintf("Synthetic user %d", i+1),
			Description: "A synthetic persona of lifesim sim.",
			Location:    model.LatLng{Lat: c.Lat + (rng.Float64()-0.5)*0.036, Lng: c.Lng + (rng.Float64()-0.5)*0.04},
			Interests:   []string{interests[rng.IntN(len(interests))], interests[rng.IntN(len(interests))]},
		}
	}
	return out
}

// Result summarises a run.
type Result struct {
	Personas, Sessions int
	Actions            int // store writes made
}

// Run drives cfg.Personas synthetic personas (PersonaID(0)…) through st,
// which must have been seeded with a world that includes them (Personas).
// Persona i's random choices come from its own stream of cfg.Seed, so a run
// is reproducible.
func Run(st store.Store, w model.World, cfg Config) (Result, error) {
	if cfg.Sessions <= 0 {
		cfg.Sessions = 3
	}
	if len(w.MiniPrograms) == 0 {
		return Result{}, errors.New("sim: the world has no mini programs")
	}
	res := Result{Personas: cfg.Personas}
	queries := queryPool(w)
	for i := range cfg.Personas {
		p := &walker{
			st: st, w: w, id: PersonaID(i), queries: queries,
			rng:      rand.New(rand.NewPCG(cfg.Seed, uint64(i)+1)),
			variants: model.Assign(cfg.Experiments, PersonaID(i), cfg.Forced),
		}
		persona, err := st.Persona(p.id)
		if err != nil {
			return res, fmt.Errorf("sim: %w (seed the store with sim.Personas first)", err)
		}
		p.persona = persona
		day := w.Settings.Epoch
		for s := range cfg.Sessions {
			// sessions one to three days apart, at a random hour of the day
			day = day.Add(time.Duration(1+p.rng.IntN(3)) * 24 * time.Hour)
			start := day.Add(time.Duration(p.rng.IntN(12*60)) * time.Minute)
			if err := p.session(fmt.Sprintf("%s-%d", p.id, s+1), start, s); err != nil {
				return res, fmt.Errorf("sim: %s session %d: %w", p.id, s+1, err)
			}
			res.Sessions++
		}
		res.Actions += p.writes
	}
	return res, nil
}

// queryPool is what synthetic personas type: the article's own examples
// and the first word or two of each mini program's name.
func queryPool(w model.World) []string {
	out := []string{"New Hope", "KFC", "coffee", "car rental", "Citizen Center"}
	for _, mp := range w.MiniPrograms {
		out = append(out, model.CleanLine(mp.Name))
	}
	return out
}
