package model

import "slices"

// What each experiment means lives here: its key, its arms, and the typed
// question screens and the simulator ask of an Assignment. Ask the
// question (a.GuidanceOn()), never compare arms by hand, so that the
// control arm is read the same way everywhere.

// The experiments lifesim knows how to run: each changes one thing the
// persona sees. An experiment's first arm in Known is its control, the
// behaviour when no variant is assigned.
const (
	// ExpLifeEntry: Life in the tab bar (the upgraded layout) or one level
	// down under a Messages tab (as before the 2022 upgrade).
	ExpLifeEntry = "life_entry"
	// ExpCollectGuidance: the collection-guidance tip in mini programs and
	// the collect prompt on the payment-success page.
	ExpCollectGuidance = "collect_guidance"
	// ExpPaySuccessCoupons: nearby merchants' coupons on the payment-success
	// page.
	ExpPaySuccessCoupons = "pay_success_coupons"
	// ExpFeedRanking: the Life feed's Recommended sub-feed ranked by the
	// platform, or newest first.
	ExpFeedRanking = "feed_ranking"
)

// Arm values of the known experiments.
const (
	ArmTab           = "tab"
	ArmMessages      = "messages"
	ArmOn            = "on"
	ArmOff           = "off"
	ArmRecommended   = "recommended"
	ArmChronological = "chronological"
)

// Known lists every experiment lifesim implements with the arms it
// implements, control first.
var Known = map[string][]string{
	ExpLifeEntry:         {ArmTab, ArmMessages},
	ExpCollectGuidance:   {ArmOn, ArmOff},
	ExpPaySuccessCoupons: {ArmOn, ArmOff},
	ExpFeedRanking:       {ArmRecommended, ArmChronological},
}

// KnownKeys is the keys of Known, sorted.
func KnownKeys() []string {
	keys := make([]string, 0, len(Known))
	for k := range Known {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// LifeUnderMessages reports life_entry=messages: the second tab is
// Messages, and the Life feed opens from its "Life accounts" entry rather
// than sitting in the tab bar.
func (a Assignment) LifeUnderMessages() bool { return a[ExpLifeEntry] == ArmMessages }

// GuidanceOn reports that collect_guidance is not off: the merchant's
// collection-guidance tip shows in mini programs and the payment-success
// page asks to collect (see CollectGuidance for where and when).
func (a Assignment) GuidanceOn() bool { return a[ExpCollectGuidance] != ArmOff }

// NearbyCouponsOn reports that pay_success_coupons is not off: the
// payment-success page offers coupons of merchants nearby.
func (a Assignment) NearbyCouponsOn() bool { return a[ExpPaySuccessCoupons] != ArmOff }

// FeedNewestFirst reports feed_ranking=chronological: the Life feed's
// Recommended sub-feed lists posts newest first instead of ranking them.
func (a Assignment) FeedNewestFirst() bool { return a[ExpFeedRanking] == ArmChronological }

// InControl reports whether the persona runs experiment key's control: no
// arm is assigned, or the assigned arm is Known's first. An experiment
// lifesim does not implement has no control.
func (a Assignment) InControl(key string) bool {
	arms := Known[key]
	if len(arms) == 0 {
		return false
	}
	v := a[key]
	return v == "" || v == arms[0]
}
