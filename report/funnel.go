package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"lifesim/model"
)

// FunnelFormats are the formats WriteFunnel writes; the first is the
// default.
var FunnelFormats = []string{"table", "json", "csv"}

// WriteFunnel prints funnel groups as a table, JSON or CSV; days is the
// retention window the groups were computed with.
func WriteFunnel(w io.Writer, format string, groups []model.FunnelGroup, days int) error {
	switch format {
	case "table", "":
		return funnelTable(w, groups, days)
	case "json":
		return funnelJSON(w, groups, days)
	case "csv":
		return funnelCSV(w, groups, days)
	}
	return fmt.Errorf("--format %q: want table, json or csv", format)
}

// funnelTable is the table for people: counts and step conversion, then
// the median time between steps.
func funnelTable(w io.Writer, groups []model.FunnelGroup, days int) error {
	fmt.Fprintln(w, "Chain funnel per session: search → open from search → collect → revisit (Home grid or My Mini Programs, in a later session)")
	fmt.Fprintln(w)
	if err := countsTable(w, groups, days); err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Median time from the previous step (search: from the session's start)")
	fmt.Fprintln(w)
	return mediansTable(w, groups)
}

// countsTable has one row per group: sessions, each step's count and
// conversion, overall conversion and retention.
func countsTable(w io.Writer, groups []model.FunnelGroup, days int) error {
	name := groupNamer(groups)
	tw := newTable(w)
	head := append(stepHead(name("group"), "sessions"), "overall", fmt.Sprintf("retention %dd", days))
	tableRow(tw, head)
	for _, g := range groups {
		f := g.Funnel
		row := []string{name(g.Name()), strconv.Itoa(f.Sessions)}
		for _, st := range f.Steps {
			row = append(row, fmt.Sprintf("%d (%s)", st.Count, pct(st.Rate)))
		}
		r := g.Retention
		row = append(row, pct(f.Overall()), fmt.Sprintf("%d/%d (%s)", r.Revisited, r.Collected, pct(r.Rate())))
		tableRow(tw, row)
	}
	return tw.Flush()
}

// mediansTable has one row per group: the median time to each step, "–"
// for a step nobody reached.
func mediansTable(w io.Writer, groups []model.FunnelGroup) error {
	name := groupNamer(groups)
	tw := newTable(w)
	tableRow(tw, stepHead(name("group")))
	for _, g := range groups {
		row := []string{name(g.Name())}
		for _, st := range g.Funnel.Steps {
			cell := "–"
			if st.Count > 0 {
				cell = Gap(st.Median)
			}
			row = append(row, cell)
		}
		tableRow(tw, row)
	}
	return tw.Flush()
}

// newTable right-aligns numbers; group names are padded to one width
// (groupNamer) so that they read left-aligned.
func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
}

func tableRow(tw io.Writer, cells []string) { fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t") }

// stepHead is first followed by one column per chain step.
func stepHead(first ...string) []string {
	for s := range model.NumSteps {
		first = append(first, s.Name())
	}
	return first
}

// groupNamer pads a group name to the longest one's width.
func groupNamer(groups []model.FunnelGroup) func(string) string {
	n := len("group")
	for _, g := range groups {
		n = max(n, len(g.Name()))
	}
	return func(s string) string { return fmt.Sprintf("%-*s", n, s) }
}

func pct(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }
