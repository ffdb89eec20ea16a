package model

import "testing"

func TestBooking(t *testing.T) {
	for _, tc := range []struct {
		name    string
		price   int64
		booking bool
	}{
		{"a free service is booked", 0, true},
		{"a paid service is paid", 4290, false},
		{"a cent is still a payment", 1, false},
	} {
		s := Service{ID: "s", PriceCents: tc.price}
		o, err := PriceOrder(Order{Lines: []OrderLine{{ServiceID: "s", Qty: 1, PriceCents: tc.price}}}, nil, couponFrom)
		if err != nil {
			t.Fatal(err)
		}
		if s.Free() != tc.booking || o.Booking() != tc.booking {
			t.Errorf("%s: Free %v, Booking %v; want %v", tc.name, s.Free(), o.Booking(), tc.booking)
		}
	}
	if (Order{}).Booking() {
		t.Error("an order with no lines is not a booking")
	}
	// a coupon that takes a paid order to ¥0 does not make it a booking
	paid := Order{Lines: []OrderLine{{Qty: 1, PriceCents: 500}}, SubtotalCents: 500, DiscountCents: 500}
	if paid.Booking() {
		t.Error("a paid order brought to ¥0 by a coupon is not a booking")
	}
}
