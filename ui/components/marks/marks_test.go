package marks

import (
	"slices"
	"testing"

	"lifesim/model"
)

func TestChangedPostsAndFollows(t *testing.T) {
	a := From(model.UserState{
		Likes:    []model.PostID{"p1", "p2"},
		Follows:  []model.Follow{{AccountID: "kfc"}},
		Comments: []model.Comment{{PostID: "p3"}},
	})
	b := From(model.UserState{
		Likes:          []model.PostID{"p2"},
		CollectedPosts: []model.PostID{"p4"},
		Follows:        []model.Follow{{AccountID: "kfc"}},
		Comments:       []model.Comment{{PostID: "p3"}, {PostID: "p3"}},
		Forwards:       []model.Forward{{PostID: "p5"}},
		Coupons:        []model.ClaimedCoupon{{CouponID: "c1"}},
	})
	if got, want := a.ChangedPosts(b), []model.PostID{"p1", "p3", "p4", "p5"}; !slices.Equal(got, want) {
		t.Fatalf("ChangedPosts = %v, want %v", got, want)
	}
	if a.FollowsChanged(b) {
		t.Fatal("same follows reported as changed")
	}
	if !b.FollowsChanged(From(model.UserState{})) {
		t.Fatal("dropped follow not reported")
	}
	if !b.Claimed["c1"] || !b.Liked["p2"] || b.Liked["p1"] {
		t.Fatal("sets wrong")
	}
	var zero Marks
	if zero.Following["kfc"] || len(zero.ChangedPosts(a)) != 3 {
		t.Fatal("zero Marks should read as empty")
	}
}
