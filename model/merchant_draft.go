package model

import "time"

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
