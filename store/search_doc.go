package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"lifesim/model"
)

// docView is an idx_search_doc record read in place, for scoring many
// candidates of one search: each field is the bytes of its JSON string
// (decoded only when it holds an escape), pointing into bbolt's memory, so
// it is valid only inside the transaction that read it. Decoding the
// record with encoding/json copied every token of every candidate (a
// post's tokens run to kilobytes); Search reads most of them only to
// find a word among them.
type docView struct {
	kind, id, title, subtitle, icon []byte
	norm, tokens, names             []byte
	lead                            int
}

// viewDoc reads raw, an idx_search_doc value. A record that is not a flat
// object of strings and numbers, as json.Marshal writes a searchDoc, is
// decoded with encoding/json instead, which says what is wrong with it.
func viewDoc(key, raw []byte) (docView, error) {
	if v, ok := readDocFields(raw); ok {
		return v, nil
	}
	var d searchDoc
	if err := json.Unmarshal(raw, &d); err != nil {
		return docView{}, fmt.Errorf("decode record %q: %w", key, err)
	}
	return docView{
		kind: []byte(d.Kind), id: []byte(d.ID), title: []byte(d.Title), subtitle: []byte(d.Subtitle),
		icon: []byte(d.Icon), norm: []byte(d.Norm), tokens: []byte(d.Tokens), names: []byte(d.Names),
		lead: d.Lead,
	}, nil
}

// readDocFields reads the fields of a flat JSON object; ok is false if raw
// is anything else.
func readDocFields(raw []byte) (v docView, ok bool) {
	r := flatReader{b: raw}
	if !r.byte('{') {
		return v, false
	}
	if r.byte('}') {
		return v, r.end()
	}
	for {
		key, ok := r.str()
		if !ok || !r.byte(':') {
			return v, false
		}
		if !v.set(string(key), &r) {
			return v, false
		}
		if r.byte('}') {
			return v, r.end()
		}
		if !r.byte(',') {
			return v, false
		}
	}
}

// set reads the value of the field named key into v.
func (v *docView) set(key string, r *flatReader) bool {
	if key == "l" {
		n, ok := r.int()
		v.lead = n
		return ok
	}
	s, ok := r.str()
	switch key {
	case "k":
		v.kind = s
	case "i":
		v.id = s
	case "t":
		v.title = s
	case "s":
		v.subtitle = s
	case "c":
		v.icon = s
	case "n":
		v.norm = s
	case "w":
		v.tokens = s
	case "a":
		v.names = s
	}
	return ok
}

// result is what Search returns for the doc.
func (v *docView) result(score int) model.SearchResult {
	return model.SearchResult{Kind: model.ResultKind(v.kind), ID: string(v.id), Title: string(v.title),
		Subtitle: string(v.subtitle), Icon: string(v.icon), Score: score}
}

// flatReader reads a JSON object of strings and numbers.
type flatReader struct {
	b []byte
	i int
}

func (r *flatReader) space() {
	for r.i < len(r.b) && (r.b[r.i] == ' ' || r.b[r.i] == '\t' || r.b[r.i] == '\n' || r.b[r.i] == '\r') {
		r.i++
	}
}

// byte consumes c (after any space) if it comes next.
func (r *flatReader) byte(c byte) bool {
	r.space()
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

// end reports whether nothing but space is left.
func (r *flatReader) end() bool {
	r.space()
	return r.i == len(r.b)
}

// str reads a string: its bytes in place, or decoded when it holds an
// escape.
func (r *flatReader) str() ([]byte, bool) {
	if !r.byte('"') {
		return nil, false
	}
	start := r.i
	end := bytes.IndexByte(r.b[start:], '"')
	if end < 0 {
		return nil, false
	}
	s := r.b[start : start+end]
	if bytes.IndexByte(s, '\\') < 0 {
		r.i = start + end + 1
		return s, true
	}
	// an escape: find the real end, and let encoding/json decode it
	for i := start; i < len(r.b); i++ {
		switch r.b[i] {
		case '\\':
			i++
		case '"':
			var out string
			if err := json.Unmarshal(r.b[start-1:i+1], &out); err != nil {
				return nil, false
			}
			r.i = i + 1
			return []byte(out), true
		}
	}
	return nil, false
}

// int reads a non-negative integer.
func (r *flatReader) int() (int, bool) {
	r.space()
	start := r.i
	for r.i < len(r.b) && r.b[r.i] >= '0' && r.b[r.i] <= '9' {
		r.i++
	}
	n, err := strconv.Atoi(string(r.b[start:r.i]))
	return n, err == nil
}
