package model

import (
	"reflect"
	"testing"
	"time"
)

// How far personas get along the merchant funnel, one rule per case: the
// counts of the group of all personas at each step.
func TestMerchantFunnelSteps(t *testing.T) {
	tests := []struct {
		name   string
		events []Event
		want   [NumMerchantSteps]int
	}{
		{"the whole chain",
			[]Event{me("A", "s1", 0, EventOpenMiniProgram, "nhm", SourceSearch, ""), me("A", "s1", 1, EventCollect, "nhm", SourceSearch, ""),
				me("A", "s2", day, EventOpenMiniProgram, "nhm", SourceHomeGrid, ""), me("A", "s2", day+1, EventOrder, "nhm", "", "o-1")},
			[NumMerchantSteps]int{1, 1, 1, 1, 1}},
		{"an impression is a touch; opening the account from its page an open",
			[]Event{me("A", "s1", 0, EventImpression, "nh", SourceSearch, "nhm"), me("A", "s1", 1, EventOpenAccount, "nh", SourceAccountProfile, "")},
			[NumMerchantSteps]int{1, 1, 0, 0, 0}},
		{"another account's impression is no touch",
			[]Event{me("A", "s1", 0, EventImpression, "kfc", SourceSearch, "kfc")},
			[NumMerchantSteps]int{}},
		{"a post opened from the feed is a touch and an open",
			[]Event{me("A", "s1", 0, EventOpenPost, "p1", SourceFeed, "")},
			[NumMerchantSteps]int{1, 1, 0, 0, 0}},
		{"an offer on the payment-success page is a touch",
			[]Event{me("A", "s1", 0, EventOpenMiniProgram, "nhs", SourcePaySuccess, "")},
			[NumMerchantSteps]int{1, 1, 0, 0, 0}},
		{"an open from the Home grid is not a public touch",
			[]Event{me("A", "s1", 0, EventOpenMiniProgram, "nhm", SourceHomeGrid, ""), me("A", "s1", 1, EventCollect, "nhm", "", "")},
			[NumMerchantSteps]int{}},
		{"another merchant's mini program is no touch",
			[]Event{me("A", "s1", 0, EventOpenMiniProgram, "kfc", SourceSearch, ""), me("A", "s1", 1, EventCollect, "kfc", SourceSearch, "")},
			[NumMerchantSteps]int{}},
		{"a follow before the open is not the keep step",
			[]Event{me("A", "s1", 0, EventImpression, "nh", SourceFeed, "p1"), me("A", "s1", 1, EventFollow, "nh", SourceFeed, ""),
				me("A", "s1", 2, EventOpenAccount, "nh", SourceFeed, "")},
			[NumMerchantSteps]int{1, 1, 0, 0, 0}},
		{"a follow after the open is",
			[]Event{me("A", "s1", 0, EventOpenAccount, "nh", SourceSearch, ""), me("A", "s1", 1, EventFollow, "nh", SourceAccountProfile, "")},
			[NumMerchantSteps]int{1, 1, 1, 0, 0}},
		{"a revisit in the keep's own session does not count",
			[]Event{me("A", "s1", 0, EventOpenMiniProgram, "nhm", SourceSearch, ""), me("A", "s1", 1, EventCollect, "nhm", SourceSearch, ""),
				me("A", "s1", 2, EventOpenMiniProgram, "nhm", SourceMyMiniPrograms, ""), me("A", "s1", 3, EventOrder, "nhm", "", "o-1")},
			[NumMerchantSteps]int{1, 1, 1, 0, 0}},
		{"a revisit is from the grid or My Mini Programs only",
			[]Event{me("A", "s1", 0, EventOpenMiniProgram, "nhm", SourceSearch, ""), me("A", "s1", 1, EventCollect, "nhm", SourceSearch, ""),
				me("A", "s2", day, EventOpenMiniProgram, "nhm", SourceSearch, "")},
			[NumMerchantSteps]int{1, 1, 1, 0, 0}},
		{"a repeat order needs the revisit first",
			[]Event{me("A", "s1", 0, EventOpenMiniProgram, "nhm", SourceSearch, ""), me("A", "s1", 1, EventCollect, "nhm", SourceSearch, ""),
				me("A", "s1", 2, EventOrder, "nhm", "", "o-1"), me("A", "s2", day, EventOrder, "nhm", "", "o-2")},
			[NumMerchantSteps]int{1, 1, 1, 0, 0}},
		{"an order elsewhere is no repeat",
			[]Event{me("A", "s1", 0, EventOpenMiniProgram, "nhm", SourceSearch, ""), me("A", "s1", 1, EventCollect, "nhm", SourceSearch, ""),
				me("A", "s2", day, EventOpenMiniProgram, "nhs", SourceHomeGrid, ""), me("A", "s2", day+1, EventOrder, "kfc", "", "o-1")},
			[NumMerchantSteps]int{1, 1, 1, 1, 0}},
		{"a persona counts once, over all its sessions",
			[]Event{me("A", "s1", 0, EventImpression, "nh", SourceSearch, "nh"), me("A", "s2", day, EventImpression, "nh", SourceFeed, "p1"),
				me("B", "s3", 0, EventOpenPost, "p2", SourceGroup, "")},
			[NumMerchantSteps]int{2, 1, 0, 0, 0}},
		{"the operator is never a persona of the funnel",
			[]Event{me(operator, "op", 0, EventImpression, "nh", SourceSearch, "nh"), me(operator, "op", 1, EventOpenAccount, "nh", SourceSearch, ""),
				me(operator, "op", 2, EventFollow, "nh", SourceSearch, "")},
			[NumMerchantSteps]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := nhReport(tt.events...)
			var got [NumMerchantSteps]int
			for st, s := range r.Funnel[0].Steps {
				got[st] = s.Count
			}
			if got != tt.want {
				t.Errorf("counts %v; want %v", got, tt.want)
			}
		})
	}
}

