package model

import "testing"

func TestFollowPromptShow(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    FollowPrompt
		want bool
	}{
		{"non-follower, never closed", FollowPrompt{HasAccount: true, MaxDismissals: 3}, true},
		{"no bound account", FollowPrompt{MaxDismissals: 3}, false},
		{"already following", FollowPrompt{HasAccount: true, Following: true, MaxDismissals: 3}, false},
		{"closed twice", FollowPrompt{HasAccount: true, Dismissals: 2, MaxDismissals: 3}, true},
		{"closed three times: never again", FollowPrompt{HasAccount: true, Dismissals: 3, MaxDismissals: 3}, false},
		{"closed more than the cap", FollowPrompt{HasAccount: true, Dismissals: 7, MaxDismissals: 3}, false},
		{"a cap of one", FollowPrompt{HasAccount: true, Dismissals: 1, MaxDismissals: 1}, false},
		{"zero cap means the default 3", FollowPrompt{HasAccount: true, Dismissals: 2}, true},
		{"zero cap, default reached", FollowPrompt{HasAccount: true, Dismissals: 3}, false},
		{"guidance tip already up", FollowPrompt{HasAccount: true, MaxDismissals: 3, OtherPrompt: true}, false},
	} {
		if got := tc.f.Show(); got != tc.want {
			t.Errorf("%s: Show = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestCollectGuidance(t *testing.T) {
	type want struct{ would, shows, exposes, marksSeen bool }
	mp, pay := GuidanceInMiniProgram, GuidanceOnPaySuccess
	for _, tc := range []struct {
		name string
		g    CollectGuidance
		want want
	}{
		{"tip: first uncollected mini program, guidance on", CollectGuidance{Place: mp, On: true}, want{true, true, true, true}},
		{"tip: guidance off hides it but still exposes", CollectGuidance{Place: mp}, want{true, false, true, false}},
		{"tip: once seen, never again", CollectGuidance{Place: mp, Seen: true, On: true}, want{}},
		{"tip: seen, guidance off: no exposure", CollectGuidance{Place: mp, Seen: true}, want{}},
		{"tip: collected already", CollectGuidance{Place: mp, Collected: true, On: true}, want{}},
		{"pay success: uncollected, guidance on", CollectGuidance{Place: pay, On: true}, want{true, true, true, false}},
		{"pay success: shows after the tip was seen", CollectGuidance{Place: pay, Seen: true, On: true}, want{true, true, true, false}},
		{"pay success: guidance off hides it but still exposes", CollectGuidance{Place: pay, Seen: true}, want{true, false, true, false}},
		{"pay success: collected already", CollectGuidance{Place: pay, Collected: true, On: true}, want{}},
	} {
		got := want{tc.g.Would(), tc.g.Shows(), tc.g.Exposes(), tc.g.MarksSeen()}
		if got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestGuidanceFromState: the constructors read the state, the mini program
// and the arm (no arm assigned runs the control, guidance on).
func TestGuidanceFromState(t *testing.T) {
	s := UserState{Favourites: []MiniProgramID{"kfc"}, GuidanceSeen: true}
	off := Assignment{ExpCollectGuidance: ArmOff}
	for _, tc := range []struct {
		name string
		got  CollectGuidance
		want CollectGuidance
	}{
		{"tip, collected, no arm", MiniProgramGuidance(s, "kfc", nil),
			CollectGuidance{Place: GuidanceInMiniProgram, Collected: true, Seen: true, On: true}},
		{"tip, another mini program, off", MiniProgramGuidance(s, "didi", off),
			CollectGuidance{Place: GuidanceInMiniProgram, Seen: true}},
		{"pay success, new persona, no arm", PaySuccessGuidance(UserState{}, "didi", Assignment{}),
			CollectGuidance{Place: GuidanceOnPaySuccess, On: true}},
		{"pay success, collected, off", PaySuccessGuidance(s, "kfc", off),
			CollectGuidance{Place: GuidanceOnPaySuccess, Collected: true, Seen: true}},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, tc.got, tc.want)
		}
	}
}
