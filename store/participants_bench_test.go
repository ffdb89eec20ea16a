package store

import (
	"fmt"
	"testing"

	"lifesim/model"
)

// BenchmarkAddParticipant is what a connection pays to find its persona:
// a name already there is one read transaction; a new name is one write
// transaction (and its fsync).
func BenchmarkAddParticipant(b *testing.B) {
	db := seeded(b, testWorld())
	if _, _, err := db.AddParticipant("alice", "newuser"); err != nil {
		b.Fatal(err)
	}
	b.Run("known", func(b *testing.B) {
		for b.Loop() {
			if _, created, err := db.AddParticipant("alice", "newuser"); err != nil || created {
				b.Fatal(created, err)
			}
		}
	})
	b.Run("new", func(b *testing.B) {
		i := 0
		for b.Loop() {
			i++
			if _, created, err := db.AddParticipant(model.PersonaID(fmt.Sprintf("p%d", i)), "newuser"); err != nil || !created {
				b.Fatal(created, err)
			}
		}
	})
}
