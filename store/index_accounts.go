package store

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// "Accounts you may be interested in" ranks accounts by how many of the
// persona's interests they match (model.AccountAffinity), then fans, name
// and id. Two indexes answer it without decoding every account:
//
//	idx_account_words  token NUL account id → BE(fans) name: every token
//	                   AccountAffinity reads (name, bio, keywords), clipped
//	                   as search's are
//	idx_account_fans   ^BE(fans) name NUL account id → nil: the accounts
//	                   in the order that breaks ties of affinity
//
// Both hold the seeded fans; the change from personas' follows is added
// when an account is read. Persona accounts (model.PersonaAccountID) are
// written by publishing, not seeding, and are read from the accounts
// bucket by their id prefix.

// personaAccountPrefix starts every persona account's id.
var personaAccountPrefix = string(model.PersonaAccountID(""))

// suggestSlack is how many accounts beyond those needed are read from
// idx_account_fans: their order there is by seeded fans, and a persona's
// follows can lift an account above one just before it.
const suggestSlack = 16

// accountIndexes is idx_account_words's and idx_account_fans's records.
func accountIndexes(accounts []model.LifeAccount) (words, fans batch) {
	for _, a := range accounts {
		v := append(fansBytes(a.Fans), a.Name...)
		seen := map[string]bool{}
		for _, t := range model.TextTokens(slices.Concat([]string{a.Name, a.Bio}, a.Keywords)...) {
			if t = clipToken(t); !seen[t] {
				seen[t] = true
				words.add(append(prefixKey(t), a.ID...), v)
			}
		}
		k := fansBytes(a.Fans)
		for i := range k {
			k[i] ^= 0xff
		}
		fans.add(append(append(append(k, a.Name...), sep), a.ID...), nil)
	}
	return words, fans
}

// fansBytes is fans as 8 bytes whose order is numeric order.
func fansBytes(n int64) []byte {
	b := make([]byte, 8, 8+32)
	binary.BigEndian.PutUint64(b, uint64(n)^1<<63)
	return b
}

func fansOf(b []byte) int64 { return int64(binary.BigEndian.Uint64(b) ^ 1<<63) }

// suggestion is an account as "Accounts you may be interested in" ranks it.
type suggestion struct {
	id       model.AccountID
	affinity int
	fans     int64 // with the personas' follows
	name     string
}

// better orders suggestions best first.
func better(x, y suggestion) int {
	return cmp.Or(cmp.Compare(y.affinity, x.affinity), cmp.Compare(y.fans, x.fans),
		cmp.Compare(x.name, y.name), cmp.Compare(x.id, y.id))
}

// suggestions is the best limit accounts for a persona with these
// interests, leaving out the followed ones. Every account matching an
// interest is ranked exactly; those matching none are taken from the top
// of idx_account_fans (see suggestSlack).
func suggestions(tx *bolt.Tx, interests []string, followed map[model.AccountID]bool, limit int) ([]suggestion, error) {
	cands := map[model.AccountID]*suggestion{}
	for _, in := range interests {
		for id, e := range interestMatches(tx, model.QueryWords(in)) {
			if followed[id] || strings.HasPrefix(string(id), personaAccountPrefix) {
				continue
			}
			c := cands[id]
			if c == nil {
				c = &suggestion{id: id, fans: e.fans + fansDelta(tx, id), name: e.name}
				cands[id] = c
			}
			c.affinity++
		}
	}
	matched := len(cands)
	if err := personaAccounts(tx, interests, followed, cands); err != nil {
		return nil, err
	}
	var out []suggestion
	for _, c := range cands {
		out = append(out, *c)
	}
	if matched < limit {
		out = append(out, byFans(tx, followed, cands, limit-matched+suggestSlack)...)
	}
	slices.SortFunc(out, better)
	return out[:min(len(out), limit)], nil
}

// wordEntry is an idx_account_words value.
type wordEntry struct {
	fans int64
	name string
}

// interestMatches is the accounts with a token starting with each of the
// words (model.InterestOverlap's match), none when there are no words.
// A word longer than maxTokenRunes is clipped like the tokens, so it may
// match an account whose token only shares its first runes.
func interestMatches(tx *bolt.Tx, words []string) map[model.AccountID]wordEntry {
	var hit map[model.AccountID]wordEntry
	cur := tx.Bucket(bktIdxAccountWords).Cursor()
	for i, w := range words {
		w = clipToken(w)
		m := map[model.AccountID]wordEntry{}
		for k, v := cur.Seek([]byte(w)); k != nil && bytes.HasPrefix(k, []byte(w)); k, v = cur.Next() {
			j := bytes.IndexByte(k, sep)
			if j < 0 || len(v) < 8 {
				continue
			}
			id := model.AccountID(k[j+1:])
			if i == 0 || hasKey(hit, id) {
				m[id] = wordEntry{fansOf(v), string(v[8:])}
			}
		}
		hit = m
	}
	return hit
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}

// personaAccounts adds the persona accounts that are not followed to
// cands, each ranked by its record.
func personaAccounts(tx *bolt.Tx, interests []string, followed map[model.AccountID]bool, cands map[model.AccountID]*suggestion) error {
	cur := tx.Bucket(bktAccounts).Cursor()
	prefix := []byte(personaAccountPrefix)
	for k, v := cur.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = cur.Next() {
		id := model.AccountID(k)
		if followed[id] {
			continue
		}
		a, err := decode[model.LifeAccount](v)
		if err != nil {
			return err
		}
		cands[id] = &suggestion{id: id, affinity: model.AccountAffinity(a, interests),
			fans: a.Fans + fansDelta(tx, id), name: a.Name}
	}
	return nil
}

// byFans is up to n accounts from the top of idx_account_fans that are
// neither followed, nor persona accounts, nor in cands: accounts that
// match no interest.
func byFans(tx *bolt.Tx, followed map[model.AccountID]bool, cands map[model.AccountID]*suggestion, n int) []suggestion {
	var out []suggestion
	cur := tx.Bucket(bktIdxAccountFans).Cursor()
	for k, _ := cur.First(); k != nil && len(out) < n; k, _ = cur.Next() {
		j := bytes.LastIndexByte(k, sep)
		if len(k) < 8 || j < 8 {
			continue
		}
		id := model.AccountID(k[j+1:])
		if followed[id] || cands[id] != nil || strings.HasPrefix(string(id), personaAccountPrefix) {
			continue
		}
		seeded := make([]byte, 8)
		for i := range seeded {
			seeded[i] = k[i] ^ 0xff
		}
		out = append(out, suggestion{id: id, fans: fansOf(seeded) + fansDelta(tx, id), name: string(k[8:j])})
	}
	return out
}
