package postlist

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
	"lifesim/ui/styles"
)

// fakeStore answers the reads a list makes besides its query: accounts,
// single posts (for counts) and media. Any other read panics (nil Store).
type fakeStore struct {
	store.Store
	posts map[model.PostID]model.Post // what Post answers: the fresh copies
	reads []model.PostID              // the posts Post was asked for
}

func (s *fakeStore) Account(id model.AccountID) (model.LifeAccount, error) {
	if id == "gone" {
		return model.LifeAccount{}, fmt.Errorf("account %s: %w", id, store.ErrNotFound)
	}
	return model.LifeAccount{ID: id, Name: "Name of " + string(id)}, nil
}

func (s *fakeStore) Post(id model.PostID) (model.Post, error) {
	s.reads = append(s.reads, id)
	return s.posts[id], nil
}

func (s *fakeStore) Media(string) ([]byte, error) { return nil, errors.New("no media") }

// fakeQuery pages through n posts ("p0", "p1"…, of account "a0", "a1"…,
// or "gone" for every fifth); failAt makes the read at that cursor fail.
func fakeQuery(n int, failAt store.Cursor) Query {
	return func(_ store.Store, c store.Cursor, limit int) (store.Page[model.Post], error) {
		if c == failAt && failAt != "" {
			return store.Page[model.Post]{}, errors.New("disk on fire")
		}
		start, _ := strconv.Atoi(string(c))
		var page store.Page[model.Post]
		for i := start; i < min(start+limit, n); i++ {
			acc := model.AccountID("a" + strconv.Itoa(i%3))
			if i%5 == 4 {
				acc = "gone"
			}
			page.Items = append(page.Items, model.Post{ID: postID(i), AccountID: acc})
		}
		if start+limit < n {
			page.Next = store.Cursor(strconv.Itoa(start + limit))
		}
		return page, nil
	}
}

func postID(i int) model.PostID { return model.PostID("p" + strconv.Itoa(i)) }

func newList(st *fakeStore, q Query) *List {
	env := screen.Env{Store: st, Styles: styles.Default(true), Clock: time.Now}
	return New(env, Config{Query: q, PageSize: 4, Prefetch: 2, Accounts: true})
}

// run runs cmd as the Bubble Tea loop would, batches included, and
// returns the messages, nil ones left out.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, run(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// deliver runs cmd and hands its messages to l, and theirs in turn; it
// returns the messages l did not take (notices).
func deliver(l *List, cmd tea.Cmd) []tea.Msg {
	var rest []tea.Msg
	for _, msg := range run(cmd) {
		switch msg.(type) {
		case PageMsg, RecountMsg:
			rest = append(rest, deliver(l, l.Update(msg))...)
		default:
			rest = append(rest, msg)
		}
	}
	return rest
}

// TestPagesAndPrefetch scrolls a list down row by row, as a screen whose
// rows are `above` fixed rows and then the posts, and checks when pages
// are asked for.
func TestPagesAndPrefetch(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name         string
		total, above int
		wantReads    int // pages read after scrolling to the end
	}{
		{"empty", 0, 1, 1},
		{"one short page", 3, 1, 1},
		{"exactly one page", 4, 0, 1},
		{"three pages", 10, 1, 3},
		{"three pages under a profile", 10, 5, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			reads := 0
			q := fakeQuery(tc.total, "")
			count := func(st store.Store, c store.Cursor, n int) (store.Page[model.Post], error) {
				reads++
				return q(st, c, n)
			}
			l := newList(&fakeStore{}, count)
			if !l.Loading() || l.Loaded() {
				t.Fatal("a new list should be loading")
			}
			deliver(l, l.Init())
			if !l.Loaded() || l.Loading() || l.Len() != min(tc.total, 4) {
				t.Fatalf("after the first page: loaded %v loading %v len %d", l.Loaded(), l.Loading(), l.Len())
			}
			if cmd := l.MaybeMore(0, tc.above+l.Len()); cmd != nil && tc.above+l.Len() > 2 {
				t.Fatal("asked for a page with the selection at the top")
			}
			for sel := 0; sel < tc.above+l.Len(); sel++ {
				deliver(l, l.MaybeMore(sel, tc.above+l.Len()))
				if rows := tc.above + l.Len(); !l.AllLoaded() && sel >= rows-2 {
					t.Fatalf("row %d of %d is near the end, but no page was read", sel, rows)
				}
			}
			if l.Len() != tc.total || !l.AllLoaded() || reads != tc.wantReads {
				t.Fatalf("len %d all %v reads %d; want %d posts in %d reads", l.Len(), l.AllLoaded(), reads, tc.total, tc.wantReads)
			}
			for i, p := range l.Posts() {
				if p.ID != postID(i) {
					t.Fatalf("post %d is %s", i, p.ID)
				}
			}
		})
	}
}

