package postcard

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"lifesim/model"
	"lifesim/ui/styles"
)

// Component icons. The coupon uses 🎫 rather than 🎟: 🎟 has no emoji
// presentation by default, so terminals disagree on its width (Lip Gloss
// counts 1, most terminals draw 2) and the line would come out ragged.
const (
	IconService = "🛒"
	IconCoupon  = "🎫"
	IconGroup   = "👥"
)

// KindBadge is an account's kind as a badge: "[Brand]".
func KindBadge(st *styles.Styles, k model.AccountKind) string {
	return st.Badge.Render("[" + k.Label() + "]")
}

// Duration renders a video length as m:ss (or h:mm:ss).
func Duration(sec int) string {
	sec = max(sec, 0)
	if sec >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60)
	}
	return fmt.Sprintf("%d:%02d", sec/60, sec%60)
}

// KindMarker is the post's content form: "Image-text", "▶ 1:32" for a
// video, or a LIVE badge with the number watching.
func KindMarker(st *styles.Styles, p model.Post) string {
	switch p.Kind {
	case model.PostVideo:
		return st.Primary.Render("▶ Video " + Duration(p.DurationSec))
	case model.PostLive:
		return LiveBadge(st) + " " + st.Muted.Render(model.CompactCount(p.Viewers)+" watching")
	}
	return st.Muted.Render("Image-text")
}

// ShortMarker is KindMarker for a tight line: "▶ 0:45", "LIVE 6.4w", and
// nothing for image-text, the default form.
func ShortMarker(st *styles.Styles, p model.Post) string {
	switch p.Kind {
	case model.PostVideo:
		return st.Primary.Render("▶ " + Duration(p.DurationSec))
	case model.PostLive:
		return LiveBadge(st) + " " + st.Muted.Render(model.CompactCount(p.Viewers))
	}
	return ""
}

// LiveBadge is the reversed red "LIVE" badge.
func LiveBadge(st *styles.Styles) string { return st.LiveBadge.Render(" LIVE ") }

// Icon is the glyph of a component kind.
func Icon(k model.ComponentKind) string {
	switch k {
	case model.ComponentCoupon:
		return IconCoupon
	case model.ComponentGroup:
		return IconGroup
	}
	return IconService
}

// Chip is a component as a short chip for a card: icon and label.
func Chip(c model.Component) string {
	return Icon(c.Kind) + " " + model.CleanLine(c.Label)
}

// Counts is the interaction bar as a feed card shows it: ♥ likes 💬
// comments ★ collects ↗ forwards in compact form (1.8w). The persona's own
// like and collect show as filled, highlighted glyphs; otherwise outlined
// (♡, ☆), as a real feed marks what you have done.
func Counts(st *styles.Styles, c model.Counts, liked, collected bool) string {
	return counts(st, c, liked, collected, model.CompactCount, "   ")
}

// ExactCounts is the interaction bar of an open post: every count in full
// (18,421), so a like or a comment visibly moves the number.
func ExactCounts(st *styles.Styles, c model.Counts, liked, collected bool) string {
	return counts(st, c, liked, collected, Grouped, "  ")
}

func counts(st *styles.Styles, c model.Counts, liked, collected bool, format func(int64) string, gap string) string {
	heart, star := st.Muted.Render("♡"), st.Muted.Render("☆")
	if liked {
		heart = st.Accent.Render("♥")
	}
	if collected {
		star = st.Accent.Render("★")
	}
	n := func(v int64) string { return st.Text.Render(format(v)) }
	return strings.Join([]string{
		heart + " " + n(c.Likes),
		st.Muted.Render("💬") + " " + n(c.Comments),
		star + " " + n(c.Collects),
		st.Muted.Render("↗") + " " + n(c.Forwards),
	}, gap)
}

// Grouped renders a count in full with thousands separators: 18,421.
func Grouped(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

// CouponTerms is a coupon's conditions in a few words: "Orders over ¥39.00
// · until Feb 28", dated by the one date rule (model.ShortDate) as of now.
func CouponTerms(c model.Coupon, now time.Time) string {
	until := "until " + model.ShortDate(c.ValidUntil, now)
	switch c.Kind {
	case model.CouponSpendThreshold:
		return "Orders over " + model.FormatYuan(c.ThresholdCents) + " · " + until
	case model.CouponPayToGet:
		return "After any payment · " + until
	}
	return "Valid " + until
}
