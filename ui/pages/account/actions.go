package account

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/common"
)

// ToggleFollow follows or unfollows a life account as a committed action.
// Other screens (the Life feed, the post page) use it too, so a follow
// reads the same wherever it is done.
func ToggleFollow(env common.Env, id model.AccountID, name string) tea.Cmd {
	if name == "" {
		name = string(id)
	}
	name = model.CleanLine(name)
	return common.Act(env, func(s store.Store, a model.Actor) (string, error) {
		on, err := s.ToggleFollow(a, id)
		if err != nil {
			return "", err
		}
		if on {
			return "Following " + name, nil
		}
		return "Unfollowed " + name, nil
	})
}

// ClaimCoupon puts a coupon into the persona's card pack. Claiming one
// already held fails with the store's "already claimed" error, which the
// root shows as an error notice.
func ClaimCoupon(env common.Env, c model.Coupon) tea.Cmd {
	return common.Act(env, func(s store.Store, a model.Actor) (string, error) {
		if _, err := s.ClaimCoupon(a, c.ID); err != nil {
			return "", fmt.Errorf("%s: %w", model.CleanLine(c.Title), err)
		}
		return "Coupon claimed: " + model.CleanLine(c.Title), nil
	})
}
