// Package miniprogram owns the simulated mini program page: the header bar
// with its collect capsule, the merchant's collection-guidance tip (once per
// persona across all mini programs), the bound life account's follow line,
// the persona's coupons for it, and the services list that starts an order.
//
// Opening the page records the visit (Recently used and the open event with
// its entry source); the order flow itself lives in ui/pages/order.
package miniprogram
