package postcard

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"lifesim/model"
	"lifesim/ui/styles"
	"lifesim/ui/uitest"
)

func TestGroupedAndDuration(t *testing.T) {
	t.Parallel()
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 18421: "18,421", 1234567: "1,234,567", -1500: "-1,500"} {
		if got := Grouped(n); got != want {
			t.Errorf("Grouped(%d) = %q, want %q", n, got, want)
		}
	}
	for s, want := range map[int]string{0: "0:00", 45: "0:45", 480: "8:00", 3725: "1:02:05"} {
		if got := Duration(s); got != want {
			t.Errorf("Duration(%d) = %q, want %q", s, got, want)
		}
	}
}

func TestCardFitsAndMarks(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	c := Card{
		Styles:  styles.Default(true),
		Account: model.LifeAccount{Name: "A very long account name indeed", Kind: model.KindLifeService},
		Post: model.Post{
			ID: "p", Kind: model.PostLive, Viewers: 64000, Title: "Live \x1b[31mnow\x1b[0m", Body: strings.Repeat("word ", 40),
			PublishedAt: now.Add(-3 * time.Hour),
			Components: []model.Component{
				{Kind: model.ComponentService, Label: "Order the New Year's Crayfish Series"},
				{Kind: model.ComponentCoupon, Label: "Claim ¥10 off"},
				{Kind: model.ComponentGroup, Label: "Join the group"},
				{Kind: model.ComponentGroup, Label: "Another group with a long name"},
			},
			Counts: model.Counts{Likes: 18420},
		},
		Now: now, Liked: true, Selected: true,
	}
	for _, w := range []int{38, 48} {
		out := c.Render(w)
		uitest.ExactSize(t, "card", out, w, 0)
		plain := ansi.Strip(out)
		for _, want := range []string{"› ", "LIVE", "3h", "Live now", "♥ 18.4K", "☆ 0", "🛒 Order", "🎫 Claim ¥10 off"} {
			if !strings.Contains(plain, want) {
				t.Errorf("width %d: card lacks %q:\n%s", w, want, plain)
			}
		}
		if strings.Contains(out, "\x1b[31m") {
			t.Error("control sequences from the title reached the card")
		}
	}
}
