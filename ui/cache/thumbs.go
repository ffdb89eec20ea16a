package cache

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/components/picture"
	"lifesim/ui/components/postcard"
	"lifesim/ui/screen"
)

// ThumbsLoadedMsg is the thumbnails of a page of posts, already shrunk.
type ThumbsLoadedMsg struct {
	Owner  screen.Owner
	Thumbs map[model.PostID]picture.Picture
}

// Thumbs holds the thumbnails a screen has read; the zero value is ready.
type Thumbs struct {
	thumbs map[model.PostID]picture.Picture
}

// Get is the thumbnail of post id (the zero Picture if none yet).
func (c *Thumbs) Get(id model.PostID) picture.Picture { return c.thumbs[id] }

// Load reads the thumbnails of the posts not yet in the cache, in a
// command whose ThumbsLoadedMsg carries owner.
func (c *Thumbs) Load(st store.Store, owner screen.Owner, posts []model.Post) tea.Cmd {
	var want []model.Post
	for _, p := range posts {
		if _, ok := c.thumbs[p.ID]; !ok && p.Poster() != "" {
			want = append(want, p)
		}
	}
	if len(want) == 0 {
		return nil
	}
	return func() tea.Msg {
		return ThumbsLoadedMsg{Owner: owner, Thumbs: postcard.Thumbs(st.Media, want)}
	}
}

// Add keeps the thumbnails that arrived.
func (c *Thumbs) Add(msg ThumbsLoadedMsg) {
	if c.thumbs == nil {
		c.thumbs = map[model.PostID]picture.Picture{}
	}
	for id, t := range msg.Thumbs {
		c.thumbs[id] = t
	}
}
