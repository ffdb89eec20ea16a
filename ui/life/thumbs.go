package life

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/common"
	"lifesim/ui/components/picture"
	"lifesim/ui/components/postcard"
)

// Cards show a small copy of each post's picture, read after the page of
// posts arrives so the feed never waits for pictures.

// thumbsMsg is the thumbnails of a page of posts, already shrunk.
type thumbsMsg struct {
	owner  common.Owner
	thumbs map[model.PostID]picture.Picture
}

// loadThumbs reads the thumbnails of posts not yet seen.
func (m *Model) loadThumbs(posts []model.Post) tea.Cmd {
	st, owner := m.env.Store, m.owner
	var want []model.Post
	for _, p := range posts {
		if _, ok := m.thumbs[p.ID]; !ok && p.Poster() != "" {
			want = append(want, p)
		}
	}
	if len(want) == 0 {
		return nil
	}
	return func() tea.Msg {
		return thumbsMsg{owner: owner, thumbs: postcard.Thumbs(st.Media, want)}
	}
}
