package report

import (
	"encoding/json"
	"fmt"
	"io"

	"lifesim/cli"
	"lifesim/store"
)

// WriteCheck writes `lifesim check`'s report for a person: the file, one
// line per step, then each problem, and last "healthy" or "damaged". Paths
// and notes are shown with terminal controls escaped: a damaged file's
// text may hold anything.
func WriteCheck(w io.Writer, r *store.CheckReport) error {
	fmt.Fprintf(w, "store %s (%d bytes)\n", cli.Visible(r.Path), r.Size)
	for _, s := range r.Steps {
		fmt.Fprintf(w, "%-8s %-8s %s\n", s.Status, s.Name, cli.Visible(s.Note))
	}
	if r.Healthy() {
		_, err := fmt.Fprintln(w, "healthy")
		return err
	}
	fmt.Fprintln(w, "problems:")
	for _, p := range r.Problems {
		fmt.Fprintf(w, "  %-8s %s\n", p.Area, cli.Visible(p.String()))
	}
	_, err := fmt.Fprintln(w, "damaged")
	return err
}

// WriteCheckJSON is `check --json`: the report plus whether it is healthy.
func WriteCheckJSON(w io.Writer, r *store.CheckReport) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Healthy bool `json:"healthy"`
		*store.CheckReport
	}{r.Healthy(), r})
}
