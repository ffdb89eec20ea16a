package actions

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// The actions below are done from several screens (search results, the mini
// program page, My Mini Programs, the feed, post and account pages, the
// payment success page); they live here so an action reads the same
// wherever it is done.

// ToggleFavourite collects or uncollects a mini program. src is the source
// through which the persona reached the page it did so on (the merchant's
// report credits the collect to it).
func ToggleFavourite(env screen.Env, id model.MiniProgramID, name string, src model.Source) tea.Cmd {
	name = displayName(name, string(id))
	return Act(env, func(s store.Store, a model.Actor) (string, error) {
		on, err := s.ToggleFavourite(a, id, src)
		switch {
		case err != nil:
			return "", err
		case on:
			return "Added to My Mini Programs · " + name, nil
		}
		return "Removed from My Mini Programs · " + name, nil
	})
}

// ToggleFollow follows or unfollows a life account. src is the source
// through which the persona reached the page it did so on: an account page
// opened from search passes search.
func ToggleFollow(env screen.Env, id model.AccountID, name string, src model.Source) tea.Cmd {
	name = displayName(name, string(id))
	return Act(env, func(s store.Store, a model.Actor) (string, error) {
		on, err := s.ToggleFollow(a, id, src)
		switch {
		case err != nil:
			return "", err
		case on:
			return "Following " + name, nil
		}
		return "Unfollowed " + name, nil
	})
}

// ClaimCoupon puts a coupon into the persona's card pack. Claiming one
// already held fails with the store's "already claimed" error, which the
// root shows as an error notice. src is where it was claimed, for the
// event log.
func ClaimCoupon(env screen.Env, c model.Coupon, src model.Source) tea.Cmd {
	title := model.CleanLine(c.Title)
	return Act(env, func(s store.Store, a model.Actor) (string, error) {
		if _, err := s.ClaimCoupon(a, c.ID, src); err != nil {
			return "", fmt.Errorf("%s: %w", title, err)
		}
		return "Coupon claimed: " + title, nil
	})
}

func displayName(name, id string) string {
	if name == "" {
		return id
	}
	return model.CleanLine(name)
}
