package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// participants checks every participant record (a bucket since schema 5;
// older stores have none): its value decodes as a persona whose id is its
// key, the key is a name `lifesim serve` accepts
// (model.CheckParticipantName), and no world persona has the same id,
// which would hide the participant from every lookup. One line per record.
func (c *recordCheck) participants(tx *bolt.Tx) {
	b := tx.Bucket(bktParticipants)
	if b == nil {
		return
	}
	world := tx.Bucket(bktPersonas)
	_ = b.ForEach(func(k, v []byte) error {
		c.records++
		if why := participantProblem(world, k, v); why != "" {
			c.add(Problem{Area: "records", Summary: "participant " + keyName(k) + " cannot be used", Detail: why})
		}
		return nil
	})
}

// participantProblem says what is wrong with the participant record
// k → v, or "".
func participantProblem(world *bolt.Bucket, k, v []byte) string {
	if v == nil {
		return "a bucket where a participant belongs"
	}
	if err := model.CheckParticipantName(string(k)); err != nil {
		return "its key is not a participant's name: " + err.Error()
	}
	p, err := decode[model.Persona](v)
	if err != nil {
		return decodeDetail(err)
	}
	if !bytes.Equal([]byte(p.ID), k) {
		return fmt.Sprintf("it holds persona %s under the key %s", keyName([]byte(p.ID)), keyName(k))
	}
	if world != nil && world.Get(k) != nil {
		return "a persona of the world has the same id and hides it"
	}
	return ""
}
