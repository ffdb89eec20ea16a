package order

// Loading reports that the persona's coupons for the order have not been
// read yet (a failed read counts as read). A payment in progress does not
// count: once it answers, the page sends the payment result in its place,
// and a held enter replayed in between would pay twice; keys pressed while
// paying are dropped by the page, as before.
func (c *Confirm) Loading() bool { return !c.loaded }

// Loading reports that the receipt and the nearby offers have not been
// read yet; a failed read counts as read (the page shows the error).
func (s *Success) Loading() bool { return !s.loaded }
