package store

import (
	"encoding/binary"
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// Recommended ranks the newest RecommendSample posts, and ranking reads
// few of a post's fields: its account, title and tags, when it was
// published and its counts (model.ScorePost, model.PinnedOwn). Decoding
// 300 whole posts for them cost 10 ms and 2.4 MB on a 100k-post world,
// and, the posts being keyed by id, touched a page of the memory map per
// post: with the kernel's fault-around (64 KiB a fault, whatever the
// madvise) that was 31 MB of the process's resident memory, more than
// the rest of the app. So idx_feed_time's value holds those fields
// (feedValue), and the newest entries, side by side in a few pages, are
// all the ranking reads; the page shown decodes its own posts only.
//
// An entry with no value (a store seeded before values were written, or
// a post published then) or one this build cannot decode is ranked from
// its post, as before: the order is the same either way.

// feedValueV1 begins the one layout of feedValue so far.
const feedValueV1 = 1

// feedValue is idx_feed_time's value for post p: feedValueV1, then the
// account, the title and the tags, each as a uvarint length and its
// bytes (the tags after their count), then the counts as varints (likes,
// comments, collects, forwards). The id and the time are in the key.
func feedValue(p model.Post) []byte {
	n := 1 + 4*binary.MaxVarintLen64 + 3*binary.MaxVarintLen64 + len(p.AccountID) + len(p.Title)
	for _, t := range p.Tags {
		n += binary.MaxVarintLen64 + len(t)
	}
	b := make([]byte, 0, n)
	b = append(b, feedValueV1)
	b = appendString(b, string(p.AccountID))
	b = appendString(b, p.Title)
	b = binary.AppendUvarint(b, uint64(len(p.Tags)))
	for _, t := range p.Tags {
		b = appendString(b, t)
	}
	for _, c := range []int64{p.Counts.Likes, p.Counts.Comments, p.Counts.Collects, p.Counts.Forwards} {
		b = binary.AppendVarint(b, c)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// errFeedValue: a value feedValue did not write (absent, or of another
// layout); the post is read instead.
var errFeedValue = errors.New("not a feed value")

// rankFields decodes a feedValue into what ranking reads of the post
// with this id, published at: a post with only those fields and the
// counts as seeded (the store's delta is added by the caller).
func rankFields(id model.PostID, at time.Time, v []byte) (model.Post, error) {
	if len(v) == 0 || v[0] != feedValueV1 {
		return model.Post{}, errFeedValue
	}
	r := feedReader{b: v[1:]}
	p := model.Post{ID: id, PublishedAt: at}
	p.AccountID = model.AccountID(r.string())
	p.Title = r.string()
	if n := r.uvarint(); n <= uint64(len(r.b)) {
		p.Tags = make([]string, 0, n)
		for range n {
			p.Tags = append(p.Tags, r.string())
		}
	} else {
		r.bad = true
	}
	p.Counts = model.Counts{Likes: r.varint(), Comments: r.varint(), Collects: r.varint(), Forwards: r.varint()}
	if r.bad || len(r.b) != 0 {
		return model.Post{}, errFeedValue
	}
	return p, nil
}

// feedReader reads a feedValue; bad is set by the first read past its end.
type feedReader struct {
	b   []byte
	bad bool
}

func (r *feedReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *feedReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *feedReader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.bad, r.b = true, nil
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// keyTime is the time a timeIDKey begins with (timeBytes).
func keyTime(k []byte) time.Time {
	return time.Unix(0, int64(binary.BigEndian.Uint64(k[:8])^(1<<63)))
}

// newestRankable is up to n of the newest posts, newest first, by
// idx_feed_time, with what ranking reads of each (rankFields, the
// store's counts added): from the entry's value, or from the post when
// the entry has none. Entries whose post is gone are skipped when read
// from the post; a value is trusted (lifesim check finds an entry whose
// post is gone, and Recommended skips it on the page).
func newestRankable(tx *bolt.Tx, n int) ([]model.Post, error) {
	var out []model.Post
	cur := tx.Bucket(bktIdxFeedTime).Cursor()
	for k, v := cur.Last(); k != nil && len(out) < n; k, v = cur.Prev() {
		id, ok := splitTimeIDKey(k)
		if !ok {
			continue
		}
		p, err := rankable(tx, model.PostID(id), keyTime(k), v)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// rankable is what ranking reads of the post of one idx_feed_time entry
// (id, at, value v), with the store's counts: from v, or from the post
// when v is not a feedValue (ErrNotFound if the post is gone).
func rankable(tx *bolt.Tx, id model.PostID, at time.Time, v []byte) (model.Post, error) {
	p, err := rankFields(id, at, v)
	if err != nil {
		return getPost(tx, id)
	}
	d, err := countsDelta(tx, id)
	p.Counts = p.Counts.Add(d)
	return p, err
}
