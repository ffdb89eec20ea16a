package store

import (
	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// The collection-guidance tip's outcomes. It is shown once per persona
// (MarkGuidanceSeen writes guidance_shown); while it is on screen the
// persona either collects the mini program (accepted) or leaves the page
// without collecting (dismissed).

// CollectFromGuidance collects a mini program while its guidance tip is on
// screen: the collect event and a guidance_accepted event are appended in
// the one transaction that adds the favourite. If the mini program is
// already collected it is removed instead (a plain uncollect), as
// ToggleFavourite would. src, the source of the mini program page, is
// written on the collect or uncollect.
func (d *DB) CollectFromGuidance(a model.Actor, id model.MiniProgramID, src model.Source) (collected bool, err error) {
	a = stamp(a)
	err = d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if _, err := getMiniProgram(tx, id); err != nil {
			return nil, err
		}
		favs, err := listOf[model.MiniProgramID](u, userFavourites)
		if err != nil {
			return nil, err
		}
		favs, collected = model.Toggle(favs, id)
		events := []model.Event{model.NewEvent(a, model.EventUncollect, string(id), src, "")}
		if collected {
			events = []model.Event{
				model.NewEvent(a, model.EventCollect, string(id), src, ""),
				model.NewEvent(a, model.EventGuidanceAccepted, string(id), "", ""),
			}
		}
		return events, putJSON(u, userFavourites, favs)
	})
	return collected && err == nil, err
}

// DismissGuidance records that the persona left mini program id's page
// without collecting while the guidance tip was on screen.
func (d *DB) DismissGuidance(a model.Actor, id model.MiniProgramID) error {
	a = stamp(a)
	return d.act(a, func(tx *bolt.Tx, _ *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if _, err := getMiniProgram(tx, id); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, model.EventGuidanceDismissed, string(id), "", "")}, nil
	})
}
