// Package account is the Life Account page: an account's profile (name,
// kind badge, fans, bio), its follow button, its coupon window, the mini
// programs it links, and its posts, newest first (a postlist.List).
package account
