package store

import (
	"fmt"
	"strings"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// togglePostList toggles post id in the persona's list at key, moves the
// post's counter by ±1 through bump, and records on or off.
func (d *DB) togglePostList(a model.Actor, id model.PostID, key []byte, bump func(int64) model.Counts, on, off model.EventKind) (bool, model.Counts, error) {
	a = stamp(a)
	var now bool
	var counts model.Counts
	err := d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		p, err := getPost(tx, id)
		if err != nil {
			return nil, err
		}
		list, err := listOf[model.PostID](u, key)
		if err != nil {
			return nil, err
		}
		list, now = model.Toggle(list, id)
		kind, n := on, int64(1)
		if !now {
			kind, n = off, -1
		}
		if err := putJSON(u, key, list); err != nil {
			return nil, err
		}
		if counts, err = addCounts(tx, p, bump(n)); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, kind, string(id), "", "")}, nil
	})
	if err != nil {
		return false, model.Counts{}, err
	}
	return now, counts, nil
}

// ToggleLike likes or unlikes a post and returns its new displayed counts.
func (d *DB) ToggleLike(a model.Actor, id model.PostID) (liked bool, counts model.Counts, err error) {
	return d.togglePostList(a, id, userLikes, func(n int64) model.Counts { return model.Counts{Likes: n} },
		model.EventLike, model.EventUnlike)
}

// ToggleCollectPost collects or uncollects a post and returns its new
// displayed counts.
func (d *DB) ToggleCollectPost(a model.Actor, id model.PostID) (collected bool, counts model.Counts, err error) {
	return d.togglePostList(a, id, userCollectedPosts, func(n int64) model.Counts { return model.Counts{Collects: n} },
		model.EventCollectPost, model.EventUncollectPost)
}

// AddComment adds a comment to a post. The text is stored as typed (it is
// cleaned when drawn); empty or whitespace-only text, or more than
// model.MaxCommentRunes characters (the limit the comment box enforces
// while typing), is rejected with ErrInvalid.
func (d *DB) AddComment(a model.Actor, id model.PostID, text string) (model.Comment, model.Counts, error) {
	if strings.TrimSpace(model.CleanText(text)) == "" {
		return model.Comment{}, model.Counts{}, invalid("comment is empty")
	}
	if n := utf8.RuneCountInString(text); n > model.MaxCommentRunes {
		return model.Comment{}, model.Counts{}, invalid("comment is too long (%d characters; at most %d)", n, model.MaxCommentRunes)
	}
	a = stamp(a)
	var c model.Comment
	var counts model.Counts
	err := d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		p, err := getPost(tx, id)
		if err != nil {
			return nil, err
		}
		all := tx.Bucket(bktComments)
		seq, err := all.NextSequence()
		if err != nil {
			return nil, err
		}
		c = model.Comment{ID: fmt.Sprintf("c-%d", seq), PostID: id, Persona: a.Persona, Text: text, At: a.At}
		if err := putJSON(all, commentKey(string(id), seq), toCommentRecord(c)); err != nil {
			return nil, err
		}
		if err := appendHistory(u, userComments, seq, toCommentRecord(c)); err != nil {
			return nil, err
		}
		if counts, err = addCounts(tx, p, model.Counts{Comments: 1}); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, model.EventComment, string(id), "", text)}, nil
	})
	if err != nil {
		return model.Comment{}, model.Counts{}, err
	}
	return c, counts, nil
}

// Forward shares a post to a (simulated) contact or group and returns the
// post's new displayed counts.
func (d *DB) Forward(a model.Actor, id model.PostID, to string) (model.Counts, error) {
	a = stamp(a)
	var counts model.Counts
	err := d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		p, err := getPost(tx, id)
		if err != nil {
			return nil, err
		}
		nb, err := u.CreateBucketIfNotExists(userForwards)
		if err != nil {
			return nil, err
		}
		seq, err := nb.NextSequence()
		if err != nil {
			return nil, err
		}
		if err := putJSON(nb, seqKey(seq), toForwardRecord(model.Forward{PostID: id, To: to, At: a.At})); err != nil {
			return nil, err
		}
		if counts, err = addCounts(tx, p, model.Counts{Forwards: 1}); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, model.EventForward, string(id), "", to)}, nil
	})
	if err != nil {
		return model.Counts{}, err
	}
	return counts, nil
}
