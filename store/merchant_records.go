package store

import (
	"time"

	"lifesim/model"
)

// What an operator writes is user state (operators/<account>, kept across
// reseeds and upgrades), so it is stored as records of its own, as a
// persona's state is (records.go), not as the model types: a coupon the
// operator created must read back the same after a world format change.
// Posts are stored as postRecord, as a persona's own posts are.

// couponRecord is a coupon as its operator created it.
type couponRecord struct {
	ID          string    `json:"id"`
	Merchant    string    `json:"merchant"`
	MiniProgram string    `json:"mini_program"`
	Title       string    `json:"title"`
	Kind        string    `json:"kind"`
	Discount    int64     `json:"discount_cents"`
	Threshold   int64     `json:"threshold_cents,omitempty"`
	ValidFrom   time.Time `json:"valid_from"`
	ValidUntil  time.Time `json:"valid_until"`
}

func toCouponRecord(c model.Coupon) couponRecord {
	return couponRecord{
		ID: string(c.ID), Merchant: string(c.MerchantID), MiniProgram: string(c.MiniProgramID), Title: c.Title,
		Kind: string(c.Kind), Discount: c.DiscountCents, Threshold: c.ThresholdCents,
		ValidFrom: c.ValidFrom, ValidUntil: c.ValidUntil,
	}
}

func (r couponRecord) model() model.Coupon {
	return model.Coupon{
		ID: model.CouponID(r.ID), MerchantID: model.MerchantID(r.Merchant), MiniProgramID: model.MiniProgramID(r.MiniProgram),
		Title: r.Title, Kind: model.CouponKind(r.Kind), DiscountCents: r.Discount, ThresholdCents: r.Threshold,
		ValidFrom: r.ValidFrom, ValidUntil: r.ValidUntil,
	}
}

// messageRecord is a message as its operator sent it.
type messageRecord struct {
	ID      string    `json:"id"`
	Account string    `json:"account"`
	Text    string    `json:"text"`
	SentAt  time.Time `json:"sent_at"`
	Reached int       `json:"reached"`
}

func toMessageRecord(m model.MerchantMessage) messageRecord {
	return messageRecord{ID: m.ID, Account: string(m.Account), Text: m.Text, SentAt: m.SentAt, Reached: m.Reached}
}

func (r messageRecord) model() model.MerchantMessage {
	return model.MerchantMessage{ID: r.ID, Account: model.AccountID(r.Account), Text: r.Text, SentAt: r.SentAt, Reached: r.Reached}
}
