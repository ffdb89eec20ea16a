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
			if l.ObserverAlone {
				t.Fatalf("beside the phone, but alone: %+v", l)
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

// The panel in the phone's place: only where there is no room beside it,
// centred in the whole width, as wide as it can comfortably be and as
// tall as the phone, so it and its help line fit where the phone and its
// help do; the phone's own sizes stay as they were.
func TestLayoutWithObserverAlone(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name           string
		l              Layout
		alone          bool
		panelW, panelH int
	}{
		{"80x24", NewLayout(80, 24), true, observerMaxWidth, 23},
		{"100x30", NewLayout(100, 30), true, observerMaxWidth, 29},
		{"109 columns", NewLayout(109, 40), true, observerMaxWidth, 39},
		{"narrower than the panel", NewLayout(60, 20), true, 60, 19},
		{"minimum size", NewLayout(MinWidth, MinHeight), true, MinWidth, MinHeight - helpRows},
		{"tall terminal: as tall as the capped phone", NewLayout(100, 80), true, observerMaxWidth, phoneMaxHeight},
		{"room beside the phone", NewLayout(110, 40), false, 0, 0},
		{"already beside the phone", NewLayout(160, 40).WithObserver(true), false, observerMaxWidth, 40},
		{"too small", NewLayout(100, 15), false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := tt.l.WithObserverAlone()
			if l.ObserverAlone != tt.alone || l.PanelWidth != tt.panelW || l.PanelHeight != tt.panelH {
				t.Fatalf("%+v", l)
			}
			if !tt.alone {
				if l != tt.l {
					t.Fatalf("not in the phone's place but the layout changed: %+v vs %+v", l, tt.l)
				}
				return
			}
			if !l.Observer || l.ObserverBeside() || l.LeftWidth != l.Width {
				t.Errorf("in the phone's place, yet %+v", l)
			}
			base := tt.l
			if l.PhoneWidth != base.PhoneWidth || l.PhoneHeight != base.PhoneHeight || l.InnerWidth != base.InnerWidth || l.ContentHeight != base.ContentHeight {
				t.Errorf("the hidden phone changed size: %+v vs %+v", l, base)
			}
			if l.PanelWidth > l.Width || l.PanelHeight+helpRows > l.Height {
				t.Errorf("the panel and its help do not fit: %+v", l)
			}
		})
	}
}
