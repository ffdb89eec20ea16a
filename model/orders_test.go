package model

import (
	"testing"
	"time"
)

func TestOrdersNewestFirst(t *testing.T) {
	day := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name   string
		orders []Order
		want   []string
	}{
		{"none", nil, nil},
		{"placed order, oldest first", []Order{
			{ID: "o-3", PaidAt: day},
			{ID: "o-5", PaidAt: day.Add(time.Hour)},
			{ID: "o-9", PaidAt: day.Add(48 * time.Hour)},
		}, []string{"o-9", "o-5", "o-3"}},
		{"same instant: the later id first", []Order{
			{ID: "o-2", PaidAt: day},
			{ID: "o-10", PaidAt: day},
		}, []string{"o-10", "o-2"}},
		{"clock moved back: time wins over id", []Order{
			{ID: "o-1", PaidAt: day},
			{ID: "o-2", PaidAt: day.Add(-time.Hour)},
		}, []string{"o-1", "o-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := UserState{Orders: tt.orders}
			got := s.OrdersNewestFirst()
			if len(got) != len(tt.want) {
				t.Fatalf("got %d orders, want %d", len(got), len(tt.want))
			}
			for i, o := range got {
				if o.ID != tt.want[i] {
					t.Errorf("order %d = %s, want %s", i, o.ID, tt.want[i])
				}
			}
			if len(tt.orders) > 0 && &got[0] == &tt.orders[0] {
				t.Error("sorted the state's own slice")
			}
		})
	}
}
