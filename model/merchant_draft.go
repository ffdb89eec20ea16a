package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// What a life account's operator writes from the console: posts with
// components, coupons and messages to followers. Each is cleaned of
// control sequences and checked before the store keeps it; a problem is a
// *FieldError naming the form field it is about.

// Limits on what an operator types.
const (
	MaxCouponTitleRunes = 40
	MaxMessageRunes     = 300
	// MaxMerchantComponents is how many components one post may carry.
	MaxMerchantComponents = 3
	// A short video's length, in seconds.
	MinShortVideoSec = 5
	MaxShortVideoSec = 300
	// MaxCouponDiscountCents is the most a coupon the console creates
	// takes off: ¥10,000.
	MaxCouponDiscountCents = 1_000_000
)

// FieldError is a problem with one field of a form, as one line:
// "threshold: ¥3.00 is below the amount ¥5.00".
type FieldError struct {
	Field   string // the form's name for it: "title", "amount", "threshold", "valid until", "components"…
	Problem string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Problem }

// MerchantDraft is a post as an operator writes it: image-text or short
// video, with components linking only the merchant's own mini programs,
// services, coupons and groups.
type MerchantDraft struct {
	Kind        PostKind // PostImageText or PostVideo
	Title       string
	Body        string
	DurationSec int // a short video's length
	Components  []Component
}

// Clean returns the draft with control sequences removed (CleanText),
// surrounding space trimmed, the title on one line and each component's
// label cleaned the same way. Validate and Post work on the cleaned
// draft.
func (d MerchantDraft) Clean() MerchantDraft {
	d.Title = strings.TrimSpace(CleanLine(d.Title))
	d.Body = strings.TrimSpace(CleanText(d.Body))
	d.Components = slices.Clone(d.Components)
	for i := range d.Components {
		d.Components[i].Label = strings.TrimSpace(CleanLine(d.Components[i].Label))
	}
	return d
}

// Validate checks a cleaned draft against the rules Alipay applies to a
// merchant's post, in the form's order, and returns the first problem as
// a *FieldError: the kind is image-text or short video ("kind"); a short
// video runs MinShortVideoSec..MaxShortVideoSec seconds ("length"); a
// title ("title") and a text ("text") are required and fit their limits;
// at most MaxMerchantComponents components, each linking only what is in
// scope: a service its mini programs, a coupon its coupons, a group its
// groups ("components"). Problems name ids, not names (the model has no
// catalogue): a caller may say whose they are.
func (d MerchantDraft) Validate(scope MerchantScope) error {
	switch {
	case d.Kind != PostImageText && d.Kind != PostVideo:
		return &FieldError{"kind", fmt.Sprintf("%q: a merchant posts image-text or a short video", d.Kind)}
	case d.Kind == PostVideo && (d.DurationSec < MinShortVideoSec || d.DurationSec > MaxShortVideoSec):
		return &FieldError{"length", fmt.Sprintf("%d seconds: a short video runs %d to %d", d.DurationSec, MinShortVideoSec, MaxShortVideoSec)}
	case d.Title == "":
		return &FieldError{"title", "a post needs a title"}
	case d.Body == "":
		return &FieldError{"text", "a post needs some text"}
	}
	if err := tooLong("title", d.Title, MaxPostTitleRunes); err != nil {
		return err
	}
	if err := tooLong("text", d.Body, MaxPostBodyRunes); err != nil {
		return err
	}
	if n := len(d.Components); n > MaxMerchantComponents {
		return &FieldError{"components", fmt.Sprintf("%d components, at most %d", n, MaxMerchantComponents)}
	}
	for _, c := range d.Components {
		if problem := componentProblem(c, scope); problem != "" {
			return &FieldError{"components", problem}
		}
	}
	return nil
}

// tooLong is field's problem when text is over limit runes.
func tooLong(field, text string, limit int) error {
	if n := utf8.RuneCountInString(text); n > limit {
		return &FieldError{field, fmt.Sprintf("%d characters, at most %d", n, limit)}
	}
	return nil
}

// componentProblem is why c may not be on a post of scope's merchant, or
// "".
func componentProblem(c Component, scope MerchantScope) string {
	const own = ": a post links only its own"
	switch c.Kind {
	case ComponentService:
		if c.MiniProgramID == "" {
			return "a service link needs a mini program"
		}
		if !slices.Contains(scope.MiniPrograms, c.MiniProgramID) {
			return fmt.Sprintf("%q is not one of this merchant's mini programs%s", c.MiniProgramID, own)
		}
	case ComponentCoupon:
		if c.CouponID == "" {
			return "a coupon component needs a coupon"
		}
		if !slices.Contains(scope.Coupons, c.CouponID) {
			return fmt.Sprintf("coupon %q is not one of this merchant's coupons%s", c.CouponID, own)
		}
	case ComponentGroup:
		if c.GroupID == "" {
			return "a group component needs a group"
		}
		if !slices.Contains(scope.Groups, c.GroupID) {
			return fmt.Sprintf("group %q is not one of this merchant's groups%s", c.GroupID, own)
		}
	default:
		return fmt.Sprintf("%q is not a component: a service link, a coupon or a group", c.Kind)
	}
	return ""
}

// Post turns a cleaned, valid draft into the account's post, published at
// at. A short video keeps its length; an image-text post has none.
func (d MerchantDraft) Post(id PostID, account AccountID, at time.Time) Post {
	p := Post{ID: id, AccountID: account, Kind: d.Kind, Title: d.Title, Body: d.Body, PublishedAt: at,
		Components: slices.Clone(d.Components)}
	if d.Kind == PostVideo {
		p.DurationSec = d.DurationSec
	}
	return p
}

// CouponSpec is a coupon as an operator creates it.
type CouponSpec struct {
	Title          string
	Kind           CouponKind // CouponPayToGet or CouponSpendThreshold
	MiniProgramID  MiniProgramID
	DiscountCents  int64
	ThresholdCents int64
	ValidFrom      time.Time
	ValidUntil     time.Time
}

// MerchantMessage is a message an operator sent to its account's
// followers (Alipay's life-account push). It reaches the Messages tab of
// everyone following the account when it is read.
type MerchantMessage struct {
	ID      string    `json:"id"`
	Account AccountID `json:"account"`
	Text    string    `json:"text"`
	SentAt  time.Time `json:"sent_at"`
	Reached int       `json:"reached"` // followers when it was sent
}
