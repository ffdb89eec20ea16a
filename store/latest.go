package store

import (
	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// Latest is every post, newest first: the Recommended sub-feed under the
// feed_ranking=chronological experiment arm. The persona must exist (the
// signature matches Recommended so the Life tab can swap one for the
// other); the cursor is the last post's time+id key, so paging is stable
// while posts are added.
func (d *DB) Latest(p model.PersonaID, c Cursor, limit int) (Page[model.Post], error) {
	page := Page[model.Post]{Items: []model.Post{}}
	tail, err := cursorKey(c)
	if err != nil {
		return page, err
	}
	limit = pageLimit(limit)
	err = d.view(func(tx *bolt.Tx) error {
		if _, err := getPersona(tx, p); err != nil {
			return err
		}
		cur := tx.Bucket(bktIdxFeedTime).Cursor()
		k := seekBefore(cur, nil, tail)
		var last []byte
		for k != nil && len(page.Items) < limit {
			last = k
			if err := appendPost(tx, &page, k); err != nil {
				return err
			}
			k, _ = cur.Prev()
		}
		if k != nil {
			page.Next = keyCursor(last)
		}
		return nil
	})
	return page, err
}
