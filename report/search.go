package report

import (
	"encoding/json"
	"fmt"
	"io"

	"lifesim/model"
)

// searchGroups splits results (in model.ResultKinds order, as the store
// returns them) into one group per kind, every kind present.
func searchGroups(rs []model.SearchResult) map[model.ResultKind][]model.SearchResult {
	out := make(map[model.ResultKind][]model.SearchResult, len(model.ResultKinds))
	for _, r := range rs {
		out[r.Kind] = append(out[r.Kind], r)
	}
	return out
}

// WriteSearch is `lifesim search`: the results grouped and ranked as the
// Search tab shows them, one a line with its id (for --json, scripts and
// bug reports), or one line saying nothing matched.
func WriteSearch(w io.Writer, query string, rs []model.SearchResult) error {
	if len(rs) == 0 {
		_, err := fmt.Fprintf(w, "No results for %q.\n", model.CleanLine(query))
		return err
	}
	groups := searchGroups(rs)
	p := printer{w: w}
	for _, k := range model.ResultKinds {
		if len(groups[k]) == 0 {
			continue
		}
		p.printf("%s (%d)\n", k.Title(), len(groups[k]))
		for _, r := range groups[k] {
			p.printf("  %s · %s  [%s]\n", model.CleanLine(r.Title), model.CleanLine(r.Subtitle), model.CleanLine(r.ID))
		}
	}
	return p.err
}

// printer is fmt.Fprintf that keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// jsonSearch is `search --json`, an output format of its own (documented
// in docs/cli.md) so that it does not change with the store's.
type jsonSearch struct {
	Query  string            `json:"query"`
	Groups []jsonSearchGroup `json:"groups"`
}

// jsonSearchGroup is one kind of result, every kind always present.
type jsonSearchGroup struct {
	Kind    string             `json:"kind"`  // mini_program, account, post
	Title   string             `json:"title"` // as the Search tab heads it
	Results []jsonSearchResult `json:"results"`
}

type jsonSearchResult struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Subtitle string `json:"subtitle"`
	Score    int    `json:"score"` // higher first; a name match 40–100, another name 30, the text 20
}

// WriteSearchJSON is `lifesim search --json`.
func WriteSearchJSON(w io.Writer, query string, rs []model.SearchResult) error {
	groups := searchGroups(rs)
	out := jsonSearch{Query: query, Groups: []jsonSearchGroup{}}
	for _, k := range model.ResultKinds {
		g := jsonSearchGroup{Kind: string(k), Title: k.Title(), Results: []jsonSearchResult{}}
		for _, r := range groups[k] {
			g.Results = append(g.Results, jsonSearchResult{ID: r.ID, Title: r.Title, Subtitle: r.Subtitle, Score: r.Score})
		}
		out.Groups = append(out.Groups, g)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // "Food & Drink", as the tab shows it
	return enc.Encode(out)
}
