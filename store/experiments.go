package store

import (
	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// Keys for experiments, kept beside their only users: the experiments as
// seeded (meta bucket), and the arms each persona has been exposed to
// (users/<persona>).
var (
	metaExperiments = []byte("experiments") // JSON []model.Experiment, file order
	userExposures   = []byte("exposures")   // JSON []string of "key=arm", first-exposure order
)

// putExperiments stores the world's experiments with the rest of the world.
func putExperiments(tx *bolt.Tx, exps []model.Experiment) error {
	if exps == nil {
		exps = []model.Experiment{}
	}
	return putJSON(tx.Bucket(bktMeta), metaExperiments, exps)
}

// Experiments are the experiments the world was seeded with (none before
// the first seed, or when the world has no experiments.json).
func (d *DB) Experiments() ([]model.Experiment, error) {
	return viewGet(d, func(tx *bolt.Tx) ([]model.Experiment, error) {
		v, _, err := getJSON[[]model.Experiment](tx.Bucket(bktMeta), metaExperiments)
		if v == nil {
			v = []model.Experiment{}
		}
		return v, err
	})
}

// Expose records that the actor's arm of experiment key changed what the
// persona sees, the first time only: an exposure event (Target the key,
// Detail the arm) is appended once per persona and arm, and remembered
// across runs. An actor with no arm for key records nothing.
func (d *DB) Expose(a model.Actor, key string) (recorded bool, err error) {
	arm := a.Variants[key]
	if arm == "" {
		return false, nil
	}
	a = stamp(a)
	err = d.act(a, func(_ *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		seen, err := listOf[string](u, userExposures)
		if err != nil {
			return nil, err
		}
		var added bool
		if seen, added = addOnce(seen, key+"="+arm); !added {
			return nil, nil
		}
		recorded = true
		return []model.Event{model.NewEvent(a, model.EventExposure, key, "", arm)}, putJSON(u, userExposures, seen)
	})
	return recorded && err == nil, err
}

// SetNoSync makes commits skip fsync: for scratch stores only (lifesim
// sim), where losing the file on a crash costs nothing and thousands of
// synthetic actions must commit quickly.
func (d *DB) SetNoSync(on bool) { d.bolt.NoSync = on }
