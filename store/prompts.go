package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// FollowPromptShown records that mini program mp showed the follow pop-up
// for account (an event only; whether it shows is model.FollowPrompt's
// rule over the state).
func (d *DB) FollowPromptShown(a model.Actor, account model.AccountID, mp model.MiniProgramID) error {
	a = stamp(a)
	return d.act(a, func(tx *bolt.Tx, _ *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if tx.Bucket(bktAccounts).Get([]byte(account)) == nil {
			return nil, notFound("life account", account)
		}
		return []model.Event{model.NewEvent(a, model.EventFollowPromptShown, string(account), "", string(mp))}, nil
	})
}

// AnswerFollowPrompt records the answer to the follow pop-up. Accepting
// follows the account (fans +1, its follow event with source
// follow_prompt) unless the persona already follows it;
// dismissing adds one to the persona's count of closes for that account.
func (d *DB) AnswerFollowPrompt(a model.Actor, account model.AccountID, mp model.MiniProgramID, accept bool) error {
	a = stamp(a)
	return d.act(a, func(tx *bolt.Tx, u *bolt.Bucket, a model.Actor) ([]model.Event, error) {
		if tx.Bucket(bktAccounts).Get([]byte(account)) == nil {
			return nil, notFound("life account", account)
		}
		if !accept {
			if err := countPromptDismissal(u, account); err != nil {
				return nil, err
			}
			return []model.Event{model.NewEvent(a, model.EventFollowPromptDismissed, string(account), "", string(mp))}, nil
		}
		events := []model.Event{model.NewEvent(a, model.EventFollowPromptAccepted, string(account), "", string(mp))}
		followed, err := followIfNot(tx, u, account, a.At)
		if err != nil {
			return nil, err
		}
		if !followed {
			return events, nil
		}
		return append(events, model.NewEvent(a, model.EventFollow, string(account), model.SourceFollowPrompt, "")), nil
	})
}

// countPromptDismissal adds one to the persona's count of follow pop-ups
// closed for account.
func countPromptDismissal(u *bolt.Bucket, account model.AccountID) error {
	counts, _, err := getJSON[map[model.AccountID]int](u, userFollowPrompt)
	if err != nil {
		return err
	}
	if counts == nil {
		counts = map[model.AccountID]int{}
	}
	counts[account]++
	return putJSON(u, userFollowPrompt, counts)
}

// followIfNot follows account at the given time (fans +1) unless the
// persona already follows it, reporting whether it did.
func followIfNot(tx *bolt.Tx, u *bolt.Bucket, account model.AccountID, at time.Time) (bool, error) {
	follows, err := readFollows(u)
	if err != nil {
		return false, err
	}
	if indexOfFollow(follows, account) >= 0 {
		return false, nil
	}
	if err := writeFollows(u, append(follows, model.Follow{AccountID: account, At: at})); err != nil {
		return false, err
	}
	if err := addFans(tx, account, 1); err != nil {
		return false, err
	}
	return true, nil
}
