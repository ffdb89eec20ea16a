// Package thumbs keeps the small pictures shown on post cards. Screens that
// list posts (the Life feed, a Life Account page) read them after a page of
// posts arrives, so a list never waits for pictures.
package thumbs

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/common"
	"lifesim/ui/components/picture"
	"lifesim/ui/components/postcard"
)

// Msg is the thumbnails of a page of posts, already shrunk.
type Msg struct {
	Owner  common.Owner
	Thumbs map[model.PostID]picture.Picture
}

// Cache holds the thumbnails a screen has read; the zero value is ready.
type Cache struct {
	thumbs map[model.PostID]picture.Picture
}

// Get is the thumbnail of post id (the zero Picture if none yet).
func (c *Cache) Get(id model.PostID) picture.Picture { return c.thumbs[id] }

// Load reads the thumbnails of the posts not yet in the cache, in a
// command whose Msg carries owner.
func (c *Cache) Load(st store.Store, owner common.Owner, posts []model.Post) tea.Cmd {
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
		return Msg{Owner: owner, Thumbs: postcard.Thumbs(st.Media, want)}
	}
}

// Add keeps the thumbnails that arrived.
func (c *Cache) Add(msg Msg) {
	if c.thumbs == nil {
		c.thumbs = map[model.PostID]picture.Picture{}
	}
	for id, t := range msg.Thumbs {
		c.thumbs[id] = t
	}
}
