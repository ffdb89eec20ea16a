// Package account is the Life Account page: an account's profile (name,
// kind badge, fans, bio), its follow button, its coupon window, the mini
// programs it links, and its posts, newest first.
//
// It also exports the follow and coupon-claim actions so the Life feed and
// the post page do them the same way.
package account
