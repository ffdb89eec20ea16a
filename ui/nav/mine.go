package nav

// The persona's own records, reached from the My Mini Programs tab beside
// the card pack (OpenCouponsMsg).

func (OpenOrdersMsg) navigation()    {}
func (OpenCollectedMsg) navigation() {}

// OpenOrdersMsg opens My orders: the persona's orders, newest first.
type OpenOrdersMsg struct{}

// OpenCollectedMsg opens Collected posts: the posts the persona collected,
// most recently collected first.
type OpenCollectedMsg struct{}
