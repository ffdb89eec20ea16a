// Package order owns a mini program's order flow after a service is chosen:
// the confirm page (quantity, the best claimed coupon, the price breakdown,
// simulated payment) and the payment success page (the receipt, the
// collection-guidance prompt, and coupons of merchants within the nearby
// radius of the persona, claimable and openable from there with the
// payment-success entry source, scene 1403).
package order