func TestOneReadAtATime(t *testing.T) {
	t.Parallel()
	l := newList(&fakeStore{}, fakeQuery(10, ""))
	deliver(l, l.Init())
	first := l.MaybeMore(3, 4)
	if first == nil || !l.Loading() {
		t.Fatal("the end of the first page did not ask for the next")
	}
	if l.MaybeMore(3, 4) != nil {
		t.Fatal("a second read was asked for while one is under way")
	}
	deliver(l, first)
	if l.Len() != 8 {
		t.Fatalf("len %d after two pages", l.Len())
	}
}

func TestAccountsOfPosts(t *testing.T) {
	t.Parallel()
	l := newList(&fakeStore{}, fakeQuery(6, ""))
	deliver(l, l.Init())
	deliver(l, l.MaybeMore(3, 4))
	if got := l.Card(1, false).Account.Name; got != "Name of a1" {
		t.Fatalf("card 1's account = %q", got)
	}
	// an account that no longer exists leaves the card showing the id
	if a := l.Card(4, false).Account; a.ID != "" {
		t.Fatalf("a missing account was filled in: %+v", a)
	}
	if l.Err() != nil {
		t.Fatalf("a missing account failed the page: %v", l.Err())
	}
}

func TestStaleAnswersIgnored(t *testing.T) {
	t.Parallel()
	l := newList(&fakeStore{}, fakeQuery(10, ""))
	old := run(l.Init())
	fresh := l.Reset()
	for _, msg := range old {
		l.Update(msg) // a page of the read before the reset
	}
	if l.Len() != 0 || !l.Loading() {
		t.Fatalf("a page from before the reset was taken: len %d", l.Len())
	}
	l.Update(PageMsg{Owner: screen.NewOwner(), Posts: []model.Post{{ID: "x"}}})
	if l.Len() != 0 {
		t.Fatal("another list's page was taken")
	}
	deliver(l, fresh)
	if l.Len() != 4 || l.Post(0).ID != "p0" {
		t.Fatalf("the fresh page: len %d", l.Len())
	}
}

func TestErrorShownOnce(t *testing.T) {
	t.Parallel()
	l := newList(&fakeStore{}, fakeQuery(10, "4"))
	deliver(l, l.Init())
	notices := deliver(l, l.MaybeMore(3, 4))
	if len(notices) != 1 {
		t.Fatalf("notices = %#v, want the error once", notices)
	}
	if sm, ok := notices[0].(screen.StatusMsg); !ok || sm.Err == nil {
		t.Fatalf("notice = %#v, want an error", notices[0])
	}
	if l.Err() == nil || l.Loading() || l.Len() != 4 {
		t.Fatalf("after the error: err %v loading %v len %d", l.Err(), l.Loading(), l.Len())
	}
	// moving on does not ask again, so the notice is not repeated
	if cmd := l.MaybeMore(3, 4); cmd != nil {
		t.Fatal("a failed list asked for the page again")
	}
	// a reset starts over
	deliver(l, l.Reset())
	if l.Err() != nil || l.Len() != 4 {
		t.Fatalf("after a reset: err %v len %d", l.Err(), l.Len())
	}
}

