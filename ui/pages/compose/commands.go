package compose

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// groupsMsg is the topic groups the post may go to.
type groupsMsg struct {
	owner  screen.Owner
	groups []model.Group
	err    error
}

// publishedMsg is the committed post and the state after it.
type publishedMsg struct {
	owner screen.Owner
	post  model.Post
	state *model.UserState
	err   error
}

// loadGroups reads the persona's groups, then the preset one if it is not
// among them. Groups that no longer exist are left out.
func (m *Editor) loadGroups() tea.Cmd {
	st, p, owner, preset := m.env.Store, m.env.Persona, m.owner, m.preset
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return groupsMsg{owner: owner, err: err}
		}
		ids := make([]model.GroupID, 0, len(s.Groups)+1)
		for _, g := range s.Groups {
			ids = append(ids, g.GroupID)
		}
		if preset != "" && !s.Joined(preset) {
			ids = append(ids, preset)
		}
		msg := groupsMsg{owner: owner}
		for _, id := range ids {
			g, err := st.Group(id)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				msg.err = err
				break
			}
			msg.groups = append(msg.groups, g)
		}
		return msg
	}
}

// publish commits the draft (the store cleans and validates it again),
// then reads the fresh state.
func (m *Editor) publish(d model.Draft) tea.Cmd {
	st, a, owner := m.env.Store, m.env.Actor(), m.owner
	return func() tea.Msg {
		post, err := st.PublishPost(a, d)
		if err != nil {
			return publishedMsg{owner: owner, err: err}
		}
		msg := publishedMsg{owner: owner, post: post}
		if s, err := st.State(a.Persona); err == nil {
			msg.state = &s
		}
		return msg
	}
}
