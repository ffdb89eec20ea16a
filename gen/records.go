package gen

import (
	"time"

	"lifesim/model"
)

// The world files' format, as gen writes it: the same keys as the fixture
// records of fixtures/records*.go, which the loader decodes strictly (an
// unknown key is an error), so the tests that load a generated world keep
// these in step with them. gen has its own copies because the fixture
// records are the loader's, unexported on purpose: the format is public,
// its Go types are not.

type merchantRec struct {
	ID   model.MerchantID `json:"id"`
	Name string           `json:"name"`
}

type accountRec struct {
	ID           model.AccountID       `json:"id"`
	Name         string                `json:"name"`
	Kind         model.AccountKind     `json:"kind"`
	MerchantID   model.MerchantID      `json:"merchant,omitempty"`
	Bio          string                `json:"bio"`
	Fans         int64                 `json:"fans"`
	MiniPrograms []model.MiniProgramID `json:"mini_programs,omitempty"`
	CouponWindow []model.CouponID      `json:"coupon_window,omitempty"`
	Keywords     []string              `json:"keywords,omitempty"`
}

type couponRec struct {
	ID             model.CouponID      `json:"id"`
	MerchantID     model.MerchantID    `json:"merchant"`
	MiniProgramID  model.MiniProgramID `json:"mini_program"`
	Title          string              `json:"title"`
	Kind           model.CouponKind    `json:"kind"`
	DiscountCents  int64               `json:"discount_cents"`
	ThresholdCents int64               `json:"threshold_cents,omitempty"`
	ValidFrom      time.Time           `json:"valid_from"`
	ValidUntil     time.Time           `json:"valid_until"`
}

type groupRec struct {
	ID      model.GroupID `json:"id"`
	Name    string        `json:"name"`
	Topic   string        `json:"topic"`
	Members int64         `json:"members"`
}

type miniProgramRec struct {
	ID          model.MiniProgramID `json:"id"`
	Name        string              `json:"name"`
	MerchantID  model.MerchantID    `json:"merchant"`
	AccountID   model.AccountID     `json:"account,omitempty"`
	Category    string              `json:"category"`
	Icon        string              `json:"icon"`
	Description string              `json:"description"`
	GuidanceTip string              `json:"guidance_tip,omitempty"`
	Services    []serviceRec        `json:"services"`
	Stores      []storeRec          `json:"stores,omitempty"`
	Keywords    []string            `json:"keywords,omitempty"`
}

type serviceRec struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	PriceCents  int64  `json:"price_cents"`
}

type storeRec struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Location latLngRec `json:"location"`
}

type latLngRec struct {
	Lat float64 `json:"lat"`
	Lng float64 `json:"lng"`
}

type personaRec struct {
	ID          model.PersonaID       `json:"id"`
	Name        string                `json:"name"`
	Description string                `json:"description"`
	Location    latLngRec             `json:"location"`
	Interests   []string              `json:"interests,omitempty"`
	Favourites  []model.MiniProgramID `json:"favourites,omitempty"`
	Recents     []model.MiniProgramID `json:"recents,omitempty"`
	Follows     []model.AccountID     `json:"follows,omitempty"`
}

type postRec struct {
	ID          model.PostID    `json:"id"`
	AccountID   model.AccountID `json:"account"`
	Kind        model.PostKind  `json:"kind"`
	Title       string          `json:"title"`
	Body        string          `json:"body"`
	PublishedAt time.Time       `json:"published_at"`
	Tags        []string        `json:"tags,omitempty"`
	Components  []componentRec  `json:"components,omitempty"`
	Counts      countsRec       `json:"counts"`
	DurationSec int             `json:"duration_sec,omitempty"`
	Viewers     int64           `json:"viewers,omitempty"`
	Image       string          `json:"image,omitempty"`
	ImageAlt    string          `json:"image_alt,omitempty"`
	Frames      []string        `json:"frames,omitempty"`
	LiveScript  []liveLineRec   `json:"live_script,omitempty"`
}

type componentRec struct {
	Kind          model.ComponentKind `json:"kind"`
	Label         string              `json:"label"`
	MiniProgramID model.MiniProgramID `json:"mini_program,omitempty"`
	ServiceID     string              `json:"service,omitempty"`
	CouponID      model.CouponID      `json:"coupon,omitempty"`
	GroupID       model.GroupID       `json:"group,omitempty"`
}

type countsRec struct {
	Likes    int64 `json:"likes"`
	Comments int64 `json:"comments"`
	Collects int64 `json:"collects"`
	Forwards int64 `json:"forwards"`
}

type liveLineRec struct {
	AfterSec int    `json:"after_sec"`
	Author   string `json:"author"`
	Text     string `json:"text"`
}

type aliasRec struct {
	Names []string `json:"names"`
}
