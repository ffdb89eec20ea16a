package life

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
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

// loadThumbs reads and shrinks the pictures of posts not yet seen. A
// picture that cannot be read leaves its card without one: a card is
// still a card without it.
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
		msg := thumbsMsg{owner: owner, thumbs: map[model.PostID]picture.Picture{}}
		for _, p := range want {
			if pic, err := thumbOf(st, p.Poster()); err == nil {
				msg.thumbs[p.ID] = pic
			}
		}
		return msg
	}
}

func thumbOf(st store.Store, path string) (picture.Picture, error) {
	data, err := st.Media(path)
	if err != nil {
		return picture.Picture{}, err
	}
	pic, err := picture.Decode(data)
	return pic.Fit(postcard.ThumbCells), err
}
