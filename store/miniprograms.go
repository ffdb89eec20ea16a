package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// OpenMiniProgram records a visit: the mini program moves to the front of
// Recently used (capped at model.MaxRecents) and an open event with its
// source is appended. It returns the persona's state after the visit.
func (d *DB) OpenMiniProgram(a model.Actor, id model.MiniProgramID, src model.Source) (model.UserState, error) {
	a = stamp(a)
	var st model.UserState
	err := d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if _, err := getMiniProgram(tx, id); err != nil {
			return nil, err
		}
		recents, err := readRecents(u)
		if err != nil {
			return nil, err
		}
		if err := writeRecents(u, model.BumpRecent(recents, id, a.At, model.MaxRecents)); err != nil {
			return nil, err
		}
		if st, err = readState(tx, a.Persona); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, model.EventOpenMiniProgram, string(id), src, "")}, nil
	})
	return st, err
}

// ToggleFavourite collects the mini program into My Mini Programs (at the
// end) or removes it, reporting whether it is now collected. src is the
// source of the page it happened on, written on the event.
func (d *DB) ToggleFavourite(a model.Actor, id model.MiniProgramID, src model.Source) (collected bool, err error) {
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
		kind := model.EventUncollect
		if collected {
			kind = model.EventCollect
		}
		return []model.Event{model.NewEvent(a, kind, string(id), src, "")}, putJSON(u, userFavourites, favs)
	})
	if err != nil {
		return false, err
	}
	return collected, nil
}

// RemoveFavourite removes a mini program from My Mini Programs; it is
// ErrNotFound if it is not there.
func (d *DB) RemoveFavourite(a model.Actor, id model.MiniProgramID) error {
	a = stamp(a)
	return d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		favs, err := listOf[model.MiniProgramID](u, userFavourites)
		if err != nil {
			return nil, err
		}
		i := indexOf(favs, id)
		if i < 0 {
			return nil, notFound("favourite", id)
		}
		favs = append(favs[:i:i], favs[i+1:]...)
		return []model.Event{model.NewEvent(a, model.EventUncollect, string(id), model.SourceMyMiniPrograms, "")}, putJSON(u, userFavourites, favs)
	})
}

// MoveFavourite moves a favourite delta places (negative: towards the
// front), clamped to the ends, and returns the new order. A move that
// changes nothing records nothing.
func (d *DB) MoveFavourite(a model.Actor, id model.MiniProgramID, delta int) ([]model.MiniProgramID, error) {
	a = stamp(a)
	var out []model.MiniProgramID
	err := d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		favs, err := listOf[model.MiniProgramID](u, userFavourites)
		if err != nil {
			return nil, err
		}
		i := indexOf(favs, id)
		if i < 0 {
			return nil, notFound("favourite", id)
		}
		out = model.Move(favs, i, delta)
		moved := indexOf(out, id) - i
		if moved == 0 {
			return nil, nil
		}
		e := model.NewEvent(a, model.EventMoveFavourite, string(id), model.SourceMyMiniPrograms, fmt.Sprintf("%+d", moved))
		return []model.Event{e}, putJSON(u, userFavourites, out)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// MarkGuidanceSeen records that the collection-guidance tip was shown (in
// mini program id). The flag is per persona; once set, further calls change
// and record nothing.
func (d *DB) MarkGuidanceSeen(a model.Actor, id model.MiniProgramID) error {
	a = stamp(a)
	return d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if _, err := getMiniProgram(tx, id); err != nil {
			return nil, err
		}
		if u.Get(userGuidanceSeen) != nil {
			return nil, nil
		}
		return []model.Event{model.NewEvent(a, model.EventGuidanceShown, string(id), "", "")}, u.Put(userGuidanceSeen, []byte("1"))
	})
}

func indexOf[T comparable](list []T, v T) int {
	for i, x := range list {
		if x == v {
			return i
		}
	}
	return -1
}
