package store

import (
	"errors"

	"lifesim/model"
)

var errMerchantPending = errors.New("the merchant's side is being built")

func (d *DB) Operators() ([]model.LifeAccount, error) { return nil, errMerchantPending }
func (d *DB) MerchantScope(account model.AccountID) (model.MerchantScope, error) {
	return model.MerchantScope{}, errMerchantPending
}
func (d *DB) PublishAsMerchant(a model.Actor, account model.AccountID, dr model.MerchantDraft) (model.Post, error) {
	return model.Post{}, errMerchantPending
}
func (d *DB) CreateCoupon(a model.Actor, account model.AccountID, spec model.CouponSpec) (model.Coupon, error) {
	return model.Coupon{}, errMerchantPending
}
func (d *DB) SendMessage(a model.Actor, account model.AccountID, text string) (model.MerchantMessage, error) {
	return model.MerchantMessage{}, errMerchantPending
}
func (d *DB) SentMessages(account model.AccountID) ([]model.MerchantMessage, error) {
	return nil, errMerchantPending
}
func (d *DB) Inbox(p model.PersonaID) ([]model.MerchantMessage, error) { return nil, nil }
