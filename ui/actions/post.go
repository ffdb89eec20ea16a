package actions

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// The post actions are offered on the post page and on post cards in the
// Life feed and a group's page; the wording of their notices is the same
// everywhere.

// ToggleLike likes or unlikes a post.
func ToggleLike(env screen.Env, p model.Post) tea.Cmd {
	id, title := p.ID, quote(p)
	return Act(env, func(s store.Store, a model.Actor) (string, error) {
		on, _, err := s.ToggleLike(a, id)
		if err != nil {
			return "", err
		}
		if on {
			return "Liked " + title, nil
		}
		return "Removed your like from " + title, nil
	})
}

// ToggleCollect collects or uncollects a post.
func ToggleCollect(env screen.Env, p model.Post) tea.Cmd {
	id, title := p.ID, quote(p)
	return Act(env, func(s store.Store, a model.Actor) (string, error) {
		on, _, err := s.ToggleCollectPost(a, id)
		if err != nil {
			return "", err
		}
		if on {
			return "Collected " + title, nil
		}
		return "Removed " + title + " from your collection", nil
	})
}

// Forward shares a post to a simulated contact or Moments.
func Forward(env screen.Env, p model.Post, to string) tea.Cmd {
	id, title := p.ID, quote(p)
	return Act(env, func(s store.Store, a model.Actor) (string, error) {
		if _, err := s.Forward(a, id, to); err != nil {
			return "", err
		}
		return "Forwarded " + title + " to " + to, nil
	})
}

// Comment posts a comment.
func Comment(env screen.Env, id model.PostID, text string) tea.Cmd {
	return Act(env, func(s store.Store, a model.Actor) (string, error) {
		if _, _, err := s.AddComment(a, id, text); err != nil {
			return "", err
		}
		return "Comment posted", nil
	})
}

// quote is the post's title as a notice names it.
func quote(p model.Post) string {
	t := model.CleanLine(p.Title)
	if r := []rune(t); len(r) > 28 {
		t = string(r[:27]) + "…"
	}
	return "“" + t + "”"
}
