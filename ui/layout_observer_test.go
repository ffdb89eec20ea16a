package ui

import "testing"

func TestLayoutWithObserver(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		w, h          int
		on            bool
		observer      bool
		left, panelW  int
		panelH, phone int
	}{
		{"off", 160, 40, false, false, 0, 0, 0, 50},
		{"too narrow", 109, 40, true, false, 0, 0, 0, 50},
		{"minimum width", 110, 40, true, true, 52, 58, 40, 50},
		{"160x40", 160, 40, true, true, 84, observerMaxWidth, 40, 50},
		{"very wide caps the panel", 300, 50, true, true, 300 - observerMaxWidth, observerMaxWidth, phoneMaxHeight + helpRows, 50},
		{"too small stays too small", 200, 10, true, false, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			base := NewLayout(tt.w, tt.h)
			l := base.WithObserver(tt.on)
			if l.Observer != tt.observer || l.LeftWidth != tt.left || l.PanelWidth != tt.panelW || l.PanelHeight != tt.panelH || l.PhoneWidth != tt.phone {
				t.Fatalf("%+v", l)
			}
			if !l.Observer {
				if l != base {
					t.Fatalf("no panel but the layout changed: %+v vs %+v", l, base)
				}
				return
			}
			// the phone is unchanged, fits left of the panel with the gap,
			// and the panel fits the terminal
			if l.PhoneWidth != base.PhoneWidth || l.ContentHeight != base.ContentHeight {
				t.Errorf("phone changed: %+v", l)
			}
			if l.LeftWidth < l.PhoneWidth+observerGap || l.LeftWidth+l.PanelWidth != l.Width || l.PanelHeight > l.Height {
				t.Errorf("does not fit: %+v", l)
			}
		})
	}
}
