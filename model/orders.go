package model

import (
	"slices"
	"strconv"
	"strings"
)

// OrdersNewestFirst is the persona's orders, the latest payment first, as
// an order history or a notice list shows them. The store keeps them in
// the order they were placed; orders paid at the same instant (a scripted
// run, a fixed clock) keep that order reversed, the later id first.
func (s UserState) OrdersNewestFirst() []Order {
	out := slices.Clone(s.Orders)
	slices.SortStableFunc(out, func(a, b Order) int {
		if c := b.PaidAt.Compare(a.PaidAt); c != 0 {
			return c
		}
		return orderSeq(b.ID) - orderSeq(a.ID)
	})
	return out
}

// orderSeq is the number in a store order id ("o-12" → 12), 0 for any
// other id, so ties on time fall back to the order of placing.
func orderSeq(id string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(id, "o-"))
	if err != nil {
		return 0
	}
	return n
}
