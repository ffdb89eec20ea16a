package store

import (
	"time"

	"lifesim/model"
)

// The record types below are the on-disk format of everything a persona
// did and of the event log: the data that is kept across reseeds and must
// survive every upgrade. They are private and separate from the model
// types on purpose. A model type's json tags may change with the domain;
// a record's tags may change only together with schemaVersion and a
// migration (migrate.go), and TestRecordFormatIsFrozen fails if one does.
//
// Ids are stored as plain strings; times as RFC 3339 (time.Time's JSON).

type recentRecord struct {
	MiniProgram string    `json:"mini_program"`
	At          time.Time `json:"at"`
}

func toRecentRecord(r model.Recent) recentRecord {
	return recentRecord{MiniProgram: string(r.MiniProgramID), At: r.At}
}

func (r recentRecord) model() model.Recent {
	return model.Recent{MiniProgramID: model.MiniProgramID(r.MiniProgram), At: r.At}
}

type followRecord struct {
	Account string    `json:"account"`
	At      time.Time `json:"at"`
}

func toFollowRecord(f model.Follow) followRecord {
	return followRecord{Account: string(f.AccountID), At: f.At}
}

func (r followRecord) model() model.Follow {
	return model.Follow{AccountID: model.AccountID(r.Account), At: r.At}
}

// claimRecord is a coupon in the card pack. Source and Scene arrived with
// schema 2; claims migrated from schema 1 say model.SourceUnknown.
type claimRecord struct {
	Coupon     string    `json:"coupon"`
	ClaimedAt  time.Time `json:"claimed_at"`
	Source     string    `json:"source,omitempty"`
	Scene      int       `json:"scene,omitempty"`
	RedeemedIn string    `json:"redeemed_in,omitempty"`
}

func toClaimRecord(c model.ClaimedCoupon) claimRecord {
	return claimRecord{
		Coupon: string(c.CouponID), ClaimedAt: c.ClaimedAt,
		Source: string(c.Source), Scene: c.Scene, RedeemedIn: c.RedeemedIn,
	}
}

func (r claimRecord) model() model.ClaimedCoupon {
	return model.ClaimedCoupon{
		CouponID: model.CouponID(r.Coupon), ClaimedAt: r.ClaimedAt,
		Source: model.Source(r.Source), Scene: r.Scene, RedeemedIn: r.RedeemedIn,
	}
}

type commentRecord struct {
	ID      string    `json:"id"`
	Post    string    `json:"post"`
	Persona string    `json:"persona"`
	Text    string    `json:"text"`
	At      time.Time `json:"at"`
}

func toCommentRecord(c model.Comment) commentRecord {
	return commentRecord{ID: c.ID, Post: string(c.PostID), Persona: string(c.Persona), Text: c.Text, At: c.At}
}

func (r commentRecord) model() model.Comment {
	return model.Comment{ID: r.ID, PostID: model.PostID(r.Post), Persona: model.PersonaID(r.Persona), Text: r.Text, At: r.At}
}

type forwardRecord struct {
	Post string    `json:"post"`
	To   string    `json:"to"`
	At   time.Time `json:"at"`
}

func toForwardRecord(f model.Forward) forwardRecord {
	return forwardRecord{Post: string(f.PostID), To: f.To, At: f.At}
}

func (r forwardRecord) model() model.Forward {
	return model.Forward{PostID: model.PostID(r.Post), To: r.To, At: r.At}
}

type orderLineRecord struct {
	Service    string `json:"service"`
	Name       string `json:"name"`
	Qty        int    `json:"qty"`
	PriceCents int64  `json:"price_cents"`
}

type orderRecord struct {
	ID            string            `json:"id"`
	MiniProgram   string            `json:"mini_program"`
	Lines         []orderLineRecord `json:"lines"`
	SubtotalCents int64             `json:"subtotal_cents"`
	DiscountCents int64             `json:"discount_cents"`
	TotalCents    int64             `json:"total_cents"`
	Coupon        string            `json:"coupon,omitempty"`
	PaidAt        time.Time         `json:"paid_at"`
}

func toOrderRecord(o model.Order) orderRecord {
	r := orderRecord{
		ID: o.ID, MiniProgram: string(o.MiniProgramID), SubtotalCents: o.SubtotalCents,
		DiscountCents: o.DiscountCents, TotalCents: o.TotalCents, Coupon: string(o.CouponID), PaidAt: o.PaidAt,
	}
	for _, l := range o.Lines {
		r.Lines = append(r.Lines, orderLineRecord{Service: l.ServiceID, Name: l.Name, Qty: l.Qty, PriceCents: l.PriceCents})
	}
	return r
}

func (r orderRecord) model() model.Order {
	o := model.Order{
		ID: r.ID, MiniProgramID: model.MiniProgramID(r.MiniProgram), SubtotalCents: r.SubtotalCents,
		DiscountCents: r.DiscountCents, TotalCents: r.TotalCents, CouponID: model.CouponID(r.Coupon), PaidAt: r.PaidAt,
	}
	for _, l := range r.Lines {
		o.Lines = append(o.Lines, model.OrderLine{ServiceID: l.Service, Name: l.Name, Qty: l.Qty, PriceCents: l.PriceCents})
	}
	return o
}

type membershipRecord struct {
	Group    string    `json:"group"`
	JoinedAt time.Time `json:"joined_at"`
}

func toMembershipRecord(m model.GroupMembership) membershipRecord {
	return membershipRecord{Group: string(m.GroupID), JoinedAt: m.JoinedAt}
}

func (r membershipRecord) model() model.GroupMembership {
	return model.GroupMembership{GroupID: model.GroupID(r.Group), JoinedAt: r.JoinedAt}
}

type countsRecord struct {
	Likes    int64 `json:"likes"`
	Comments int64 `json:"comments"`
	Collects int64 `json:"collects"`
	Forwards int64 `json:"forwards"`
}

func toCountsRecord(c model.Counts) countsRecord {
	return countsRecord{Likes: c.Likes, Comments: c.Comments, Collects: c.Collects, Forwards: c.Forwards}
}

func (r countsRecord) model() model.Counts {
	return model.Counts{Likes: r.Likes, Comments: r.Comments, Collects: r.Collects, Forwards: r.Forwards}
}

// eventRecord is one entry of the append-only event log.
type eventRecord struct {
	Seq      uint64            `json:"seq"`
	At       time.Time         `json:"at"`
	Persona  string            `json:"persona"`
	Session  string            `json:"session"`
	Kind     string            `json:"kind"`
	Target   string            `json:"target,omitempty"`
	Source   string            `json:"source,omitempty"`
	Scene    int               `json:"scene,omitempty"`
	Detail   string            `json:"detail,omitempty"`
	Value    int64             `json:"value,omitempty"`
	Variants map[string]string `json:"variants,omitempty"`
}

func toEventRecord(e model.Event) eventRecord {
	return eventRecord{
		Seq: e.Seq, At: e.At, Persona: string(e.Persona), Session: e.Session, Kind: string(e.Kind),
		Target: e.Target, Source: string(e.Source), Scene: e.Scene, Detail: e.Detail, Value: e.Value,
		Variants: e.Variants,
	}
}

func (r eventRecord) model() model.Event {
	return model.Event{
		Seq: r.Seq, At: r.At, Persona: model.PersonaID(r.Persona), Session: r.Session, Kind: model.EventKind(r.Kind),
		Target: r.Target, Source: model.Source(r.Source), Scene: r.Scene, Detail: r.Detail, Value: r.Value,
		Variants: r.Variants,
	}
}
