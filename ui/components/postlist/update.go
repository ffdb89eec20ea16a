package postlist

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/cache"
	"lifesim/ui/screen"
)

// Init reads the first page.
func (l *List) Init() tea.Cmd { return l.load("") }

// Reset forgets every page and reads the first again; answers to the
// older reads are dropped when they arrive.
func (l *List) Reset() tea.Cmd {
	l.posts, l.next, l.loaded, l.err = nil, "", false, nil
	l.loading, l.placed = true, false
	l.seq++
	return l.load("")
}

// Update takes the list's own answers (pages, thumbnails, fresh counts)
// and ignores every other message.
func (l *List) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case PageMsg:
		if msg.Owner == l.owner && msg.Seq == l.seq {
			return l.onPage(msg)
		}
	case cache.ThumbsLoadedMsg:
		if msg.Owner == l.owner {
			l.thumbs.Add(msg)
		}
	case RecountMsg:
		if msg.Owner == l.owner && msg.Seq == l.seq {
			l.replace(msg.Posts)
		}
	}
	return nil
}

// onPage appends a page and reads its thumbnails, and the next page if the
// selection is still near the end. A failed read is shown once, as a
// notice, and stops paging (Err says why) until Reset.
func (l *List) onPage(msg PageMsg) tea.Cmd {
	l.loading = false
	if msg.Err != nil {
		l.err = msg.Err
		return screen.Send(screen.StatusMsg{Err: msg.Err})
	}
	l.loaded = true
	l.posts = append(l.posts, msg.Posts...)
	l.next = msg.Next
	for id, a := range msg.Accounts {
		l.accounts[id] = a
	}
	l.left += len(msg.Posts) // the new rows are below the selection
	return tea.Batch(l.thumbs.Load(l.env.Store, l.owner, msg.Posts), l.more())
}

// MaybeMore asks for the next page when the selection nears the end: sel
// is the selected row of the screen's rows selectable rows, whose last
// rows are this list's posts. The screen calls it when the selection
// moves; pages that arrive keep asking while it stays near the end.
func (l *List) MaybeMore(sel, rows int) tea.Cmd {
	l.left, l.placed = rows-sel, true
	return l.more()
}

// more reads the next page if the selection is near the end, one read at
// a time, and none after a failed read.
func (l *List) more() tea.Cmd {
	if !l.placed || !l.loaded || l.loading || l.err != nil || l.next == "" || l.left > l.cfg.Prefetch {
		return nil
	}
	l.loading = true
	return l.load(l.next)
}

// SetState takes the persona's fresh state for the cards' marks and
// re-reads the loaded posts whose counters the persona changed since the
// state before (a like, collect, comment or forward), so their counts
// match. The first state only sets the marks.
func (l *List) SetState(s model.UserState) tea.Cmd {
	old, had := l.state, l.hasState
	l.state, l.hasState = s, true
	if !had {
		return nil
	}
	loaded := make(map[model.PostID]bool, len(l.posts))
	for _, p := range l.posts {
		loaded[p.ID] = true
	}
	var ids []model.PostID
	for _, id := range s.ChangedPosts(old) {
		if loaded[id] {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	return l.recount(ids)
}

// replace swaps in fresh copies of loaded posts.
func (l *List) replace(fresh []model.Post) {
	for _, p := range fresh {
		for i := range l.posts {
			if l.posts[i].ID == p.ID {
				l.posts[i] = p
			}
		}
	}
}
