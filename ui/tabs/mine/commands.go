package mine

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/actions"
	"lifesim/ui/screen"
)

// removeFavourite takes p out of Favourites.
func removeFavourite(env screen.Env, p model.MiniProgram) tea.Cmd {
	name := model.CleanLine(p.Name)
	return actions.Act(env, func(s store.Store, a model.Actor) (string, error) {
		return "Removed " + name + " from My Mini Programs", s.RemoveFavourite(a, p.ID)
	})
}

// moveFavourite moves p delta places in Favourites.
func moveFavourite(env screen.Env, p model.MiniProgram, delta int) tea.Cmd {
	name := model.CleanLine(p.Name)
	dir := "up"
	if delta > 0 {
		dir = "down"
	}
	return actions.Act(env, func(s store.Store, a model.Actor) (string, error) {
		_, err := s.MoveFavourite(a, p.ID, delta)
		return fmt.Sprintf("Moved %s %s", name, dir), err
	})
}
