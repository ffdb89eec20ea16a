package store

import (
	"cmp"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// SendMessage sends a message to account's followers (Alipay's life
// account push), written by its operator: cleaned and checked (a problem
// is a *model.FieldError matching ErrInvalid, and nothing is written). The
// message, "msg-<seq>", is kept in the operator's bucket with how many
// personas follow the account now (Reached); merchant_message is appended
// (Target the account, Detail the message, Value Reached). Followers read
// it in their Messages tab (Inbox).
func (d *DB) SendMessage(a model.Actor, account model.AccountID, text string) (model.MerchantMessage, error) {
	var m model.MerchantMessage
	err := d.operate(a, account, func(tx *bolt.Tx, op *bolt.Bucket, acc model.LifeAccount, a model.Actor) ([]model.Event, error) {
		clean := model.CleanMessage(text)
		if err := model.ValidateMessage(clean); err != nil {
			return nil, draftError{err}
		}
		reached, err := followers(tx, account)
		if err != nil {
			return nil, err
		}
		seq, err := tx.Bucket(bktMeta).NextSequence()
		if err != nil {
			return nil, err
		}
		m = model.MerchantMessage{ID: fmt.Sprintf("msg-%d", seq), Account: account, Text: clean, SentAt: a.At, Reached: reached}
		if err := appendHistory(op, opMessages, seq, toMessageRecord(m)); err != nil {
			return nil, err
		}
		e := model.NewEvent(a, model.EventMerchantMessage, string(account), "", m.ID)
		e.Value = int64(reached)
		return []model.Event{e}, nil
	})
	if err != nil {
		return model.MerchantMessage{}, err
	}
	return m, nil
}

// followers is how many personas (world personas and participants with
// state) follow the account now.
func followers(tx *bolt.Tx, account model.AccountID) (int, error) {
	users := tx.Bucket(bktUsers)
	n := 0
	err := users.ForEachBucket(func(k []byte) error {
		follows, err := readFollows(users.Bucket(k))
		if err != nil {
			return fmt.Errorf("follows of %q: %w", k, err)
		}
		if indexOfFollow(follows, account) >= 0 {
			n++
		}
		return nil
	})
	return n, err
}

// Followers is how many personas follow account now (Reached of a
// message sent now). An unknown account, or one with no merchant, is
// ErrNotFound naming it.
func (d *DB) Followers(account model.AccountID) (int, error) {
	return viewGet(d, func(tx *bolt.Tx) (int, error) {
		if _, err := merchantAccount(tx, account); err != nil {
			return 0, err
		}
		return followers(tx, account)
	})
}

// SentMessages is what account's operator sent, newest first. An unknown
// account, or one with no merchant, is ErrNotFound naming it.
func (d *DB) SentMessages(account model.AccountID) ([]model.MerchantMessage, error) {
	return viewGet(d, func(tx *bolt.Tx) ([]model.MerchantMessage, error) {
		if _, err := merchantAccount(tx, account); err != nil {
			return nil, err
		}
		ms, err := operatorHistory(tx, account, opMessages, messageRecord.model)
		slices.Reverse(ms)
		return ms, err
	})
}

// Inbox is the messages of the accounts p follows now, newest first (then
// by id, the later sent first), whenever they were sent: a follower reads
// the account's pushes in its Messages tab. An unknown persona is
// ErrNotFound; one that follows no operator has none.
func (d *DB) Inbox(p model.PersonaID) ([]model.MerchantMessage, error) {
	return viewGet(d, func(tx *bolt.Tx) ([]model.MerchantMessage, error) {
		if personaBytes(tx, p) == nil {
			return nil, notFound("persona", p)
		}
		out := []model.MerchantMessage{}
		u := tx.Bucket(bktUsers).Bucket([]byte(p))
		if u == nil {
			return out, nil
		}
		follows, err := readFollows(u)
		if err != nil {
			return nil, err
		}
		for _, f := range follows {
			ms, err := operatorHistory(tx, f.AccountID, opMessages, messageRecord.model)
			if err != nil {
				return nil, err
			}
			out = append(out, ms...)
		}
		slices.SortStableFunc(out, func(a, b model.MerchantMessage) int {
			return cmp.Or(b.SentAt.Compare(a.SentAt), cmp.Compare(messageSeq(b.ID), messageSeq(a.ID)))
		})
		return out, nil
	})
}

// messageSeq is the sequence number in a message id ("msg-12" → 12), so
// messages sent at the same time sort in the order they were sent.
func messageSeq(id string) uint64 {
	var n uint64
	_, _ = fmt.Sscanf(id, "msg-%d", &n)
	return n
}
