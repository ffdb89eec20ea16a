// Package merchant is the merchant console: a life account's private
// domain as its operator sees it, live from the event log, filling the
// terminal in place of the phone. Its screens are Overview (today's
// figures, sparklines over the last 7, 14 or 30 simulated days, followers
// and collects by origin), Funnel (public touch → open → collect/follow →
// revisit → repeat order, for everyone and per experiment arm), Content
// (its posts' reach), Coupons (its coupon window), Publish (a post as the
// merchant) and Messages (what it sent its followers); the forms that
// write come from ui/merchant/forms.
//
// The figures are report.MerchantView's, the same `lifesim merchant`
// prints, so the console and the command line cannot disagree. They are
// read in commands only: a read, then a wait on the store's append
// notification, then a read again, one at a time. The root (ui.App)
// hosts the console as a composed child, and acts on q and P itself.
package merchant
