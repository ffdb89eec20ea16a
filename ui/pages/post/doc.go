// Package post is a post's detail page: the account header with its follow
// state, the full post (title, body, video or live details, tags), its
// marketing components as a selectable list (service link into a mini
// program, coupon, group), the ♥ 💬 ★ ↗ interaction bar, the comments, the
// comment input and the forward picker.
//
// It also exports the post actions (like, collect, forward, comment) so the
// Life feed's cards do them the same way.
package post
