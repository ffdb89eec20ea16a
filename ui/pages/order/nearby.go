package order

import (
	"fmt"
	"math"
	"strings"

	"lifesim/model"
)

// offer is a nearby merchant's coupon on the payment success page.
type offer struct {
	Coupon      model.Coupon
	MiniProgram model.MiniProgram
	Merchant    string // display name
	Metres      float64
}

// formatDistance renders metres the way a map app does: "320 m", "1.2 km".
func formatDistance(m float64) string {
	if r := math.Round(m); r < 1000 {
		return fmt.Sprintf("%d m", int(r))
	}
	km := fmt.Sprintf("%.1f", m/1000)
	return strings.TrimSuffix(km, ".0") + " km"
}
