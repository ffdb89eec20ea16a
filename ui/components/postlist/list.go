package postlist

import (
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/cache"
	"lifesim/ui/components/postcard"
	"lifesim/ui/screen"
)

// Query reads one page of posts from cursor c. It is called only inside a
// command, with the screen's store.
type Query func(st store.Store, c store.Cursor, limit int) (store.Page[model.Post], error)

// Config says what a list reads and how eagerly.
type Config struct {
	Query Query
	// PageSize is how many posts one read brings (zero: DefaultPageSize).
	PageSize int
	// Prefetch is how many rows from the end the selection gets before
	// the next page is asked for (zero: DefaultPrefetch).
	Prefetch int
	// Accounts reads the account of each post for its card. A list of one
	// account's own posts leaves it off: its cards do not name the account.
	Accounts bool
}

// The paging of a page's post list (an account's, a group's): a phone
// screen shows two or three cards, so six is two screens' worth.
const (
	DefaultPageSize = 6
	DefaultPrefetch = 2
)

// List is a paged list of posts; New builds one, Init reads its first page.
type List struct {
	env   screen.Env
	owner screen.Owner // this list's answers; a screen may hold several lists
	cfg   Config

	posts   []model.Post
	next    store.Cursor // "" once the last page has arrived
	loaded  bool         // the first page has arrived
	loading bool
	seq     int // bumped by Reset, so answers to an older read are dropped
	err     error
	// left is how many rows the selection was from the end at the last
	// MaybeMore (placed says there was one), so a page that arrives can
	// ask for the next when the selection is still near the end.
	left   int
	placed bool

	accounts map[model.AccountID]model.LifeAccount
	thumbs   cache.Thumbs
	cards    postcard.Cache  // the cards drawn, by everything they show
	state    model.UserState // the persona's marks on the cards
	hasState bool
}

// New builds a list reading with cfg.Query; it is loading until its first
// page (asked for by Init) arrives.
func New(env screen.Env, cfg Config) *List {
	if cfg.PageSize <= 0 {
		cfg.PageSize = DefaultPageSize
	}
	if cfg.Prefetch <= 0 {
		cfg.Prefetch = DefaultPrefetch
	}
	return &List{
		env:      env,
		owner:    screen.NewOwner(),
		cfg:      cfg,
		loading:  true,
		accounts: map[model.AccountID]model.LifeAccount{},
	}
}

// Posts is the posts loaded so far, in the query's order. The slice is the
// list's own: read it, do not change it.
func (l *List) Posts() []model.Post { return l.posts }

// Len is how many posts are loaded.
func (l *List) Len() int { return len(l.posts) }

// Post is the i-th loaded post.
func (l *List) Post(i int) model.Post { return l.posts[i] }

// Account is the account of a loaded post (the zero value if it was not
// read: the card then shows the id).
func (l *List) Account(id model.AccountID) model.LifeAccount { return l.accounts[id] }

// Loaded reports whether the first page has arrived.
func (l *List) Loaded() bool { return l.loaded }

// Loading reports whether a page is being read.
func (l *List) Loading() bool { return l.loading }

// Err is the error of the last failed read; paging stops until Reset.
func (l *List) Err() error { return l.err }

// AllLoaded reports whether every page has been read.
func (l *List) AllLoaded() bool { return l.loaded && l.next == "" }
