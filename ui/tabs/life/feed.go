package life

import (
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/draw"
)

// sub is one of the two sub-feeds.
type sub int

const (
	recommended sub = iota
	following
	numSubs
)

// Name is the sub-feed's label in the sub-tab bar.
func (s sub) Name() string {
	if s == following {
		return "Following"
	}
	return "Recommended"
}

// pageSize is how many posts one store read brings.
const pageSize = 8

// prefetch: the next page is asked for when the selection is this close to
// the end, so scrolling never waits at the bottom.
const prefetch = 3

// feed is one sub-feed's posts as paged so far, and its selection.
type feed struct {
	posts   []model.Post
	next    store.Cursor
	loaded  bool // the first page has arrived
	loading bool
	seq     int // bumped on reset so pages of an older load are dropped
	err     error
	sel     int
	vp      draw.Viewport
}

// reset forgets every page, to reload from the start.
func (f *feed) reset() {
	*f = feed{seq: f.seq + 1, loading: true}
}

// more reports whether another page exists and none is being fetched.
func (f *feed) more() bool { return f.loaded && !f.loading && f.next != "" }

// itemKind is what a selectable row of a feed is.
type itemKind int

const (
	itemPost itemKind = iota
	itemSuggestion
)

// item is one selectable row: a post card or a suggested account.
type item struct {
	kind  itemKind
	index int // into feed.posts or Feed.suggested
}

// suggestAfter is where the suggestions row sits in Recommended: after the
// first card, near the top but not in front of the content.
const suggestAfter = 1

// items lists the selectable rows of the feed in display order.
func (m *Feed) items(s sub) []item {
	f := &m.feeds[s]
	out := make([]item, 0, len(f.posts)+len(m.suggested))
	suggest := func() {
		for i := range m.suggested {
			out = append(out, item{kind: itemSuggestion, index: i})
		}
	}
	for i := range f.posts {
		if s == recommended && i == suggestAfter {
			suggest()
		}
		out = append(out, item{kind: itemPost, index: i})
	}
	if s == recommended && len(f.posts) <= suggestAfter {
		suggest()
	}
	return out
}

// selected is the selected row of the active feed, if any.
func (m *Feed) selected() (item, bool) {
	its := m.items(m.sub)
	if len(its) == 0 {
		return item{}, false
	}
	return its[draw.Clamp(m.feeds[m.sub].sel, len(its))], true
}

// selectedPost is the post under the selection, if the selection is a post.
func (m *Feed) selectedPost() (model.Post, bool) {
	it, ok := m.selected()
	if !ok || it.kind != itemPost {
		return model.Post{}, false
	}
	return m.feeds[m.sub].posts[it.index], true
}

// replacePost swaps in a fresh copy of a post (new counts) wherever it is
// loaded.
func (m *Feed) replacePost(p model.Post) {
	for s := range m.feeds {
		for i := range m.feeds[s].posts {
			if m.feeds[s].posts[i].ID == p.ID {
				m.feeds[s].posts[i] = p
			}
		}
	}
}

// loadedIDs is every post id shown in either feed.
func (m *Feed) loadedIDs() map[model.PostID]bool {
	out := map[model.PostID]bool{}
	for s := range m.feeds {
		for _, p := range m.feeds[s].posts {
			out[p.ID] = true
		}
	}
	return out
}
