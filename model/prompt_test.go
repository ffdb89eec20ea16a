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
