package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"lifesim/model"
)

// The funnel's JSON and CSV are for scripts (README, "Output formats"):
// keys and columns may be added, none renamed or removed.

type jsonStep struct {
	Step          string  `json:"step"`
	Count         int     `json:"count"`
	Rate          float64 `json:"rate"`
	MedianSeconds float64 `json:"median_seconds"`
	MeanSeconds   float64 `json:"mean_seconds"`
}

type jsonRetention struct {
	Days      int     `json:"days"`
	Collected int     `json:"collected"`
	Revisited int     `json:"revisited"`
	Rate      float64 `json:"rate"`
}

type jsonGroup struct {
	Group      string        `json:"group"`
	Experiment string        `json:"experiment,omitempty"`
	Arm        string        `json:"arm,omitempty"`
	Sessions   int           `json:"sessions"`
	Steps      []jsonStep    `json:"steps"`
	Overall    float64       `json:"overall"`
	Retention  jsonRetention `json:"retention"`
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
		r := g.Retention
		jg.Retention = jsonRetention{Days: r.Days, Collected: r.Collected, Revisited: r.Revisited, Rate: r.Rate()}
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
