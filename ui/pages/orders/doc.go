// Package orders is My orders: every order the persona placed, newest
// first, with the mini program it was placed in, what was ordered, the
// total (or "Booked" for a free service, which costs nothing), its status
// and how long ago. Opening one opens its mini program again (a revisit
// from My Mini Programs, scene 1002), where the persona can order again.
// The page records nothing itself; it reloads on every state change, so
// an order placed while it is on the stack shows when it comes back.
package orders
