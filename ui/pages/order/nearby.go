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
	MiniProgram model.MiniProgram // where it is redeemed
	Metres      float64
}

// merchantOffers is one merchant's offers under one heading: its brand
// name (model.BrandName, never the legal entity), its icon and the
// distance of its nearest store.
type merchantOffers struct {
	Brand  string
	Icon   string
	Metres float64
	Offers []offer
}

// flatten is the offers in the order they are drawn, for the selection.
func flatten(groups []merchantOffers) []offer {
	var out []offer
	for _, g := range groups {
		out = append(out, g.Offers...)
	}
	return out
}

// formatDistance renders metres the way a map app does: "320 m", "1.2 km".
func formatDistance(m float64) string {
	if r := math.Round(m); r < 1000 {
		return fmt.Sprintf("%d m", int(r))
	}
	km := fmt.Sprintf("%.1f", m/1000)
	return strings.TrimSuffix(km, ".0") + " km"
}
