package actions

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// ToggleJoin joins or leaves a group as a committed action; the notice
// names the group and its new member count.
func ToggleJoin(env screen.Env, id model.GroupID) tea.Cmd {
	return Act(env, func(s store.Store, a model.Actor) (string, error) {
		joined, g, err := s.ToggleGroup(a, id)
		if err != nil {
			return "", err
		}
		name := model.CleanLine(g.Name)
		if joined {
			return fmt.Sprintf("Joined %s · %s members", name, model.CompactCount(g.Members)), nil
		}
		return "Left " + name, nil
	})
}
