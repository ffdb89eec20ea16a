package model

import "time"

// Actor says who does an action, in which session, and when (simulated
// clock). Every store write takes one so that it can append the matching
// event in the same transaction.
type Actor struct {
	Persona  PersonaID         `json:"persona"`
	Session  string            `json:"session"`
	At       time.Time         `json:"at"`
	Variants map[string]string `json:"variants,omitempty"`
}

// Event is one entry of the append-only event log.
type Event struct {
	Seq      uint64            `json:"seq"`
	At       time.Time         `json:"at"`
	Persona  PersonaID         `json:"persona"`
	Session  string            `json:"session"`
	Kind     EventKind         `json:"kind"`
	Target   string            `json:"target,omitempty"` // the id acted on
	Source   Source            `json:"source,omitempty"`
	Scene    int               `json:"scene,omitempty"`
	Detail   string            `json:"detail,omitempty"` // query, comment text, order id…
	Value    int64             `json:"value,omitempty"`  // search: results shown; payment: cents paid
	Variants map[string]string `json:"variants,omitempty"`
}

// NewEvent builds an event for actor; the store assigns Seq.
func NewEvent(a Actor, kind EventKind, target string, src Source, detail string) Event {
	return Event{
		At: a.At, Persona: a.Persona, Session: a.Session, Kind: kind,
		Target: target, Source: src, Scene: src.Scene(), Detail: detail, Variants: a.Variants,
	}
}
