package ui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/nav"
)

// tabEventTarget is the tab's name in the event log: home, search, life,
// messages, my_mini_programs, the same in every arm.
func tabEventTarget(t nav.Tab) string {
	return strings.ToLower(strings.ReplaceAll(t.Name(), " ", "_"))
}

// onTabSwitch records a tab switch from `from` to a.tab and, when the Life
// feed comes into view, the feed_ranking exposure.
func (a *App) onTabSwitch(from nav.Tab) tea.Cmd {
	if from == a.tab {
		return nil
	}
	var expose tea.Cmd
	if a.tab == nav.TabLife { // only in the bar under life_entry=tab
		expose = actions.Expose(a.env, model.ExpFeedRanking)
	}
	rec := actions.Record(a.env, model.EventTab, tabEventTarget(a.tab), "", tabEventTarget(from), 0)
	return tea.Sequence(rec, expose)
}

// variantsLine is the status line's "label=arm" list (the v key). Arms
// other than the control come first, so what is unusual about this persona
// survives the line's truncation.
func (a *App) variantsLine() string {
	if len(a.env.Variants) == 0 {
		return "no experiments"
	}
	labels := a.experimentLabels()
	keys := a.env.Variants.Keys()
	control := a.env.Variants.InControl
	slices.SortStableFunc(keys, func(x, y string) int {
		switch cx, cy := control(x), control(y); {
		case cx == cy:
			return 0
		case cy:
			return -1
		}
		return 1
	})
	var parts []string
	for _, k := range keys {
		l := labels[k]
		if l == "" {
			l = k
		}
		parts = append(parts, l+"="+a.env.Variants[k])
	}
	return strings.Join(parts, " ")
}

func (a *App) experimentLabels() map[string]string {
	out := map[string]string{}
	for _, e := range a.experiments {
		out[e.Key] = e.Label
	}
	return out
}
