package report

import (
	"fmt"
	"io"
	"slices"

	"lifesim/model"
)

// EventFormats are the formats NewEventWriter takes, the default first
// ("json" is another name for "jsonl").
var EventFormats = []string{"jsonl", "json", "csv"}

// EventWriter writes events in one export format; Flush once after the
// last.
type EventWriter interface {
	Write(e model.Event) error
	Flush() error
}

// NewEventWriter is the writer for format. A CSV export has one column per
// experiment in exps, sorted by key, so that its header is the same for
// every log of one world; a CSV writer writes that header at once.
func NewEventWriter(w io.Writer, format string, exps []model.Experiment) (EventWriter, error) {
	switch format {
	case "jsonl", "json":
		return newJSONLEvents(w), nil
	case "csv":
		keys := make([]string, len(exps))
		for i, e := range exps {
			keys[i] = e.Key
		}
		slices.Sort(keys)
		return newCSVEvents(w, keys)
	}
	return nil, fmt.Errorf("--format %q: want jsonl or csv", format)
}
