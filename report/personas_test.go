package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"lifesim/model"
)

func TestWritePersonas(t *testing.T) {
	ps := []model.Persona{
		{ID: "newuser", Name: "New user", Description: "nothing yet"},
		{ID: "returning", Name: "Returning\x1b[2J", Description: "has favourites"},
	}
	alice := []model.Persona{model.NewParticipant(ps[0], "alice")}
	tests := []struct {
		name                string
		participants        []model.Persona
		wantText            string
		wantParticipantJSON []bool
	}{
		{"the world alone", nil,
			// the escape sequence in a name is dropped, not sent
			"newuser      New user — nothing yet\nreturning    Returning — has favourites\n",
			[]bool{false, false}},
		{"with a participant", alice,
			"newuser      New user — nothing yet\nreturning    Returning — has favourites\n" +
				"alice        alice — A participant in a room served over SSH.  [participant]\n",
			[]bool{false, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WritePersonas(&b, ps, tt.participants); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.wantText {
				t.Errorf("got  %q\nwant %q", got, tt.wantText)
			}
			b.Reset()
			if err := WritePersonasJSON(&b, ps, tt.participants); err != nil {
				t.Fatal(err)
			}
			var out []map[string]any
			if err := json.Unmarshal(b.Bytes(), &out); err != nil || len(out) != len(tt.wantParticipantJSON) ||
				out[0]["id"] != "newuser" || out[1]["description"] != "has favourites" {
				t.Fatalf("JSON %v: %s", err, b.String())
			}
			for i, want := range tt.wantParticipantJSON {
				if got := out[i]["participant"] == true; got != want {
					t.Errorf("persona %d participant = %v; want %v", i, got, want)
				}
			}
		})
	}
}
