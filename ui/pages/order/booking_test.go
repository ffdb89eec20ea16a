package order

import (
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// haidilao's "Join the Queue" costs nothing (fixtures/world).
const (
	haidilao  = model.MiniProgramID("haidilao")
	joinQueue = "join-queue"
)

// A free service is booked: the confirm page says Book, with no total and
// no ¥0.00; enter records the order and the result page confirms the
// booking without a payment line.
func TestFreeServiceIsBooked(t *testing.T) {
	t.Parallel()
	db := uitest.OpenStore(t)
	d := confirm(t, db, "newuser", haidilao, joinQueue)
	v := uitest.Plain(d)
	for _, want := range []string{"Confirm booking", "Join the Queue", "Free", "[ enter  Book ]", "no payment needed"} {
		if !strings.Contains(v, want) {
			t.Errorf("confirm page lacks %q:\n%s", want, v)
		}
	}
	for _, not := range []string{"¥0.00", "Pay", "Total", "Quantity"} {
		if strings.Contains(v, not) {
			t.Errorf("confirm page of a free service shows %q:\n%s", not, v)
		}
	}
	if h := d.S.ShortHelp(); len(h) != 1 || h[0].Help().Desc != "book" {
		t.Errorf("help = %+v, want only enter book", h)
	}
	d.Keys("right", "+") // no quantity to change
	page := pay(t, d)
	s := uitest.State(t, db, "newuser")
	if len(s.Orders) != 1 || s.Orders[0].TotalCents != 0 || s.Orders[0].Lines[0].ServiceID != joinQueue || s.Orders[0].Lines[0].Qty != 1 {
		t.Fatalf("orders = %+v, want the one booking of %s", s.Orders, joinQueue)
	}
	for _, m := range d.Emitted {
		if a, ok := m.(screen.ActionMsg); ok && a.Status != "Booked Join the Queue · Haidilao Hot Pot" {
			t.Errorf("notice %q, want the booking named", a.Status)
		}
	}
	r := uitest.NewScreen(t, page, 48, 30)
	v = uitest.Plain(r)
	for _, want := range []string{"✓ Booking confirmed", "Haidilao Hot Pot", "Join the Queue", "×1", "Booking " + s.Orders[0].ID} {
		if !strings.Contains(v, want) {
			t.Errorf("booking result lacks %q:\n%s", want, v)
		}
	}
	for _, not := range []string{"¥0.00", "Total paid", "Payment", "Nearby offers"} {
		if strings.Contains(v, not) {
			t.Errorf("booking result shows %q:\n%s", not, v)
		}
	}
	if page.Title() != "Booking confirmed" {
		t.Errorf("title %q", page.Title())
	}
	for _, e := range uitest.Events(t, db) {
		if e.Kind == model.EventExposure && e.Target == string(model.ExpPaySuccessCoupons) {
			t.Errorf("a booking exposed the pay-success offers: %+v", e)
		}
	}
}
