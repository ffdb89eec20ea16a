package ui

import "testing"

func TestLayout(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                 string
		w, h                 int
		tooSmall             bool
		phoneW, phoneH, body int
	}{
		{"below minimum width", 39, 30, true, 0, 0, 0},
		{"below minimum height", 100, 15, true, 0, 0, 0},
		{"minimum", 40, 16, false, 40, 15, 9},
		{"100x30", 100, 30, false, 50, 29, 23},
		{"tall terminal caps the phone", 100, 80, false, 50, phoneMaxHeight, phoneMaxHeight - 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			l := NewLayout(tt.w, tt.h)
			if l.TooSmall != tt.tooSmall {
				t.Fatalf("TooSmall = %v, want %v", l.TooSmall, tt.tooSmall)
			}
			if tt.tooSmall {
				return
			}
			if l.PhoneWidth != tt.phoneW || l.PhoneHeight != tt.phoneH || l.ContentHeight != tt.body {
				t.Fatalf("phone %dx%d body %d, want %dx%d body %d",
					l.PhoneWidth, l.PhoneHeight, l.ContentHeight, tt.phoneW, tt.phoneH, tt.body)
			}
			if l.InnerWidth != l.PhoneWidth-4 {
				t.Fatalf("inner width %d for phone %d", l.InnerWidth, l.PhoneWidth)
			}
		})
	}
}
