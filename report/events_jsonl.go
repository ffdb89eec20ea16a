package report

import (
	"encoding/json"
	"io"
	"time"

	"lifesim/model"
)

// jsonEvent is one line of `events --format jsonl`.
type jsonEvent struct {
	Seq      uint64            `json:"seq"`
	At       time.Time         `json:"at"`
	Persona  string            `json:"persona"`
	Session  string            `json:"session"`
	Kind     string            `json:"kind"`
	Target   string            `json:"target,omitempty"`
	Source   string            `json:"source,omitempty"`
	Scene    int               `json:"scene,omitempty"`
	Detail   string            `json:"detail,omitempty"`
	Value    int64             `json:"value,omitempty"`
	Variants map[string]string `json:"variants,omitempty"`
}

func toJSONEvent(e model.Event) jsonEvent {
	return jsonEvent{
		Seq: e.Seq, At: e.At, Persona: string(e.Persona), Session: e.Session, Kind: string(e.Kind),
		Target: e.Target, Source: string(e.Source), Scene: e.Scene, Detail: e.Detail, Value: e.Value,
		Variants: e.Variants,
	}
}

// jsonlEvents writes one JSON object per line (jsonEvent), exact: no cell
// is rewritten as in CSV, and no HTML character is escaped.
type jsonlEvents struct{ enc *json.Encoder }

func newJSONLEvents(w io.Writer) *jsonlEvents {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonlEvents{enc: enc}
}

func (j *jsonlEvents) Write(e model.Event) error { return j.enc.Encode(toJSONEvent(e)) }
func (j *jsonlEvents) Flush() error              { return nil }
