package store

import (
	"errors"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// A persona's own posts are user state: each is kept in its state bucket
// (users/<persona>/own_posts) and also written into the world buckets and
// indexes (posts, its creator account, feed, account, group and search
// indexes) so every read path shows it like any other post. Seeding
// rewrites the world, so it writes them back (restorePublished); clearing
// user state takes them out (unpublishAll).

// draftError is a draft's validation error: the one-line reason, matching
// both ErrInvalid and the model's draft error.
type draftError struct{ err error }

func (e draftError) Error() string   { return e.err.Error() }
func (e draftError) Unwrap() []error { return []error{ErrInvalid, e.err} }

// PublishPost publishes the persona's post: cleaned and validated, under
// its creator account, linked to the draft's group if any.
func (d *DB) PublishPost(a model.Actor, draft model.Draft) (model.Post, error) {
	draft = draft.Clean()
	if err := draft.Validate(); err != nil {
		return model.Post{}, draftError{err}
	}
	a = stamp(a)
	var post model.Post
	err := d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		p, err := getPersona(tx, a.Persona)
		if err != nil {
			return nil, err
		}
		var g *model.Group
		if draft.GroupID != "" {
			gr, err := getGroup(tx, draft.GroupID)
			if err != nil {
				return nil, err
			}
			g = &gr
		}
		seq, err := tx.Bucket(bktMeta).NextSequence()
		if err != nil {
			return nil, err
		}
		id := model.PostID(fmt.Sprintf("u-%s-%d", p.ID, seq))
		post = draft.Post(id, model.PersonaAccountID(p.ID), a.At, g)
		if err := appendHistory(u, userOwnPosts, seq, toPostRecord(post)); err != nil {
			return nil, err
		}
		acc := model.PersonaAccount(p)
		if err := errors.Join(putCreator(tx, acc), putPublished(tx, acc, post, groupIndex(tx))); err != nil {
			return nil, err
		}
		return []model.Event{model.NewEvent(a, model.EventPublishPost, string(id), "", string(draft.GroupID))}, nil
	})
	if err != nil {
		return model.Post{}, err
	}
	return post, nil
}

// putPublished writes a post published in lifesim (a persona's or an
// operator's) into the world buckets and every index, under account acc.
func putPublished(tx *bolt.Tx, acc model.LifeAccount, post model.Post, groups map[string]model.GroupID) error {
	search, err := newSearchIndex(tx)
	if err != nil {
		return err
	}
	if err := search.add(searchDoc{Kind: model.ResultPost, ID: string(post.ID), Title: post.Title,
		Subtitle: acc.Name + " · " + post.Kind.Label()}, postTexts(post, acc.Name)); err != nil {
		return err
	}
	if err := errors.Join(
		putJSON(tx.Bucket(bktPosts), []byte(post.ID), toPostRecord(post)),
		search.tokens.write(tx.Bucket(bktIdxSearch)),
		search.docs.write(tx.Bucket(bktIdxSearchDoc)),
	); err != nil {
		return err
	}
	for _, k := range postIndexKeys(post, groups) {
		if err := tx.Bucket(k.bucket).Put(k.key, k.value); err != nil {
			return err
		}
	}
	return nil
}

// putCreator writes a persona's creator account, and its search document,
// into the world (before its first post).
func putCreator(tx *bolt.Tx, acc model.LifeAccount) error {
	search, err := newSearchIndex(tx)
	if err != nil {
		return err
	}
	if err := search.add(searchDoc{Kind: model.ResultAccount, ID: string(acc.ID), Title: acc.Name,
		Subtitle: acc.Kind.Label()}, searchTexts{key: []string{acc.Name}}); err != nil {
		return err
	}
	return errors.Join(
		putJSON(tx.Bucket(bktAccounts), []byte(acc.ID), acc),
		search.tokens.write(tx.Bucket(bktIdxSearch)),
		search.docs.write(tx.Bucket(bktIdxSearchDoc)),
	)
}

// newSearchIndex collects search entries with the seeded world's glossary.
func newSearchIndex(tx *bolt.Tx) (searchIndex, error) {
	g, err := storedGlossary(tx)
	return searchIndex{glossary: g}, err
}

