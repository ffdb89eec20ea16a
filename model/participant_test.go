package model

import (
	"strings"
	"testing"
)

// A participant's name becomes a store key and a line in every report:
// ASCII letters, digits, '-' and '_', 1 to 32 of them, and a refusal says
// what is wrong in words the person at the SSH prompt can act on.
func TestCheckParticipantName(t *testing.T) {
	tests := []struct {
		name string
		want string // a part of the error; "" for a good name
	}{
		{"alice", ""},
		{"_x-9", ""},
		{"-", ""},
		{"Bob_2", ""},
		{strings.Repeat("a", 32), ""},
		{"", "a name is needed"},
		{strings.Repeat("a", 33), "33 characters long; at most 32"},
		{strings.Repeat("x", 300), "300 characters long; at most 32"},
		{"../x", `not '.'`},
		{"a/b", `not '/'`},
		{"a b", `not ' '`},
		{"é", `not 'é'`},
		{"a\x1b[2J", `not '\x1b'`},
		{"a\x00", `not '\x00'`},
		{"line\nbreak", `not '\n'`},
		{"ａ", `not 'ａ'`}, // a full-width look-alike
	}
	for _, tt := range tests {
		err := CheckParticipantName(tt.name)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("CheckParticipantName(%q) = %v; want ok", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("CheckParticipantName(%q) = %v; want an error with %q", tt.name, err, tt.want)
		case err != nil && strings.ContainsAny(err.Error(), "\x00\x1b\n"):
			t.Errorf("CheckParticipantName(%q) = %q: the message carries a control character", tt.name, err)
		}
	}
}

// A participant is made from the template's place and interests and none
// of its seeded state, and owns its interests: changing the template's
// afterwards leaves it as it was.
func TestNewParticipant(t *testing.T) {
	tmpl := Persona{
		ID: DefaultPersona, Name: "New user", Description: "Just installed it.",
		Location: LatLng{Lat: 31.23, Lng: 121.47}, Interests: []string{"food", "milk"},
		Favourites: []MiniProgramID{"kfc"}, Recents: []MiniProgramID{"kfc"}, Follows: []AccountID{"kfc"},
	}
	p := NewParticipant(tmpl, "alice")
	if p.ID != "alice" || p.Name != "alice" || p.Location != tmpl.Location {
		t.Errorf("NewParticipant = %+v; want alice at the template's place", p)
	}
	if p.Description == tmpl.Description || p.Description == "" {
		t.Errorf("Description = %q; want a participant's own", p.Description)
	}
	if len(p.Favourites)+len(p.Recents)+len(p.Follows) != 0 {
		t.Errorf("NewParticipant = %+v; want no seed state", p)
	}
	tmpl.Interests[0] = "changed"
	if strings.Join(p.Interests, ",") != "food,milk" {
		t.Errorf("Interests = %v; want the template's, not shared with it", p.Interests)
	}
}
