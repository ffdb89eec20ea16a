package store

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// sep separates the parts of composite keys. Ids and tokens never contain it
// (Normalize drops control characters; fixtures ids are validated).
const sep = 0x00

// getJSON decodes the value at key in b. ok is false when the key is absent.
// The value is decoded inside the transaction, so nothing returned aliases
// bbolt's memory.
func getJSON[T any](b *bolt.Bucket, key []byte) (v T, ok bool, err error) {
	raw := b.Get(key)
	if raw == nil {
		return v, false, nil
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return v, false, fmt.Errorf("decode record %q: %w", key, err)
	}
	return v, true, nil
}

// putJSON encodes v and stores it at key in b.
func putJSON(b *bolt.Bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %q: %w", key, err)
	}
	return b.Put(key, raw)
}

// timeBytes encodes t so that byte order is time order, including before
// 1970 (the sign bit is flipped).
func timeBytes(t time.Time) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], uint64(t.UnixNano())^(1<<63))
	return k[:]
}

// timeIDKey is timeBytes(t) followed by id: idx_feed_time keys, and the
// tail of idx_account_posts keys.
func timeIDKey(t time.Time, id string) []byte {
	return append(timeBytes(t), id...)
}

// splitTimeIDKey returns the id part of a timeIDKey.
func splitTimeIDKey(k []byte) (id string, ok bool) {
	if len(k) <= 8 {
		return "", false
	}
	return string(k[8:]), true
}

// accountPostKey is account id, sep, timeIDKey.
func accountPostKey(a string, t time.Time, id string) []byte {
	k := make([]byte, 0, len(a)+1+8+len(id))
	k = append(k, a...)
	k = append(k, sep)
	return append(k, timeIDKey(t, id)...)
}

// searchKey is token, sep, kind, sep, id.
func searchKey(token, kind, id string) []byte {
	k := make([]byte, 0, len(token)+len(kind)+len(id)+2)
	k = append(k, token...)
	k = append(k, sep)
	k = append(k, kind...)
	k = append(k, sep)
	return append(k, id...)
}

// splitSearchKey returns the token and the kind+sep+id tail of a search key.
func splitSearchKey(k []byte) (token, ref []byte, ok bool) {
	i := bytes.IndexByte(k, sep)
	if i < 0 {
		return nil, nil, false
	}
	return k[:i], k[i+1:], true
}

// prefixKey is s followed by sep: the start of every composite key whose
// first part is exactly s.
func prefixKey(s string) []byte {
	return append([]byte(s), sep)
}

// seqKey is a big-endian uint64, so cursor order is numeric order.
func seqKey(n uint64) []byte {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], n)
	return k[:]
}

func seqOf(k []byte) uint64 {
	if len(k) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(k)
}

// commentKey is post id, sep, big-endian sequence.
func commentKey(post string, seq uint64) []byte {
	return append(prefixKey(post), seqKey(seq)...)
}

// Cursors for key-ordered reads are the hex of the last key returned; for
// ranked reads, "o" and an offset.
func keyCursor(k []byte) Cursor { return Cursor(hex.EncodeToString(k)) }

// cursorKey decodes a key cursor; the zero cursor (the start) is a nil key.
func cursorKey(c Cursor) ([]byte, error) {
	if c == "" {
		return nil, nil
	}
	k, err := hex.DecodeString(string(c))
	if err != nil || len(k) <= 8 {
		return nil, invalid("bad cursor %q", c)
	}
	return k, nil
}

func offsetCursor(n int) Cursor { return Cursor(fmt.Sprintf("o%d", n)) }

func cursorOffset(c Cursor) (int, error) {
	if c == "" {
		return 0, nil
	}
	var n int
	if _, err := fmt.Sscanf(string(c), "o%d", &n); err != nil || n < 0 || offsetCursor(n) != c {
		return 0, invalid("bad cursor %q", c)
	}
	return n, nil
}

// decode decodes a raw value (inside the transaction that produced it).
func decode[T any](raw []byte) (T, error) {
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		return v, fmt.Errorf("decode record: %w", err)
	}
	return v, nil
}