// unpublish takes a post published in lifesim out of the world buckets
// and every index.
func unpublish(tx *bolt.Tx, post model.Post, groups map[string]model.GroupID) error {
	if err := errors.Join(tx.Bucket(bktPosts).Delete([]byte(post.ID)),
		unindexSearch(tx, model.ResultPost, string(post.ID))); err != nil {
		return err
	}
	for _, k := range postIndexKeys(post, groups) {
		if err := tx.Bucket(k.bucket).Delete(k.key); err != nil {
			return err
		}
	}
	return nil
}

// indexKey is one index entry of a post, with its value (idx_feed_time's
// holds what ranking reads: feedValue).
type indexKey struct{ bucket, key, value []byte }

// postIndexKeys is every feed, account and group index entry of a post,
// as seeding (indexStreams) and publishing write them.
func postIndexKeys(post model.Post, groups map[string]model.GroupID) []indexKey {
	out := []indexKey{
		{bktIdxFeedTime, timeIDKey(post.PublishedAt, string(post.ID)), feedValue(post)},
		{bktIdxAccountPosts, accountPostKey(string(post.AccountID), post.PublishedAt, string(post.ID)), nil},
	}
	for _, g := range model.PostGroups(post, groups) {
		out = append(out, indexKey{bktIdxGroupPosts, accountPostKey(string(g), post.PublishedAt, string(post.ID)), nil})
	}
	return out
}

// ownPosts calls fn for every persona that has published, with its posts
// oldest first.
func ownPosts(tx *bolt.Tx, fn func(p model.PersonaID, posts []model.Post) error) error {
	users := tx.Bucket(bktUsers)
	return users.ForEach(func(k, v []byte) error {
		u := users.Bucket(k)
		if v != nil || u == nil || u.Bucket(userOwnPosts) == nil {
			return nil
		}
		posts, err := historyVia(u, userOwnPosts, postRecord.model)
		if err != nil {
			return err
		}
		return fn(model.PersonaID(k), posts)
	})
}

// restorePublished writes every persona's own posts back into a freshly
// seeded world. A persona gone from the fixtures keeps its posts under an
// account named by its id.
func restorePublished(tx *bolt.Tx) error {
	groups := groupIndex(tx)
	return ownPosts(tx, func(id model.PersonaID, posts []model.Post) error {
		p, err := getPersona(tx, id)
		if errors.Is(err, ErrNotFound) {
			p, err = model.Persona{ID: id, Name: string(id)}, nil
		}
		if err != nil {
			return err
		}
		acc := model.PersonaAccount(p)
		if err := putCreator(tx, acc); err != nil {
			return err
		}
		for _, post := range posts {
			if err := putPublished(tx, acc, post, groups); err != nil {
				return err
			}
		}
		return nil
	})
}

// unpublishAll takes every persona's own posts and creator accounts out of
// the world buckets and indexes (before user state is cleared).
func unpublishAll(tx *bolt.Tx) error {
	groups := groupIndex(tx)
	return ownPosts(tx, func(id model.PersonaID, posts []model.Post) error {
		acc := model.PersonaAccountID(id)
		if err := errors.Join(tx.Bucket(bktAccounts).Delete([]byte(acc)),
			unindexSearch(tx, model.ResultAccount, string(acc))); err != nil {
			return err
		}
		for _, post := range posts {
			if err := unpublish(tx, post, groups); err != nil {
				return err
			}
		}
		return nil
	})
}

// unindexSearch removes a search document and its token entries.
func unindexSearch(tx *bolt.Tx, kind model.ResultKind, id string) error {
	docs := tx.Bucket(bktIdxSearchDoc)
	dk := docKey(string(kind), id)
	doc, ok, err := getJSON[searchDoc](docs, dk)
	if err != nil || !ok {
		return err
	}
	for _, tok := range strings.Fields(doc.Tokens) {
		if err := tx.Bucket(bktIdxSearch).Delete(searchKey(tok, string(kind), id)); err != nil {
			return err
		}
	}
	return docs.Delete(dk)
}
