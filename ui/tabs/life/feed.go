package life

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/components/postlist"
	"lifesim/ui/draw"
	"lifesim/ui/screen"
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

// feed is one sub-feed: its paged posts and its selection.
type feed struct {
	list *postlist.List
	sel  postlist.Selection // over the feed's items: cards and suggestions
}

// newFeed builds sub-feed s's list with the store read it pages through.
func newFeed(env screen.Env, s sub) feed {
	return feed{list: postlist.New(env, postlist.Config{
		Query:    query(env, s),
		PageSize: pageSize,
		Prefetch: prefetch,
		Accounts: true,
	})}
}

// query is sub-feed s's store read. Under feed_ranking=chronological,
// Recommended is every post newest first.
func query(env screen.Env, s sub) postlist.Query {
	switch {
	case s == following:
		return postlist.Following(env.Persona)
	case env.Variants.FeedNewestFirst():
		return postlist.Latest(env.Persona)
	}
	return postlist.Recommended(env.Persona)
}

// reset forgets every page and the selection, and reads the feed again
// from the top.
func (f *feed) reset() tea.Cmd {
	f.sel = postlist.Selection{}
	return f.list.Reset()
}

// itemKind is what a selectable row of a feed is.
type itemKind int

const (
	itemPost itemKind = iota
	itemSuggestion
)

// item is one selectable row: a post card or a suggested account.
type item struct {
	kind  itemKind
	index int // into the feed's posts or Feed.suggested
}

// suggestAfter is where the suggestions row sits in Recommended: after the
// first card, near the top but not in front of the content.
const suggestAfter = 1

// items lists the selectable rows of the feed in display order.
func (m *Feed) items(s sub) []item {
	n := m.feeds[s].list.Len()
	out := make([]item, 0, n+len(m.suggested))
	suggest := func() {
		for i := range m.suggested {
			out = append(out, item{kind: itemSuggestion, index: i})
		}
	}
	for i := range n {
		if s == recommended && i == suggestAfter {
			suggest()
		}
		out = append(out, item{kind: itemPost, index: i})
	}
	if s == recommended && n <= suggestAfter {
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
	return its[draw.Clamp(m.feeds[m.sub].sel.Row, len(its))], true
}

// selectedPost is the post under the selection, if the selection is a post.
func (m *Feed) selectedPost() (model.Post, bool) {
	it, ok := m.selected()
	if !ok || it.kind != itemPost {
		return model.Post{}, false
	}
	return m.feeds[m.sub].list.Post(it.index), true
}
