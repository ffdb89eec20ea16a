package store

import "lifesim/model"

// Merchants is the merchant's side: the life accounts that have an
// operator, what belongs to each (the console's scope), and what an
// operator writes. Every write is one committed transaction that also
// appends its event, with model.MerchantPersona(account) as the persona.
type Merchants interface {
	// Operators is every life account that has a merchant, by name.
	Operators() ([]model.LifeAccount, error)
	// MerchantScope is what belongs to account's merchant now, including
	// the posts and coupons its operator created.
	MerchantScope(account model.AccountID) (model.MerchantScope, error)
	// PublishAsMerchant publishes a post under account. A component that
	// links anything outside the scope is refused (a *model.FieldError,
	// matching ErrInvalid). The post joins the Following feeds of the
	// account's followers and Recommended at once.
	PublishAsMerchant(a model.Actor, account model.AccountID, d model.MerchantDraft) (model.Post, error)
	// CreateCoupon creates a coupon of account's merchant, added to the
	// account's coupon window and offered on nearby payment-success pages.
	CreateCoupon(a model.Actor, account model.AccountID, spec model.CouponSpec) (model.Coupon, error)
	// SendMessage sends a message to account's followers.
	SendMessage(a model.Actor, account model.AccountID, text string) (model.MerchantMessage, error)
	// Followers is how many personas follow account now: whom a message
	// sent now would reach.
	Followers(account model.AccountID) (int, error)
	// SentMessages is what account's operator sent, newest first.
	SentMessages(account model.AccountID) ([]model.MerchantMessage, error)
	// Inbox is the messages of the accounts p follows, newest first.
	Inbox(p model.PersonaID) ([]model.MerchantMessage, error)
}
