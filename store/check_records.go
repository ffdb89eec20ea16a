package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// recordCheck decodes every record: each value must be what its bucket
// holds (JSON, an 8-byte counter, a PNG whose chunk checksums match), and
// each record is read once more the way the app reads it, so a value that
// is valid JSON of the wrong shape is caught too.
type recordCheck struct {
	d        *DB
	rawOnly  bool // only that each value is well formed (an older schema)
	records  int
	problems []Problem
}

// jsonBuckets hold a JSON value under every key.
var jsonBuckets = [][]byte{
	bktMerchants, bktMiniPrograms, bktAccounts, bktPosts, bktCoupons, bktGroups,
	bktPersonas, bktChannels, bktIdxSearchDoc, bktPostCounts, bktComments, bktEvents,
}

func (c *recordCheck) bad(where, key string, err error) {
	c.add(Problem{Area: "records",
		Summary: fmt.Sprintf("record %s/%s cannot be read", where, keyName([]byte(key))), Detail: decodeDetail(err)})
}

// add records a problem, up to maxProblems.
func (c *recordCheck) add(p Problem) {
	if len(c.problems) == maxProblems {
		c.problems = append(c.problems, Problem{Area: "records", Summary: "more records cannot be read (not listed)"})
	}
	if len(c.problems) > maxProblems {
		return
	}
	c.problems = append(c.problems, p)
}

func (c *recordCheck) run() {
	if err := c.d.view(c.raw); err != nil {
		c.bad("", "", err)
		return
	}
	if !c.rawOnly {
		c.typed()
	}
}

// raw checks that every value is well formed for its bucket, without
// reading it as the app does.
func (c *recordCheck) raw(tx *bolt.Tx) error {
	for _, name := range jsonBuckets {
		c.values(tx.Bucket(name), string(name), c.jsonValue)
	}
	c.metaValues(tx.Bucket(bktMeta))
	for _, name := range [][]byte{bktAccountCounts, bktGroupCounts} {
		c.values(tx.Bucket(name), string(name), counterValue)
	}
	c.values(tx.Bucket(bktMedia), string(bktMedia), pictureValue)
	c.drafts(tx.Bucket(bktDrafts))
	c.participants(tx)
	c.operators(tx)
	return c.users(tx.Bucket(bktUsers))
}

// metaValues checks the meta bucket's JSON values: the settings, the
// channel and persona orders, the experiments and the aliases.
func (c *recordCheck) metaValues(meta *bolt.Bucket) {
	for _, k := range [][]byte{metaSettings, metaChannelOrder, metaPersonaOrder, metaExperiments, metaAliases} {
		if v := meta.Get(k); v != nil {
			c.records++
			if err := c.jsonValue(v); err != nil {
				c.bad("meta", string(k), err)
			}
		}
	}
}

// counterValue checks a counter: a big-endian uint64.
func counterValue(v []byte) error {
	if len(v) != 8 {
		return fmt.Errorf("a counter of %d bytes instead of 8", len(v))
	}
	return nil
}

// pictureValue checks a picture: a PNG that decodes.
func pictureValue(v []byte) error {
	if _, err := png.Decode(bytes.NewReader(v)); err != nil {
		return errBadPicture
	}
	return nil
}

// values checks every plain value of b with check.
func (c *recordCheck) values(b *bolt.Bucket, name string, check func([]byte) error) {
	if b == nil {
		return
	}
	_ = b.ForEach(func(k, v []byte) error {
		if v == nil {
			return nil // a nested bucket
		}
		c.records++
		if err := check(v); err != nil {
			c.bad(name, string(k), err)
		}
		return nil
	})
}

func (c *recordCheck) jsonValue(v []byte) error {
	if !json.Valid(v) {
		return errNotJSON
	}
	return nil
}

var (
	errNotJSON    = errors.New("it is not valid JSON")
	errBadPicture = errors.New("the picture is damaged (not a PNG, or its checksums do not match)")
)

// users checks every persona's state bucket: each value is JSON (lists,
// maps, and the "1" of a flag), and so is each value of its nested buckets
// (comments, forwards, orders, own posts).
func (c *recordCheck) users(users *bolt.Bucket) error {
	if users == nil {
		return nil
	}
	return users.ForEachBucket(func(p []byte) error {
		u := users.Bucket(p)
		where := "users/" + keyName(p)
		c.values(u, where, c.jsonValue)
		return u.ForEachBucket(func(n []byte) error {
			c.values(u.Bucket(n), where+"/"+keyName(n), c.jsonValue)
			return nil
		})
	})
}

// typed reads every record through the app's own readers.
func (c *recordCheck) typed() {
	d := c.d
	byID := map[string]func(string) error{
		string(bktMerchants): func(id string) error { _, err := d.Merchant(model.MerchantID(id)); return err },
		string(bktMiniPrograms): func(id string) error {
			_, err := d.MiniProgram(model.MiniProgramID(id))
			return err
		},
		string(bktAccounts): func(id string) error { _, err := d.Account(model.AccountID(id)); return err },
		string(bktPosts):    func(id string) error { _, err := d.Post(model.PostID(id)); return err },
		string(bktCoupons):  func(id string) error { _, err := d.Coupon(model.CouponID(id)); return err },
		string(bktGroups):   func(id string) error { _, err := d.Group(model.GroupID(id)); return err },
		string(bktPersonas): func(id string) error { _, err := d.Persona(model.PersonaID(id)); return err },
	}
	for name, read := range byID {
		for _, id := range c.keys([]byte(name)) {
			if err := read(id); err != nil {
				c.bad(name, id, err)
			}
		}
	}
	for what, read := range map[string]func() error{
		"meta/settings":      func() error { _, err := d.Settings(); return err },
		"meta/channel_order": func() error { _, err := d.Channels(); return err },
		"meta/experiments":   func() error { _, err := d.Experiments(); return err },
	} {
		if err := read(); err != nil {
			c.bad(what, "", err)
		}
	}
	for _, p := range c.keys(bktUsers) {
		if _, err := d.Persona(model.PersonaID(p)); err != nil {
			continue // a state bucket of a persona no longer in the world
		}
		if _, err := d.State(model.PersonaID(p)); err != nil {
			c.bad("users", p, err)
		}
	}
	for after := uint64(0); ; {
		evs, err := d.Events(after, 1000)
		if err != nil {
			c.bad("events", fmt.Sprint("after ", after), err)
			break
		}
		if len(evs) == 0 {
			break
		}
		after = evs[len(evs)-1].Seq
	}
}

// keys lists the keys of a top-level bucket.
func (c *recordCheck) keys(bucket []byte) []string {
	var out []string
	_ = c.d.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucket); b != nil {
			return b.ForEach(func(k, _ []byte) error { out = append(out, string(k)); return nil })
		}
		return nil
	})
	return out
}

// decodeDetail says in plain words why a record did not decode.
func decodeDetail(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &te):
		return fmt.Sprintf("field %q holds a JSON %s where a %s belongs", te.Field, te.Value, te.Type)
	case errors.As(err, &se), errors.Is(err, errNotJSON):
		return "it is not valid JSON"
	case errors.Is(err, ErrNotFound):
		return "it is missing"
	case errors.Is(err, ErrCorrupt):
		return plainReason(err)
	}
	return err.Error()
}
