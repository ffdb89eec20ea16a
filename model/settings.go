package model

import "time"

// Settings are the world's tunables, loaded from fixtures/world/settings.json.
// Values marked as assumptions in the platform notes live here rather than
// in code.
type Settings struct {
	// Epoch is the simulated clock's default start: the world's "now", so a
	// demo looks the same whenever it is given. --now overrides it.
	Epoch time.Time `json:"epoch"`
	// GridColumns × GridRows is the Home "My Mini Programs" grid (article:
	// nine-grid; Alipay's docs: twelve).
	GridColumns int `json:"grid_columns"`
	GridRows    int `json:"grid_rows"`
	// NearbyRadiusMetres is the payment-success page's "within 1 km".
	NearbyRadiusMetres float64 `json:"nearby_radius_metres"`
	// FollowPromptMaxDismissals: after this many closes the follow pop-up
	// never shows again.
	FollowPromptMaxDismissals int `json:"follow_prompt_max_dismissals"`
}

// DefaultSettings are used for any field settings.json leaves at zero.
func DefaultSettings() Settings {
	return Settings{
		Epoch:                     time.Date(2026, 1, 8, 9, 30, 0, 0, time.FixedZone("CST", 8*3600)),
		GridColumns:               3,
		GridRows:                  3,
		NearbyRadiusMetres:        1000,
		FollowPromptMaxDismissals: 3,
	}
}

// GridSize is the number of cells in the Home grid.
func (s Settings) GridSize() int { return s.GridColumns * s.GridRows }
