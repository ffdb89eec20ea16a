package model

// A service whose price is 0 (a queue ticket, a pick-up, a record
// printout) is booked, not paid: no payment step, no coupon, and no
// ¥0.00 anywhere. The order is stored as any other, with a total of 0.

// Free reports whether the service costs nothing, so ordering it is a
// booking.
func (s Service) Free() bool { return s.PriceCents == 0 }

// Booking reports whether o is a booking: it has lines and nothing in it
// had a price.
func (o Order) Booking() bool { return len(o.Lines) > 0 && o.SubtotalCents == 0 }
