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
	var b bytes.Buffer
	if err := WritePersonas(&b, ps); err != nil {
		t.Fatal(err)
	}
	// the escape sequence in a name is dropped, not sent
	want := "newuser      New user — nothing yet\nreturning    Returning — has favourites\n"
	if got := b.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	b.Reset()
	if err := WritePersonasJSON(&b, ps); err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	if err := json.Unmarshal(b.Bytes(), &out); err != nil || len(out) != 2 || out[0]["id"] != "newuser" || out[1]["description"] != "has favourites" {
		t.Errorf("JSON %v: %s", err, b.String())
	}
}
