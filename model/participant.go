package model

import (
	"fmt"
	"unicode/utf8"
)

// A participant is a persona made for one person in a room served over
// SSH (`lifesim serve`): the SSH user name is the persona's id, and its
// first connection makes it from the new-user template, so it starts with
// an empty state.

// MaxParticipantName is the longest participant name, in characters.
const MaxParticipantName = 32

// CheckParticipantName says what is wrong with name as a participant's
// persona id, or nil: letters, digits, '-' and '_', 1 to 32 of them. The
// name becomes a store key and a line in every report, so nothing else
// (no '/', '.', space or control character) gets through.
func CheckParticipantName(name string) error {
	switch n := utf8.RuneCountInString(name); {
	case name == "":
		return fmt.Errorf("a name is needed: connect as NAME@host")
	case n > MaxParticipantName:
		return fmt.Errorf("the name is %d characters long; at most %d are allowed", n, MaxParticipantName)
	}
	for _, r := range name {
		if !participantRune(r) {
			return fmt.Errorf("the name may hold only ASCII letters, digits, '-' and '_', not %q", r)
		}
	}
	return nil
}

// participantRune is an ASCII letter or digit, '-' or '_'. Only ASCII:
// look-alike letters from other scripts would let two people take names
// that read the same.
func participantRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_'
}

// NewParticipant is the persona for participant id, made from template
// (the new-user persona): its place and interests, none of its seeded
// state, so the participant starts empty.
func NewParticipant(template Persona, id PersonaID) Persona {
	return Persona{
		ID:          id,
		Name:        string(id),
		Description: "A participant in a room served over SSH.",
		Location:    template.Location,
		Interests:   append([]string(nil), template.Interests...),
	}
}
