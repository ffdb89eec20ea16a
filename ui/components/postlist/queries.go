package postlist

import (
	"lifesim/model"
	"lifesim/store"
)

// The queries the screens page through, one per store read.

// Recommended is the persona's ranked Life feed.
func Recommended(p model.PersonaID) Query { return keyed(store.Store.Recommended, p) }

// Latest is every post, newest first.
func Latest(p model.PersonaID) Query { return keyed(store.Store.Latest, p) }

// Following is the posts of the accounts the persona follows.
func Following(p model.PersonaID) Query { return keyed(store.Store.Following, p) }

// OfAccount is one account's posts, newest first.
func OfAccount(id model.AccountID) Query { return keyed(store.Store.AccountPosts, id) }

// OfGroup is the posts linking a topic group, newest first.
func OfGroup(id model.GroupID) Query { return keyed(store.Store.GroupPosts, id) }

// keyed binds the first argument of a paged store read.
func keyed[K any](read func(store.Store, K, store.Cursor, int) (store.Page[model.Post], error), k K) Query {
	return func(st store.Store, c store.Cursor, n int) (store.Page[model.Post], error) {
		return read(st, k, c, n)
	}
}
