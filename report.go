package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"lifesim/model"
	"lifesim/ui/observer"
)

// writeFunnel prints funnel groups as a table, JSON or CSV.
func writeFunnel(w io.Writer, format string, groups []model.FunnelGroup, days int) error {
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
	// tabwriter right-aligns numbers; group names are padded to one width
	// so that they read left-aligned.
	name := groupNamer(groups)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := []string{name("group"), "sessions"}
	for s := range model.NumSteps {
		head = append(head, s.Name())
	}
	head = append(head, "overall", fmt.Sprintf("retention %dd", days))
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	for _, g := range groups {
		f := g.Funnel
		row := []string{name(g.Name()), strconv.Itoa(f.Sessions)}
		for _, st := range f.Steps {
			row = append(row, fmt.Sprintf("%d (%s)", st.Count, pct(st.Rate)))
		}
		r := g.Retention
		row = append(row, pct(f.Overall()), fmt.Sprintf("%d/%d (%s)", r.Revisited, r.Collected, pct(r.Rate())))
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Median time from the previous step (search: from the session's start)")
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head = []string{name("group")}
	for s := range model.NumSteps {
		head = append(head, s.Name())
	}
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	for _, g := range groups {
		row := []string{name(g.Name())}
		for _, st := range g.Funnel.Steps {
			cell := "–"
			if st.Count > 0 {
				cell = observer.Gap(st.Median)
			}
			row = append(row, cell)
		}
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	return tw.Flush()
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

type jsonStep struct {
	Step          string  `json:"step"`
	Count         int     `json:"count"`
	Rate          float64 `json:"rate"`
	MedianSeconds float64 `json:"median_seconds"`
	MeanSeconds   float64 `json:"mean_seconds"`
}

type jsonGroup struct {
	Group      string     `json:"group"`
	Experiment string     `json:"experiment,omitempty"`
	Arm        string     `json:"arm,omitempty"`
	Sessions   int        `json:"sessions"`
	Steps      []jsonStep `json:"steps"`
	Overall    float64    `json:"overall"`
	Retention  struct {
		Days      int     `json:"days"`
		Collected int     `json:"collected"`
		Revisited int     `json:"revisited"`
		Rate      float64 `json:"rate"`
	} `json:"retention"`
}

func funnelJSON(w io.Writer, groups []model.FunnelGroup, days int) error {
	out := struct {
		Days   int         `json:"retention_days"`
		Groups []jsonGroup `json:"groups"`
	}{Days: days, Groups: []jsonGroup{}}
	for _, g := range groups {
		jg := jsonGroup{Group: g.Name(), Experiment: g.Experiment, Arm: g.Arm, Sessions: g.Funnel.Sessions, Overall: g.Funnel.Overall()}
		for s, st := range g.Funnel.Steps {
			jg.Steps = append(jg.Steps, jsonStep{Step: model.Step(s).Name(), Count: st.Count, Rate: st.Rate,
				MedianSeconds: seconds(st.Median), MeanSeconds: seconds(st.Mean)})
		}
		jg.Retention.Days, jg.Retention.Collected, jg.Retention.Revisited, jg.Retention.Rate =
			g.Retention.Days, g.Retention.Collected, g.Retention.Revisited, g.Retention.Rate()
		out.Groups = append(out.Groups, jg)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// funnelCSV has one row per group and step; retention is one more row per
// group with step "retention_<days>d" (count revisited, base collected).
func funnelCSV(w io.Writer, groups []model.FunnelGroup, days int) error {
	c := csv.NewWriter(w)
	_ = c.Write([]string{"group", "experiment", "arm", "sessions", "step", "count", "base", "rate", "median_seconds", "mean_seconds"})
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	for _, g := range groups {
		base := g.Funnel.Sessions
		for s, st := range g.Funnel.Steps {
			_ = c.Write([]string{g.Name(), g.Experiment, g.Arm, strconv.Itoa(g.Funnel.Sessions), model.Step(s).Name(),
				strconv.Itoa(st.Count), strconv.Itoa(base), f(st.Rate), f(seconds(st.Median)), f(seconds(st.Mean))})
			base = st.Count
		}
		r := g.Retention
		_ = c.Write([]string{g.Name(), g.Experiment, g.Arm, strconv.Itoa(g.Funnel.Sessions), fmt.Sprintf("retention_%dd", days),
			strconv.Itoa(r.Revisited), strconv.Itoa(r.Collected), f(r.Rate()), "", ""})
	}
	c.Flush()
	return c.Error()
}

func seconds(d time.Duration) float64 { return d.Seconds() }
