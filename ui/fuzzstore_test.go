package ui_test

import (
	"errors"
	"testing"

	"lifesim/model"
	"lifesim/store"
)

// cowStore is FuzzApp's store: copy on write. Every execution starts on
// the store as the app's start left it (fuzzstart_test.go), shared by the
// executions of a fuzz process, and reads it there; its first write
// copies that store for this execution alone, and from then on every read
// and write goes to the copy. Copying and opening a store is a large part
// of an execution's cost, and not every execution writes.
//
// The shared store never changes, so an input runs the same code every
// time: the fuzzer counts code an input reaches as new only if it can
// reach it again, and a store that carried one execution's writes into
// the next (or answers remembered from earlier executions) would make it
// chase coverage it cannot reproduce.
//
// Every write method is listed below. One missing would write into the
// shared store; fuzzStart.check finds that after every execution (every
// write appends an event).
type cowStore struct {
	store.Store // the shared store until the first write, then the copy

	start *fuzzStart
	t     *testing.T
	copy  *store.DB
	// pending are the events recorded before the first write that changes
	// state (app start, tabs, searches, guidance…). Most executions write
	// nothing else, so these are kept here rather than copied for; the
	// first state write replays them into the copy, in order, and Events
	// reads them after the shared store's.
	pending []model.Event
}

// own makes the execution's copy on its first write.
func (s *cowStore) own() {
	if s.copy != nil {
		return
	}
	s.copy = s.start.copyStore(s.t, "exec.db")
	s.Store = s.copy
	for _, e := range s.pending {
		e.Seq = 0
		if err := s.copy.RecordEvent(e); err != nil {
			s.t.Fatalf("replaying a pending event into the copy: %v", err)
		}
	}
	s.pending = nil
}

// close closes the copy, if one was made.
func (s *cowStore) close() {
	if s.copy != nil {
		_ = s.copy.Close()
		s.copy, s.Store = nil, s.start.shared
	}
}

// Every write: the copy first.

func (s *cowStore) OpenMiniProgram(a model.Actor, id model.MiniProgramID, src model.Source) (model.UserState, error) {
	s.own()
	return s.Store.OpenMiniProgram(a, id, src)
}

func (s *cowStore) ToggleFavourite(a model.Actor, id model.MiniProgramID, src model.Source) (bool, error) {
	s.own()
	return s.Store.ToggleFavourite(a, id, src)
}

func (s *cowStore) RemoveFavourite(a model.Actor, id model.MiniProgramID) error {
	s.own()
	return s.Store.RemoveFavourite(a, id)
}

func (s *cowStore) MoveFavourite(a model.Actor, id model.MiniProgramID, delta int) ([]model.MiniProgramID, error) {
	s.own()
	return s.Store.MoveFavourite(a, id, delta)
}

func (s *cowStore) ToggleFollow(a model.Actor, id model.AccountID, src model.Source) (bool, error) {
	s.own()
	return s.Store.ToggleFollow(a, id, src)
}

func (s *cowStore) ToggleLike(a model.Actor, id model.PostID) (bool, model.Counts, error) {
	s.own()
	return s.Store.ToggleLike(a, id)
}

func (s *cowStore) ToggleCollectPost(a model.Actor, id model.PostID) (bool, model.Counts, error) {
	s.own()
	return s.Store.ToggleCollectPost(a, id)
}

func (s *cowStore) AddComment(a model.Actor, id model.PostID, text string) (model.Comment, model.Counts, error) {
	s.own()
	return s.Store.AddComment(a, id, text)
}

func (s *cowStore) Forward(a model.Actor, id model.PostID, to string) (model.Counts, error) {
	s.own()
	return s.Store.Forward(a, id, to)
}

func (s *cowStore) ClaimCoupon(a model.Actor, id model.CouponID, src model.Source) (model.ClaimedCoupon, error) {
	s.own()
	return s.Store.ClaimCoupon(a, id, src)
}

func (s *cowStore) PlaceOrder(a model.Actor, o model.Order, coupon model.CouponID) (model.Order, error) {
	s.own()
	return s.Store.PlaceOrder(a, o, coupon)
}

func (s *cowStore) MarkGuidanceSeen(a model.Actor, id model.MiniProgramID) error {
	s.own()
	return s.Store.MarkGuidanceSeen(a, id)
}

func (s *cowStore) CollectFromGuidance(a model.Actor, id model.MiniProgramID, src model.Source) (bool, error) {
	s.own()
	return s.Store.CollectFromGuidance(a, id, src)
}

func (s *cowStore) DismissGuidance(a model.Actor, id model.MiniProgramID) error {
	s.own()
	return s.Store.DismissGuidance(a, id)
}

func (s *cowStore) Expose(a model.Actor, key string) (bool, error) {
	s.own()
	return s.Store.Expose(a, key)
}

func (s *cowStore) ToggleGroup(a model.Actor, id model.GroupID) (bool, model.Group, error) {
	s.own()
	return s.Store.ToggleGroup(a, id)
}

func (s *cowStore) PublishPost(a model.Actor, d model.Draft) (model.Post, error) {
	s.own()
	return s.Store.PublishPost(a, d)
}

func (s *cowStore) AnswerFollowPrompt(a model.Actor, account model.AccountID, mp model.MiniProgramID, accept bool) error {
	s.own()
	return s.Store.AnswerFollowPrompt(a, account, mp, accept)
}

func (s *cowStore) OpenedAccount(a model.Actor, id model.AccountID, src model.Source) error {
	s.own()
	return s.Store.OpenedAccount(a, id, src)
}

func (s *cowStore) OpenedPost(a model.Actor, id model.PostID, src model.Source) error {
	s.own()
	return s.Store.OpenedPost(a, id, src)
}

// RecordEvent keeps the event pending until the execution has a copy. It
// refuses what the store refuses (an event without a kind) and fills in
// what the store fills in, so the app sees the same answers.
func (s *cowStore) RecordEvent(e model.Event) error {
	if s.copy != nil {
		return s.Store.RecordEvent(e)
	}
	if e.Kind == "" {
		return errors.New("event has no kind")
	}
	if e.Scene == 0 {
		e.Scene = e.Source.Scene()
	}
	e.Seq = s.start.seq + uint64(len(s.pending)) + 1
	s.pending = append(s.pending, e)
	return nil
}

// Events reads the shared store's events, then the pending ones.
func (s *cowStore) Events(after uint64, limit int) ([]model.Event, error) {
	out, err := s.Store.Events(after, limit)
	if err != nil || s.copy != nil {
		return out, err
	}
	for _, e := range s.pending {
		if e.Seq > after && len(out) < limit {
			out = append(out, e)
		}
	}
	return out, nil
}

func (s *cowStore) OpenedGroup(a model.Actor, id model.GroupID, src model.Source) error {
	s.own()
	return s.Store.OpenedGroup(a, id, src)
}

func (s *cowStore) FollowPromptShown(a model.Actor, account model.AccountID, mp model.MiniProgramID) error {
	s.own()
	return s.Store.FollowPromptShown(a, account, mp)
}

// The post editor's kept drafts append no event, so fuzzStart.check
// cannot see a missing one: both writes are listed here.

func (s *cowStore) KeepDraft(p model.PersonaID, at model.GroupID, d model.Draft) error {
	s.own()
	return s.Store.KeepDraft(p, at, d)
}

func (s *cowStore) DropDraft(p model.PersonaID, at model.GroupID) error {
	s.own()
	return s.Store.DropDraft(p, at)
}
