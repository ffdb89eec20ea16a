package model

import "testing"

func TestAssignmentQuestions(t *testing.T) {
	type answers struct{ messages, guidance, nearby, newest bool }
	control := answers{messages: false, guidance: true, nearby: true, newest: false}
	for _, tc := range []struct {
		name string
		a    Assignment
		want answers
	}{
		{"nil assignment runs every control", nil, control},
		{"no arm assigned runs every control", Assignment{}, control},
		{"every control arm named", Assignment{
			ExpLifeEntry: ArmTab, ExpCollectGuidance: ArmOn, ExpPaySuccessCoupons: ArmOn, ExpFeedRanking: ArmRecommended,
		}, control},
		{"Life under Messages", Assignment{ExpLifeEntry: ArmMessages},
			answers{messages: true, guidance: true, nearby: true}},
		{"guidance off", Assignment{ExpCollectGuidance: ArmOff},
			answers{guidance: false, nearby: true}},
		{"nearby coupons off", Assignment{ExpPaySuccessCoupons: ArmOff},
			answers{guidance: true, nearby: false}},
		{"feed newest first", Assignment{ExpFeedRanking: ArmChronological},
			answers{guidance: true, nearby: true, newest: true}},
		{"every treatment arm", Assignment{
			ExpLifeEntry: ArmMessages, ExpCollectGuidance: ArmOff, ExpPaySuccessCoupons: ArmOff, ExpFeedRanking: ArmChronological,
		}, answers{messages: true, newest: true}},
		{"an experiment's arm does not leak into another", Assignment{ExpCollectGuidance: ArmMessages, ExpLifeEntry: ArmOff},
			control},
	} {
		got := answers{tc.a.LifeUnderMessages(), tc.a.GuidanceOn(), tc.a.NearbyCouponsOn(), tc.a.FeedNewestFirst()}
		if got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestQuestionsAgreeWithKnownControl: asking with no arm assigned gives the
// same answer as assigning Known's first arm, for every experiment.
func TestQuestionsAgreeWithKnownControl(t *testing.T) {
	questions := map[string]func(Assignment) bool{
		ExpLifeEntry:         Assignment.LifeUnderMessages,
		ExpCollectGuidance:   Assignment.GuidanceOn,
		ExpPaySuccessCoupons: Assignment.NearbyCouponsOn,
		ExpFeedRanking:       Assignment.FeedNewestFirst,
	}
	for _, key := range KnownKeys() {
		q, ok := questions[key]
		if !ok {
			t.Errorf("experiment %s has no typed question in arms.go", key)
			continue
		}
		arms := Known[key]
		if q(Assignment{}) != q(Assignment{key: arms[0]}) {
			t.Errorf("%s: no arm and control arm %q answer differently", key, arms[0])
		}
		for _, arm := range arms[1:] {
			if q(Assignment{key: arm}) == q(Assignment{key: arms[0]}) {
				t.Errorf("%s: arm %q answers like the control", key, arm)
			}
		}
	}
}

func TestInControl(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    Assignment
		key  string
		want bool
	}{
		{"no arm assigned", Assignment{}, ExpCollectGuidance, true},
		{"control arm", Assignment{ExpCollectGuidance: ArmOn}, ExpCollectGuidance, true},
		{"treatment arm", Assignment{ExpCollectGuidance: ArmOff}, ExpCollectGuidance, false},
		{"control of life_entry is the tab", Assignment{ExpLifeEntry: ArmTab}, ExpLifeEntry, true},
		{"treatment of life_entry", Assignment{ExpLifeEntry: ArmMessages}, ExpLifeEntry, false},
		{"unknown experiment", Assignment{"mystery": "a"}, "mystery", false},
		{"unknown experiment, no arm", Assignment{}, "mystery", false},
	} {
		if got := tc.a.InControl(tc.key); got != tc.want {
			t.Errorf("%s: InControl(%s) = %v, want %v", tc.name, tc.key, got, tc.want)
		}
	}
}
