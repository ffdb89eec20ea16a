package store

import (
	"bytes"
	"cmp"
	"errors"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// DefaultPageSize is used when a paged read is asked for limit <= 0.
const DefaultPageSize = 20

// RecommendSample is how many of the newest posts the Recommended feed
// ranks; older posts appear only in Following and on account pages.
const RecommendSample = 300

func pageLimit(limit int) int {
	if limit <= 0 {
		return DefaultPageSize
	}
	return limit
}

// seekBefore positions c on the greatest key that starts with prefix and
// sorts before prefix+tail (or the greatest key with prefix, when tail is
// nil), and returns it, or nil if there is none.
func seekBefore(c *bolt.Cursor, prefix, tail []byte) []byte {
	var k []byte
	switch {
	case tail != nil:
		k, _ = c.Seek(append(bytes.Clone(prefix), tail...))
	case len(prefix) > 0:
		// prefix ends with sep; prefix[:n-1]+(sep+1) is just past its range
		end := append(bytes.Clone(prefix[:len(prefix)-1]), sep+1)
		k, _ = c.Seek(end)
	default:
		k, _ = c.Last()
		return k
	}
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	if k == nil || !bytes.HasPrefix(k, prefix) {
		return nil
	}
	return k
}

// AccountPosts is one account's posts, newest first.
func (d *DB) AccountPosts(a model.AccountID, c Cursor, limit int) (Page[model.Post], error) {
	return d.postsUnder(bktIdxAccountPosts, string(a), c, limit, func(tx *bolt.Tx) error {
		if tx.Bucket(bktAccounts).Get([]byte(a)) == nil {
			return notFound("life account", a)
		}
		return nil
	})
}

// postsUnder pages the posts of one prefix of an index keyed prefix NUL
// BE(publishedAt) id (idx_account_posts, idx_group_posts), newest first.
// check runs first in the same transaction (the owner must exist).
func (d *DB) postsUnder(bucket []byte, owner string, c Cursor, limit int, check func(*bolt.Tx) error) (Page[model.Post], error) {
	page := Page[model.Post]{Items: []model.Post{}}
	tail, err := cursorKey(c)
	if err != nil {
		return page, err
	}
	limit = pageLimit(limit)
	err = d.view(func(tx *bolt.Tx) error {
		if err := check(tx); err != nil {
			return err
		}
		prefix := prefixKey(owner)
		cur := tx.Bucket(bucket).Cursor()
		k := seekBefore(cur, prefix, tail)
		var last []byte
		for k != nil && len(page.Items) < limit {
			last = k[len(prefix):]
			if err := appendPost(tx, &page, last); err != nil {
				return err
			}
			if k, _ = cur.Prev(); k != nil && !bytes.HasPrefix(k, prefix) {
				k = nil
			}
		}
		if k != nil {
			page.Next = keyCursor(last)
		}
		return nil
	})
	return page, err
}

// appendPost loads the post named by a time+id key tail and adds it to the
// page. Index entries whose post is gone are skipped.
func appendPost(tx *bolt.Tx, page *Page[model.Post], tail []byte) error {
	id, ok := splitTimeIDKey(tail)
	if !ok {
		return nil
	}
	p, err := getPost(tx, model.PostID(id))
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	page.Items = append(page.Items, p)
	return nil
}

// Following is the posts of the accounts the persona follows, and its own
// posts, newest first: a merge of those accounts' idx_account_posts ranges, so its cost depends
// on the page size and the number of follows, not on the world's size.
func (d *DB) Following(p model.PersonaID, c Cursor, limit int) (Page[model.Post], error) {
	page := Page[model.Post]{Items: []model.Post{}}
	tail, err := cursorKey(c)
	if err != nil {
		return page, err
	}
	limit = pageLimit(limit)
	err = d.view(func(tx *bolt.Tx) error {
		st, err := readState(tx, p)
		if err != nil {
			return err
		}
		heads := accountHeads(tx, followedAndOwn(p, st), tail)
		for len(heads) > 0 && len(page.Items) < limit {
			best := newestHead(heads)
			h := heads[best]
			tail = bytes.Clone(h.tail)
			if err := appendPost(tx, &page, tail); err != nil {
				return err
			}
			if !h.older() {
				heads = slices.Delete(heads, best, best+1)
			}
		}
		if len(heads) > 0 {
			page.Next = keyCursor(tail)
		}
		return nil
	})
	return page, err
}

// accountHead is one account's place in the merge that Following does: a
// cursor in idx_account_posts, the account's key prefix, and the time+id
// tail of the post it stands on.
type accountHead struct {
	cur    *bolt.Cursor
	prefix []byte
	tail   []byte
}

// accountHeads opens a head for each account, on its newest post before
// tail (or its newest post, when tail is nil). Accounts with no such post
// get none.
func accountHeads(tx *bolt.Tx, accounts []model.AccountID, tail []byte) []*accountHead {
	var heads []*accountHead
	for _, id := range accounts {
		h := &accountHead{cur: tx.Bucket(bktIdxAccountPosts).Cursor(), prefix: prefixKey(string(id))}
		if k := seekBefore(h.cur, h.prefix, tail); k != nil {
			h.tail = k[len(h.prefix):]
			heads = append(heads, h)
		}
	}
	return heads
}

// newestHead is the index of the head on the newest post (the first, of
// equal ones).
func newestHead(heads []*accountHead) int {
	best := 0
	for i, h := range heads {
		if bytes.Compare(h.tail, heads[best].tail) > 0 {
			best = i
		}
	}
	return best
}

// older moves h to its account's next older post; false when there is none.
func (h *accountHead) older() bool {
	k, _ := h.cur.Prev()
	if k == nil || !bytes.HasPrefix(k, h.prefix) {
		return false
	}
	h.tail = k[len(h.prefix):]
	return true
}

// rankNow is "now" for ranking: Options.Now, or the world's epoch.
func (d *DB) rankNow(tx *bolt.Tx) (time.Time, error) {
	if d.now != nil {
		return d.now(), nil
	}
	s, err := getSettings(tx)
	return s.Epoch, err
}

// Recommended ranks the newest RecommendSample posts for the persona with
// model.ScorePost (interests, follows, engagement, recency), best first; the
// persona's own posts rank as a followed account's would, and lead while
// new (model.PinnedOwn);
// ties go to the newer post, then the smaller id. The cursor is an offset
// into that ranking.
func (d *DB) Recommended(p model.PersonaID, c Cursor, limit int) (Page[model.Post], error) {
	page := Page[model.Post]{Items: []model.Post{}}
	off, err := cursorOffset(c)
	if err != nil {
		return page, err
	}
	limit = pageLimit(limit)
	err = d.view(func(tx *bolt.Tx) error {
		all, err := d.rankSample(tx, p)
		if err != nil {
			return err
		}
		// rankSample holds what ranking reads; the page shows whole posts.
		for _, s := range all[min(off, len(all)):min(off+limit, len(all))] {
			post, err := getPost(tx, s.post.ID)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			page.Items = append(page.Items, post)
		}
		if off+limit < len(all) {
			page.Next = offsetCursor(off + limit)
		}
		return nil
	})
	return page, err
}

// rankedPost is a post with what Recommended ranks it by. post holds only
// what ranking reads (see feeds_rank.go).
type rankedPost struct {
	post   model.Post
	pinned bool
	score  float64
}

// rankSample is the newest RecommendSample posts ranked for persona p,
// best first (Recommended's order), read from idx_feed_time's values
// (newestRankable).
func (d *DB) rankSample(tx *bolt.Tx, p model.PersonaID) ([]rankedPost, error) {
	persona, err := getPersona(tx, p)
	if err != nil {
		return nil, err
	}
	st, err := readState(tx, p)
	if err != nil {
		return nil, err
	}
	now, err := d.rankNow(tx)
	if err != nil {
		return nil, err
	}
	follows := make(map[model.AccountID]bool, len(st.Follows)+1)
	for _, id := range followedAndOwn(p, st) {
		follows[id] = true
	}
	posts, err := newestRankable(tx, RecommendSample)
	if err != nil {
		return nil, err
	}
	all := make([]rankedPost, 0, len(posts))
	for _, post := range posts {
		all = append(all, rankedPost{post, model.PinnedOwn(post, p, now), model.ScorePost(post, persona.Interests, follows, now)})
	}
	slices.SortStableFunc(all, func(a, b rankedPost) int {
		return cmp.Or(boolFirst(a.pinned, b.pinned), cmp.Compare(b.score, a.score),
			b.post.PublishedAt.Compare(a.post.PublishedAt),
			cmp.Compare(a.post.ID, b.post.ID))
	})
	return all, nil
}

// SuggestedAccounts is "Accounts you may be interested in": accounts the
// persona does not follow (nor its own), by model.AccountAffinity with its
// interests, then fans, then name. It reads the accounts that match an
// interest and the top of the rest by fans from their indexes
// (suggestions), so its cost does not grow with the number of accounts.
// Of the accounts matching no interest, those ranked by fans are in order
// of fans at seeding with the personas' follows added, over the first few
// beyond the limit: a persona's follows can lift such an account only
// above its near neighbours there.
func (d *DB) SuggestedAccounts(p model.PersonaID, limit int) ([]model.LifeAccount, error) {
	limit = pageLimit(limit)
	out := []model.LifeAccount{}
	err := d.view(func(tx *bolt.Tx) error {
		persona, err := getPersona(tx, p)
		if err != nil {
			return err
		}
		st, err := readState(tx, p)
		if err != nil {
			return err
		}
		followed := map[model.AccountID]bool{}
		for _, id := range followedAndOwn(p, st) {
			followed[id] = true
		}
		best, err := suggestions(tx, persona.Interests, followed, limit)
		if err != nil {
			return err
		}
		for _, s := range best {
			a, err := getAccount(tx, s.id)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Comments on a post, oldest first.
func (d *DB) Comments(post model.PostID) ([]model.Comment, error) {
	out := []model.Comment{}
	err := d.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bktPosts).Get([]byte(post)) == nil {
			return notFound("post", post)
		}
		prefix := prefixKey(string(post))
		c := tx.Bucket(bktComments).Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			rec, err := decode[commentRecord](v)
			if err != nil {
				return err
			}
			out = append(out, rec.model())
		}
		return nil
	})
	return out, err
}

// followedAndOwn is the accounts the persona follows, in follow order, then
// its own creator account unless followed already: a persona sees its own
// posts in Following and they rank as a followed account's.
func followedAndOwn(p model.PersonaID, st model.UserState) []model.AccountID {
	own := model.PersonaAccountID(p)
	out := make([]model.AccountID, 0, len(st.Follows)+1)
	for _, f := range st.Follows {
		if f.AccountID != own {
			out = append(out, f.AccountID)
		}
	}
	return append(out, own)
}

// boolFirst orders true before false.
func boolFirst(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}
