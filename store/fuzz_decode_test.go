package store

import (
	"testing"

	"lifesim/model"
)

// decodeAs decodes raw as T with the store's own decode (codec.go).
func decodeAs[T any](raw []byte) error {
	_, err := decode[T](raw)
	return err
}

// decodeVia decodes raw as a record R and converts it to its model form.
func decodeVia[R, M any](conv func(R) M) func([]byte) error {
	return func(raw []byte) error {
		r, err := decode[R](raw)
		if err == nil {
			_ = conv(r)
		}
		list, err := decode[[]R](raw) // user buckets keep lists
		for _, r := range list {
			_ = conv(r)
		}
		return err
	}
}

// recordDecoders are every bucket's record types, as the store reads them.
var recordDecoders = []func([]byte) error{
	decodeAs[model.Merchant],
	decodeAs[model.MiniProgram],
	decodeAs[model.LifeAccount],
	decodeVia(postRecord.model),
	decodeAs[model.Coupon],
	decodeAs[model.Group],
	decodeAs[model.Persona],
	decodeAs[model.Channel],
	decodeAs[model.Settings],
	decodeAs[[]model.Experiment],
	decodeAs[[]model.ChannelID],
	decodeAs[searchDoc],
	decodeVia(countsRecord.model),
	decodeVia(commentRecord.model),
	decodeVia(eventRecord.model),
	decodeVia(recentRecord.model),
	decodeVia(followRecord.model),
	decodeVia(claimRecord.model),
	decodeVia(forwardRecord.model),
	decodeVia(orderRecord.model),
	decodeVia(membershipRecord.model),
	decodeVia(draftRecord.model),
	decodeAs[[]model.MiniProgramID],
	decodeAs[map[model.AccountID]int],
}

// keyDecoders are the composite keys' readers.
var keyDecoders = []func([]byte) error{
	func(k []byte) error { _, _, _ = splitSearchKey(k); return nil },
	func(k []byte) error { _, _ = splitTimeIDKey(k); return nil },
	func(k []byte) error { _ = seqOf(k); return nil },
	func(k []byte) error { _, _, _ = splitDraftKey(k); return nil },
	func(k []byte) error { _, err := cursorKey(Cursor(k)); return err },
	func(k []byte) error { _, err := cursorOffset(Cursor(k)); return err },
}

// FuzzDecodeRecord decodes fuzzed bytes as every record type the store
// keeps, and as every composite key: an error is fine, a panic is not.
// `go test ./store -run '^$' -fuzz FuzzDecodeRecord`.
func FuzzDecodeRecord(f *testing.F) {
	for _, seed := range []string{
		`{}`, `[]`, `null`, `""`, `0`,
		`{"id":"p1","title":"t","published_at":"2026-01-08T09:30:00+08:00","components":[{"kind":"coupon"}]}`,
		`{"seq":1,"type":"app_start","at":"2026-01-08T09:30:00Z","detail":{"a":"b"}}`,
		`[{"id":"x","at":"0001-01-01T00:00:00Z"},{"id":"y"}]`,
		`{"likes":-1,"comments":9223372036854775807}`,
		`{"at":"9999-12-31T23:59:59Z","total_cents":-5}`,
		"\x00\x01\x02\x03\x04\x05\x06\x07\x08",
		"kfc\x00mini_program\x00kfc-ordering",
		`{"id":"\u001b[2J","name":"\ud800"}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, dec := range recordDecoders {
			_ = dec(raw)
		}
		for _, dec := range keyDecoders {
			_ = dec(raw)
		}
	})
}
