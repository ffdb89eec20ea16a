package actions_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/actions"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// Every shared action commits before it answers, answers with the notice
// every screen shows and the fresh state, and undoes itself when toggled
// again: the same wherever it is done from.
func TestSharedActions(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		act       func(env screen.Env, st store.Store) tea.Cmd
		on, off   string
		committed func(s model.UserState) bool
	}{
		{"favourite", func(env screen.Env, _ store.Store) tea.Cmd {
			return actions.ToggleFavourite(env, "kfc-ordering", "KFC Self-Service Ordering", model.SourceSearch)
		}, "Added to My Mini Programs · KFC Self-Service Ordering", "Removed from My Mini Programs · KFC Self-Service Ordering",
			func(s model.UserState) bool { return s.Collected("kfc-ordering") }},
		{"follow", func(env screen.Env, _ store.Store) tea.Cmd {
			return actions.ToggleFollow(env, "kfc", "KFC", model.SourceSearch)
		}, "Following KFC", "Unfollowed KFC",
			func(s model.UserState) bool { return s.Following("kfc") }},
		{"like", func(env screen.Env, st store.Store) tea.Cmd {
			return actions.ToggleLike(env, post(t, st))
		}, "Liked “New Year's Crayfish Series”", "Removed your like from “New Year's Crayfish Series”",
			func(s model.UserState) bool { return s.Liked("post-kfc-crayfish") }},
		{"collect a post", func(env screen.Env, st store.Store) tea.Cmd {
			return actions.ToggleCollect(env, post(t, st))
		}, "Collected “New Year's Crayfish Series”", "Removed “New Year's Crayfish Series” from your collection",
			func(s model.UserState) bool { return s.CollectedPost("post-kfc-crayfish") }},
		{"join", func(env screen.Env, _ store.Store) tea.Cmd {
			return actions.ToggleJoin(env, "kfc-crayfish-fans")
		}, "Joined KFC Crayfish Fans · 12.8K members", "Left KFC Crayfish Fans",
			func(s model.UserState) bool { return s.Joined("kfc-crayfish-fans") }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			st := uitest.OpenStore(t)
			env := uitest.Env(st, "newuser")
			on := actionMsg(t, tc.act(env, st))
			if on.Err != nil || on.Status != tc.on {
				t.Fatalf("first time: %q, %v; want %q", on.Status, on.Err, tc.on)
			}
			if on.State == nil || !tc.committed(*on.State) || !tc.committed(uitest.State(t, st, "newuser")) {
				t.Fatal("the answer came before the store had the action")
			}
			off := actionMsg(t, tc.act(env, st))
			if off.Err != nil || off.Status != tc.off || tc.committed(uitest.State(t, st, "newuser")) {
				t.Fatalf("second time: %q, %v; want %q and the action undone", off.Status, off.Err, tc.off)
			}
		})
	}
}

// Actions that do not toggle: a comment and a forward are committed and
// named; claiming a coupon twice is an error that names the coupon.
func TestCommentForwardAndClaim(t *testing.T) {
	t.Parallel()
	st := uitest.OpenStore(t)
	env := uitest.Env(st, "newuser")
	p := post(t, st)
	if m := actionMsg(t, actions.Comment(env, p.ID, "Looks great")); m.Err != nil || m.Status != "Comment posted" {
		t.Fatalf("comment: %q, %v", m.Status, m.Err)
	}
	if m := actionMsg(t, actions.Forward(env, p, "Moments")); m.Err != nil || m.Status != "Forwarded “New Year's Crayfish Series” to Moments" {
		t.Fatalf("forward: %q, %v", m.Status, m.Err)
	}
	s := uitest.State(t, st, "newuser")
	if len(s.Comments) != 1 || len(s.Forwards) != 1 {
		t.Fatalf("state has %d comments and %d forwards, want 1 and 1", len(s.Comments), len(s.Forwards))
	}
	c, err := st.Coupon("kfc-crayfish-10off")
	if err != nil {
		t.Fatal(err)
	}
	if m := actionMsg(t, actions.ClaimCoupon(env, c, model.SourcePostComponent)); m.Err != nil || !strings.HasPrefix(m.Status, "Coupon claimed: ") {
		t.Fatalf("claim: %q, %v", m.Status, m.Err)
	}
	again := actionMsg(t, actions.ClaimCoupon(env, c, model.SourcePostComponent))
	if again.Err == nil || !strings.Contains(again.Err.Error(), model.CleanLine(c.Title)) {
		t.Fatalf("a second claim answered %q, %v; want an error naming the coupon", again.Status, again.Err)
	}
	if n := len(uitest.State(t, st, "newuser").Coupons); n != 1 {
		t.Fatalf("%d coupons held after claiming twice, want 1", n)
	}
}

// actionMsg runs cmd and returns its one ActionMsg.
func actionMsg(t *testing.T, cmd tea.Cmd) screen.ActionMsg {
	t.Helper()
	msgs := uitest.Results(t, cmd)
	if len(msgs) != 1 {
		t.Fatalf("got %d messages, want one ActionMsg: %#v", len(msgs), msgs)
	}
	m, ok := msgs[0].(screen.ActionMsg)
	if !ok {
		t.Fatalf("got %T, want screen.ActionMsg", msgs[0])
	}
	return m
}

func post(t *testing.T, st store.Store) model.Post {
	t.Helper()
	p, err := st.Post("post-kfc-crayfish")
	if err != nil {
		t.Fatal(err)
	}
	return p
}
