package compose

import (
	"errors"
	"slices"

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

// loadGroups reads the persona's groups, then the preset one and the
// restored draft's if they are not among them. Groups that no longer
// exist are left out.
func (m *Editor) loadGroups() tea.Cmd {
	st, p, owner := m.env.Store, m.env.Persona, m.owner
	extra := []model.GroupID{m.preset, m.kept.want}
	return func() tea.Msg {
		s, err := st.State(p)
		if err != nil {
			return groupsMsg{owner: owner, err: err}
		}
		ids := make([]model.GroupID, 0, len(s.Groups)+len(extra))
		for _, g := range s.Groups {
			ids = append(ids, g.GroupID)
		}
		for _, id := range extra {
			if id != "" && !s.Joined(id) && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
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
// drops the draft kept for this place (it is a post now), then reads the
// fresh state.
func (m *Editor) publish(d model.Draft) tea.Cmd {
	st, a, owner, at := m.env.Store, m.env.Actor(), m.owner, m.preset
	return func() tea.Msg {
		post, err := st.PublishPost(a, d)
		if err != nil {
			return publishedMsg{owner: owner, err: err}
		}
		msg := publishedMsg{owner: owner, post: post}
		// The post is committed whatever happens here, so the editor
		// closes: a drop that fails (the store went bad in between, which
		// the next write reports) leaves the old draft to come back.
		_ = st.DropDraft(a.Persona, at)
		if s, err := st.State(a.Persona); err == nil {
			msg.state = &s
		}
		return msg
	}
}
