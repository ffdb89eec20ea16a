package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"slices"

	"lifesim/model"
)

// A stream is what seeding writes into one world bucket: n records in key
// order, each made only when it is written (record(i) is the i-th), so
// that a big world's records are not all held in memory at once beside
// the world itself.
type stream struct {
	bucket []byte
	n      int
	record func(i int) (k, v []byte, err error)
}

// stream is the batch as a stream into bucket, in key order (stable: of
// equal keys the last added is written last, and wins).
func (b batch) stream(bucket []byte) stream {
	slices.SortStableFunc(b, func(x, y kv) int { return bytes.Compare(x.k, y.k) })
	return stream{bucket: bucket, n: len(b), record: func(i int) ([]byte, []byte, error) { return b[i].k, b[i].v, nil }}
}

// entityStream writes items as JSON (rec's encoding of each) under their
// ids, in id order. With duplicate ids, the last one wins.
func entityStream[T any](bucket []byte, items []T, id func(T) string, rec func(T) any) (stream, error) {
	order := make([]int, len(items))
	for i := range order {
		if id(items[i]) == "" {
			return stream{}, invalid("seed: a record of %s has no id", bucket)
		}
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(id(items[a]), id(items[b])) })
	return stream{bucket: bucket, n: len(order), record: func(i int) ([]byte, []byte, error) {
		v := items[order[i]]
		raw, err := json.Marshal(rec(v))
		return []byte(id(v)), raw, err
	}}, nil
}

// same is an entity's record as it is: the model type is what is stored.
func same[T any](v T) any { return v }

// worldStreams is every world bucket's records for w: the entities, their
// pictures and every index (indexStreams, which stops when ctx is done).
func worldStreams(ctx context.Context, w model.World) ([]stream, error) {
	var out []stream
	var firstErr error
	add := func(s stream, err error) {
		firstErr = cmp.Or(firstErr, err)
		out = append(out, s)
	}
	add(entityStream(bktMerchants, w.Merchants, func(v model.Merchant) string { return string(v.ID) }, same))
	add(entityStream(bktMiniPrograms, w.MiniPrograms, func(v model.MiniProgram) string { return string(v.ID) }, same))
	add(entityStream(bktAccounts, w.Accounts, func(v model.LifeAccount) string { return string(v.ID) }, same))
	add(entityStream(bktPosts, w.Posts, func(v model.Post) string { return string(v.ID) },
		func(p model.Post) any { return toPostRecord(p) }))
	add(entityStream(bktCoupons, w.Coupons, func(v model.Coupon) string { return string(v.ID) }, same))
	add(entityStream(bktGroups, w.Groups, func(v model.Group) string { return string(v.ID) }, same))
	add(entityStream(bktPersonas, w.Personas, func(v model.Persona) string { return string(v.ID) }, same))
	add(entityStream(bktChannels, w.Channels, func(v model.Channel) string { return string(v.ID) }, same))
	add(mediaStream(w.Media))
	if firstErr != nil {
		return nil, firstErr
	}
	idx, err := indexStreams(ctx, w)
	return append(out, idx...), err
}

// mediaStream writes the pictures under their paths.
func mediaStream(media map[string][]byte) (stream, error) {
	var b batch
	for path, data := range media {
		if path == "" {
			return stream{}, invalid("seed: a media file has no path")
		}
		b.add([]byte(path), data)
	}
	return b.stream(bktMedia), nil
}
