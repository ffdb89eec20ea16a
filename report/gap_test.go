package report_test

import (
	"testing"
	"time"

	"lifesim/report"
)

func TestGap(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "0s", 45 * time.Second: "45s", 3*time.Minute + 5*time.Second: "3m05s",
		2*time.Hour + 10*time.Minute: "2h10m", 76 * time.Hour: "3d4h",
	} {
		if got := report.Gap(d); got != want {
			t.Errorf("Gap(%v) = %q; want %q", d, got, want)
		}
	}
}
