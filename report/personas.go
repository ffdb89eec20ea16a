package report

import (
	"encoding/json"
	"fmt"
	"io"

	"lifesim/model"
)

// participantMark ends a participant's line in `lifesim personas`: a
// persona `lifesim serve` made for an SSH user name, not one of the world's.
const participantMark = "  [participant]"

// WritePersonas lists personas for a person: id, name and description,
// one a line, the world's first, then the participants, each marked.
func WritePersonas(w io.Writer, world, participants []model.Persona) error {
	for i, p := range append(world[:len(world):len(world)], participants...) {
		mark := ""
		if i >= len(world) {
			mark = participantMark
		}
		if _, err := fmt.Fprintf(w, "%-12s %s — %s%s\n", p.ID, model.CleanLine(p.Name), model.CleanLine(p.Description), mark); err != nil {
			return err
		}
	}
	return nil
}

// jsonPersona is one persona in `personas --json`, an output format of
// its own so that it does not change with the fixture or store format.
type jsonPersona struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Participant bool   `json:"participant,omitempty"` // made by lifesim serve
}

// WritePersonasJSON is `personas --json`: an array of id, name and
// description, the world's personas first, then the participants with
// "participant": true.
func WritePersonasJSON(w io.Writer, world, participants []model.Persona) error {
	out := make([]jsonPersona, 0, len(world)+len(participants))
	for i, p := range append(world[:len(world):len(world)], participants...) {
		out = append(out, jsonPersona{ID: string(p.ID), Name: p.Name, Description: p.Description, Participant: i >= len(world)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
