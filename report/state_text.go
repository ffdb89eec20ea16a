package report

import (
	"fmt"
	"io"
	"maps"
	"slices"

	"lifesim/model"
	"lifesim/store"
)

// WriteState writes st for a person to read: counts, and each item with
// its name looked up in names (its id when the catalog no longer has it).
// Names and texts (fixture or user text) are cleaned to one line, so they
// cannot drive the terminal.
func WriteState(w io.Writer, names store.Catalog, p model.Persona, st model.UserState) error {
	name := func(id model.MiniProgramID) string {
		if mp, err := names.MiniProgram(id); err == nil {
			return model.CleanLine(mp.Name)
		}
		return string(id)
	}
	fmt.Fprintf(w, "persona      %s (%s)\n", p.ID, model.CleanLine(p.Name))
	fmt.Fprintf(w, "favourites   %d\n", len(st.Favourites))
	for _, id := range st.Favourites {
		fmt.Fprintf(w, "  ★ %s\n", name(id))
	}
	fmt.Fprintf(w, "recents      %d\n", len(st.Recents))
	for _, r := range st.Recents {
		fmt.Fprintf(w, "  · %s  (%s)\n", name(r.MiniProgramID), r.At.Format("2006-01-02 15:04"))
	}
	fmt.Fprintf(w, "follows      %d\n", len(st.Follows))
	for _, f := range st.Follows {
		n := string(f.AccountID)
		if a, err := names.Account(f.AccountID); err == nil {
			n = model.CleanLine(a.Name)
		}
		fmt.Fprintf(w, "  ✓ %s\n", n)
	}
	fmt.Fprintf(w, "likes        %d\ncollected    %d posts\n", len(st.Likes), len(st.CollectedPosts))
	postTitle := func(id model.PostID) string {
		if p, err := names.Post(id); err == nil {
			return model.CleanLine(p.Title)
		}
		return string(id)
	}
	fmt.Fprintf(w, "comments     %d\n", len(st.Comments))
	for _, c := range st.Comments {
		fmt.Fprintf(w, "  💬 %s: %s\n", postTitle(c.PostID), model.CleanLine(c.Text))
	}
	fmt.Fprintf(w, "forwards     %d\n", len(st.Forwards))
	fmt.Fprintf(w, "orders       %d\n", len(st.Orders))
	for _, od := range st.Orders {
		fmt.Fprintf(w, "  %s  %s  %s\n", od.ID, name(od.MiniProgramID), model.FormatYuan(od.TotalCents))
	}
	fmt.Fprintf(w, "coupons      %d\n", len(st.Coupons))
	for _, c := range st.Coupons {
		status := "unused"
		if c.RedeemedIn != "" {
			status = "used in " + c.RedeemedIn
		}
		title := ""
		if cp, err := names.Coupon(c.CouponID); err == nil {
			title = "  " + model.CouponDeal(cp) + " · " + model.CleanLine(cp.Title)
		}
		fmt.Fprintf(w, "  %s  %s%s\n", c.CouponID, status, title)
	}
	writeCommunity(w, names, st)
	return nil
}

// writeCommunity writes the groups, the persona's own posts and the
// follow pop-up closes.
func writeCommunity(w io.Writer, names store.Catalog, st model.UserState) {
	fmt.Fprintf(w, "groups       %d\n", len(st.Groups))
	for _, g := range st.Groups {
		n := string(g.GroupID)
		if gr, err := names.Group(g.GroupID); err == nil {
			n = model.CleanLine(gr.Name)
		}
		fmt.Fprintf(w, "  👥 %s  (joined %s)\n", n, g.JoinedAt.Format("2006-01-02 15:04"))
	}
	fmt.Fprintf(w, "own posts    %d\n", len(st.OwnPosts))
	for _, p := range st.OwnPosts {
		fmt.Fprintf(w, "  ✎ %s  %s  (♥ %d 💬 %d)\n", p.ID, model.CleanLine(p.Title), p.Counts.Likes, p.Counts.Comments)
	}
	if len(st.FollowPromptDismissals) > 0 {
		fmt.Fprintf(w, "follow pop-ups closed\n")
		for _, id := range slices.Sorted(maps.Keys(st.FollowPromptDismissals)) {
			fmt.Fprintf(w, "  %s  %d×\n", id, st.FollowPromptDismissals[id])
		}
	}
}
