package console

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
)

// The console and its log show the same figures in the same words: the
// arms of a participant and the funnel by variant, as a table of cells
// aligned by display width (names may be wide).

// labels maps each experiment's key to its short label (the key when it
// has none).
func labels(exps []model.Experiment) map[string]string {
	out := make(map[string]string, len(exps))
	for _, e := range exps {
		out[e.Key] = e.Label
		if e.Label == "" {
			out[e.Key] = e.Key
		}
	}
	return out
}

// armsText is a participant's arms, key=arm separated by spaces, in key
// order; with labels, by each experiment's short label instead of its
// key ("guide=on coupons=off").
func armsText(a model.Assignment, labels map[string]string) string {
	parts := make([]string, 0, len(a))
	for _, k := range a.Keys() {
		name := k
		if l := labels[k]; l != "" {
			name = l
		}
		parts = append(parts, name+"="+a[k])
	}
	return strings.Join(parts, " ")
}

// funnelTable is the funnel by variant as rows of cells, the header
// first: one row per group, with each step's count and conversion from
// the step before, and the share of searching sessions that completed the
// chain. The figures are those of `lifesim funnel --by variant`.
func funnelTable(groups []model.FunnelGroup, labels map[string]string) [][]string {
	rows := [][]string{{"group", "sessions", "search", "open", "collect", "revisit", "overall"}}
	for _, g := range groups {
		name := "all"
		if g.Experiment != "" {
			name = armsText(model.Assignment{g.Experiment: g.Arm}, labels)
		}
		row := []string{name, strconv.Itoa(g.Funnel.Sessions)}
		for _, s := range g.Funnel.Steps {
			row = append(row, fmt.Sprintf("%d %s", s.Count, pct(s.Rate)))
		}
		rows = append(rows, append(row, pct(g.Funnel.Overall())))
	}
	return rows
}

func pct(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

// columnGap is the space between two columns.
const columnGap = "  "

// align lays rows of cells out as lines: every column as wide as its
// widest cell, measured in display cells; the first column left-aligned,
// the others (numbers) right-aligned.
func align(rows [][]string) []string {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], lipgloss.Width(c))
		}
	}
	out := make([]string, len(rows))
	for j, r := range rows {
		var b strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-lipgloss.Width(c))
			if i == 0 {
				b.WriteString(c + pad)
				continue
			}
			b.WriteString(columnGap + pad + c)
		}
		out[j] = b.String()
	}
	return out
}