func TestCountsReadAgainAfterStateChange(t *testing.T) {
	t.Parallel()
	st := &fakeStore{posts: map[model.PostID]model.Post{
		"p1": {ID: "p1", AccountID: "a1", Counts: model.Counts{Likes: 11}},
	}}
	l := newList(st, fakeQuery(10, ""))
	deliver(l, l.Init())
	if cmd := l.SetState(model.UserState{}); cmd != nil {
		t.Fatal("the first state re-read posts")
	}
	// a like on a loaded post and one on a post not loaded
	liked := model.UserState{Likes: []model.PostID{"p1", "p9"}}
	deliver(l, l.SetState(liked))
	if len(st.reads) != 1 || st.reads[0] != "p1" {
		t.Fatalf("posts read again = %v, want just p1", st.reads)
	}
	c := l.Card(1, true)
	if c.Post.Counts.Likes != 11 || !c.Liked || c.Collected || !c.Selected {
		t.Fatalf("card after the like: counts %+v liked %v collected %v", c.Post.Counts, c.Liked, c.Collected)
	}
	// the same state again changes nothing
	if cmd := l.SetState(liked); cmd != nil {
		t.Fatal("an unchanged state re-read posts")
	}
	// counts read before a reset are not put into the new pages
	recount := l.SetState(model.UserState{})
	deliver(l, l.Reset())
	deliver(l, recount)
	if l.Post(1).Counts.Likes != 0 {
		t.Fatal("counts read before the reset replaced a fresh page's")
	}
}

// TestPagesKeepComing: with the selection at the end, a page too short to
// move it away asks for the next by itself, until the selection is far
// enough from the end.
func TestPagesKeepComing(t *testing.T) {
	t.Parallel()
	l := New(screen.Env{Store: &fakeStore{}, Styles: styles.Default(true), Clock: time.Now},
		Config{Query: fakeQuery(10, ""), PageSize: 1, Prefetch: 3})
	deliver(l, l.Init())
	deliver(l, l.MaybeMore(0, 1)) // one row, selected
	// the selection is on row 0: pages come until 4 rows are below it
	if l.Len() != 4 || l.Loading() {
		t.Fatalf("len %d loading %v, want pages until the selection is 3 rows from the end", l.Len(), l.Loading())
	}
}

// TestRenderFollowsTheList draws a card through the list's cache as its
// mark and count change: each time it is the card as it is now.
func TestRenderFollowsTheList(t *testing.T) {
	t.Parallel()
	st := &fakeStore{posts: map[model.PostID]model.Post{
		"p1": {ID: "p1", AccountID: "a1", Title: "Crayfish", Counts: model.Counts{Likes: 11}},
	}}
	l := newList(st, fakeQuery(10, ""))
	deliver(l, l.Init())
	deliver(l, l.SetState(model.UserState{}))
	for i, tc := range []struct {
		state    model.UserState
		selected bool
		want     []string
	}{
		{model.UserState{}, false, []string{"♡ 0"}},
		{model.UserState{Likes: []model.PostID{"p1"}}, false, []string{"♥ 11", "Crayfish"}},
		{model.UserState{Likes: []model.PostID{"p1"}}, true, []string{"♥ 11", "›"}},
		{model.UserState{}, true, []string{"♡ 11", "›"}},
		{model.UserState{}, false, []string{"♡ 11"}},
	} {
		deliver(l, l.SetState(tc.state))
		c := l.Card(1, tc.selected)
		got := l.Render(c, 46)
		if got != c.Render(46) {
			t.Fatalf("step %d: the list drew a card it drew before:\n%s", i, ansi.Strip(got))
		}
		for _, w := range tc.want {
			if !strings.Contains(ansi.Strip(got), w) {
				t.Fatalf("step %d: the card lacks %q:\n%s", i, w, ansi.Strip(got))
			}
		}
	}
}