// merchantStory is the hand-worked example of the funnel's rates, times
// and arms:
//
//	A (on)  s1: impression 0, open nhm from search 60s, collect nhm 180s
//	        s2: open nhm from the grid 1d, order nhm 1d+600s
//	B (off) s3: open p1 from the feed 1h (touch and open), follow 1h+30s
//	        s4: open nhs from My Mini Programs 2d
//	C (on)  s5: impression on the payment-success page 0; then, in arm
//	        off, open the account 10s: C stays in the arm of its touch
func merchantStory() []Event {
	return log(
		inArm("on", me("A", "s1", 0, EventImpression, "nh", SourceSearch, "nhm")),
		inArm("on", me("A", "s1", 60*time.Second, EventOpenMiniProgram, "nhm", SourceSearch, "")),
		inArm("on", me("A", "s1", 180*time.Second, EventCollect, "nhm", SourceSearch, "")),
		inArm("on", me("A", "s2", day, EventOpenMiniProgram, "nhm", SourceHomeGrid, "")),
		inArm("on", me("A", "s2", day+600*time.Second, EventOrder, "nhm", "", "o-1")),
		inArm("off", me("B", "s3", time.Hour, EventOpenPost, "p1", SourceFeed, "")),
		inArm("off", me("B", "s3", time.Hour+30*time.Second, EventFollow, "nh", SourcePost, "")),
		inArm("off", me("B", "s4", 2*day, EventOpenMiniProgram, "nhs", SourceMyMiniPrograms, "")),
		inArm("on", me("C", "s5", 0, EventImpression, "nh", SourcePaySuccess, "c1")),
		inArm("off", me("C", "s5", 10*time.Second, EventOpenAccount, "nh", SourceAccountProfile, "")),
	)
}

func TestMerchantFunnelGroups(t *testing.T) {
	f := NewMerchantFold(nhScope())
	f.Add(merchantStory()...)
	got := f.Report(t0, 7).Funnel
	want := []MerchantFunnelGroup{
		{Steps: [NumMerchantSteps]StepStat{
			{Count: 3, Rate: 1},
			// A 60s, B 0s, C 10s
			{Count: 3, Rate: 1, Median: sec(10), Mean: sec(70) / 3},
			// A 120s, B 30s
			{Count: 2, Rate: 2.0 / 3, Median: sec(75), Mean: sec(75)},
			// A 1d−180s = 86220s, B 2d−(1h+30s) = 169170s
			{Count: 2, Rate: 1, Median: sec(127695), Mean: sec(127695)},
			// A 600s
			{Count: 1, Rate: 0.5, Median: sec(600), Mean: sec(600)},
		}},
		{Experiment: ExpCollectGuidance, Arm: "off", Steps: [NumMerchantSteps]StepStat{
			{Count: 1, Rate: 1},
			{Count: 1, Rate: 1},
			{Count: 1, Rate: 1, Median: sec(30), Mean: sec(30)},
			{Count: 1, Rate: 1, Median: sec(169170), Mean: sec(169170)},
			{},
		}},
		{Experiment: ExpCollectGuidance, Arm: "on", Steps: [NumMerchantSteps]StepStat{
			{Count: 2, Rate: 1},
			{Count: 2, Rate: 1, Median: sec(35), Mean: sec(35)},
			{Count: 1, Rate: 0.5, Median: sec(120), Mean: sec(120)},
			{Count: 1, Rate: 1, Median: sec(86220), Mean: sec(86220)},
			{Count: 1, Rate: 1, Median: sec(600), Mean: sec(600)},
		}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("funnel\n%+v\nwant\n%+v", got, want)
	}
	var names []string
	for _, g := range got {
		names = append(names, g.Name())
	}
	if !reflect.DeepEqual(names, []string{"all", "collect_guidance=off", "collect_guidance=on"}) {
		t.Errorf("groups %v", names)
	}
}

// A step reached at a time before the step before it (a later run that
// started its clock earlier) took no time.
func TestMerchantFunnelNegativeGap(t *testing.T) {
	r := nhReport(
		me("A", "s1", time.Hour, EventOpenAccount, "nh", SourceSearch, ""),
		me("A", "s2", 0, EventFollow, "nh", SourceAccountProfile, ""),
	)
	if k := r.Funnel[0].Steps[MStepKeep]; k.Count != 1 || k.Median != 0 || k.Mean != 0 {
		t.Errorf("keep %+v; want 1 reached in no time", k)
	}
}
