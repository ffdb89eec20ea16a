package report

import (
	"encoding/json"
	"fmt"
	"io"

	"lifesim/model"
)

// WritePersonas lists personas for a person: id, name and description,
// one a line.
func WritePersonas(w io.Writer, ps []model.Persona) error {
	for _, p := range ps {
		if _, err := fmt.Fprintf(w, "%-12s %s — %s\n", p.ID, model.CleanLine(p.Name), model.CleanLine(p.Description)); err != nil {
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
}

// WritePersonasJSON is `personas --json`: an array of id, name and
// description.
func WritePersonasJSON(w io.Writer, ps []model.Persona) error {
	out := make([]jsonPersona, len(ps))
	for i, p := range ps {
		out[i] = jsonPersona{ID: string(p.ID), Name: p.Name, Description: p.Description}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
