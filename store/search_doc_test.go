package store

import (
	"encoding/json"
	"testing"

	"lifesim/model"
)

// view is what a docView says, as a searchDoc, to compare with what
// encoding/json decodes.
func (v docView) doc() searchDoc {
	return searchDoc{Kind: model.ResultKind(v.kind), ID: string(v.id), Title: string(v.title),
		Subtitle: string(v.subtitle), Icon: string(v.icon), Norm: string(v.norm), Tokens: string(v.tokens),
		Names: string(v.names), Lead: v.lead}
}

// Search reads idx_search_doc records in place; it must read each the way
// encoding/json does, escapes included.
func TestViewDocReadsWhatJSONDecodes(t *testing.T) {
	docs := []searchDoc{
		{},
		{Kind: model.ResultPost, ID: "p1", Title: "New Year's Crayfish", Subtitle: "KFC · Image-text", Icon: "🍗",
			Norm: "new year s crayfish", Tokens: "new year s crayfish 小龙虾 龙虾 虾 #new_year_s_crayfish", Lead: 7,
			Names: "crayfish 小龙虾 虾 龙虾"},
		{Kind: model.ResultAccount, ID: "a\"1", Title: `Ben & Jerry's <"best"> \ tab	end`, Subtitle: "line\nbreak",
			Icon: "\u2028", Norm: "ben jerry s", Tokens: "ben jerry s", Lead: 3},
		{Kind: model.ResultMiniProgram, ID: "m", Title: "\x01\u00e9\ufffd", Lead: 0},
	}
	for _, d := range docs {
		raw, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		v, err := viewDoc([]byte("k"), raw)
		if err != nil {
			t.Fatalf("viewDoc(%s): %v", raw, err)
		}
		if got := v.doc(); got != d {
			t.Errorf("viewDoc(%s) = %+v\nwant %+v", raw, got, d)
		}
	}
}

// A record written another way is still read as encoding/json reads it,
// and one it cannot read is an error that names the record.
func TestViewDocOtherShapes(t *testing.T) {
	tests := []struct {
		raw  string
		want searchDoc
		err  bool
	}{
		{raw: ` { "t" : "A" , "l" : 2 , "i":"x" } `, want: searchDoc{Title: "A", Lead: 2, ID: "x"}},
		{raw: `{"t":"A","t":"B"}`, want: searchDoc{Title: "B"}},
		{raw: `{"t":"A","extra":{"x":[1,2]},"i":"y"}`, want: searchDoc{Title: "A", ID: "y"}},
		{raw: `{"t":"A","extra":true}`, want: searchDoc{Title: "A"}},
		{raw: `{"t":"A\u0042"}`, want: searchDoc{Title: "AB"}},
		{raw: `{"l":-1}`, want: searchDoc{Lead: -1}},
		{raw: `{}`},
		{raw: `{"t":"A"`, err: true},
		{raw: `{"t":"A"} x`, err: true},
		{raw: `{"l":"2"}`, err: true},
		{raw: `{"t":1}`, err: true},
		{raw: `[]`, err: true},
		{raw: ``, err: true},
	}
	for _, tt := range tests {
		v, err := viewDoc([]byte("post\x00p1"), []byte(tt.raw))
		switch {
		case tt.err && err == nil:
			t.Errorf("viewDoc(%s) = %+v; want an error", tt.raw, v.doc())
		case !tt.err && err != nil:
			t.Errorf("viewDoc(%s): %v", tt.raw, err)
		case !tt.err && v.doc() != tt.want:
			t.Errorf("viewDoc(%s) = %+v\nwant %+v", tt.raw, v.doc(), tt.want)
		}
	}
}

// FuzzViewDoc: whatever the texts, viewDoc reads a record json.Marshal
// wrote as encoding/json would, and reading any bytes does not panic.
// `go test ./store -run '^$' -fuzz FuzzViewDoc`.
func FuzzViewDoc(f *testing.F) {
	f.Add("New Year's \"Crayfish\"", "小龙虾 \\ <&>", 3)
	f.Add("\x00\xff", "\u2028", -1)
	f.Fuzz(func(t *testing.T, title, tokens string, lead int) {
		_, _ = viewDoc(nil, []byte(title))
		d := searchDoc{Kind: model.ResultPost, ID: title, Title: title, Tokens: tokens, Names: tokens, Lead: lead}
		raw, err := json.Marshal(d)
		if err != nil {
			t.Skip()
		}
		var want searchDoc
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		v, err := viewDoc(nil, raw)
		if err != nil || v.doc() != want {
			t.Fatalf("viewDoc(%s) = %+v, %v\nwant %+v", raw, v.doc(), err, want)
		}
	})
}
