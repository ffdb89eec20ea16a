// Package coupons is the card pack: the coupons the persona has claimed
// (from posts, Life Account coupon windows and payment-success pages), with
// where each is redeemed, its deal and whether it is usable, used or
// expired. Opening one opens the issuing merchant's mini program (scene
// 1401, card pack), where the order page applies it.
package coupons
