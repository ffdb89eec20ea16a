package model

import "time"

// Typed identifiers keep a mini program id from being passed where an account
// id is expected. They are plain strings in JSON.
type (
	MerchantID    string
	MiniProgramID string
	AccountID     string
	PostID        string
	CouponID      string
	GroupID       string
	PersonaID     string
	ChannelID     string
)

// LatLng is a WGS-84 coordinate in degrees.
type LatLng struct {
	Lat float64 `json:"lat"`
	Lng float64 `json:"lng"`
}

// Merchant is the business entity behind mini programs and life accounts.
type Merchant struct {
	ID   MerchantID `json:"id"`
	Name string     `json:"name"`
}

// Service is one orderable service or product inside a mini program.
type Service struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	PriceCents  int64  `json:"price_cents"`
}

// Store is a physical outlet of a merchant, used for "within 1 km" rules.
type Store struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Location LatLng `json:"location"`
}

// MiniProgram is a merchant's simulated mini program.
type MiniProgram struct {
	ID          MiniProgramID `json:"id"`
	Name        string        `json:"name"`
	MerchantID  MerchantID    `json:"merchant"`
	AccountID   AccountID     `json:"account,omitempty"` // the one bound life account
	Category    string        `json:"category"`
	Icon        string        `json:"icon"` // one or two cells, e.g. an emoji
	Description string        `json:"description"`
	GuidanceTip string        `json:"guidance_tip,omitempty"` // collection guidance
	Services    []Service     `json:"services"`
	Stores      []Store       `json:"stores,omitempty"`
	Keywords    []string      `json:"keywords,omitempty"`
}

// Service returns the service with the given id.
func (m MiniProgram) Service(id string) (Service, bool) {
	for _, s := range m.Services {
		if s.ID == id {
			return s, true
		}
	}
	return Service{}, false
}

// AccountKind is one of the five kinds of life account the article names.
type AccountKind string

const (
	KindBrand       AccountKind = "brand"
	KindTool        AccountKind = "tool"
	KindGovernment  AccountKind = "government"
	KindLifeService AccountKind = "life_service"
	KindCreator     AccountKind = "creator"
)

// AccountKinds lists every valid kind, in display order.
var AccountKinds = []AccountKind{KindBrand, KindTool, KindGovernment, KindLifeService, KindCreator}

// Label is the kind as shown on a badge.
func (k AccountKind) Label() string {
	switch k {
	case KindBrand:
		return "Brand"
	case KindTool:
		return "Tool"
	case KindGovernment:
		return "Government"
	case KindLifeService:
		return "Life service"
	case KindCreator:
		return "Creator"
	}
	return string(k)
}

// Valid reports whether k is one of AccountKinds.
func (k AccountKind) Valid() bool {
	for _, v := range AccountKinds {
		if v == k {
			return true
		}
	}
	return false
}

// MaxAssociatedMiniPrograms is Alipay's cap on mini programs a life account
// may associate and show on its profile.
const MaxAssociatedMiniPrograms = 10

// LifeAccount is a merchant's, institution's or creator's account in Life.
type LifeAccount struct {
	ID           AccountID       `json:"id"`
	Name         string          `json:"name"`
	Kind         AccountKind     `json:"kind"`
	MerchantID   MerchantID      `json:"merchant,omitempty"`
	Bio          string          `json:"bio"`
	Fans         int64           `json:"fans"`
	MiniPrograms []MiniProgramID `json:"mini_programs,omitempty"` // associated, at most 10
	CouponWindow []CouponID      `json:"coupon_window,omitempty"`
	Keywords     []string        `json:"keywords,omitempty"`
}

// PostKind is the content form of a post.
type PostKind string

const (
	PostImageText PostKind = "image_text"
	PostVideo     PostKind = "video"
	PostLive      PostKind = "live"
)

// Valid reports whether k is a known post kind.
func (k PostKind) Valid() bool {
	return k == PostImageText || k == PostVideo || k == PostLive
}

// Label is the kind as shown on a card.
func (k PostKind) Label() string {
	switch k {
	case PostVideo:
		return "Video"
	case PostLive:
		return "LIVE"
	}
	return "Image-text"
}

// ComponentKind is the kind of marketing component embedded in a post.
type ComponentKind string

const (
	ComponentService ComponentKind = "service" // deep link into a mini program page
	ComponentCoupon  ComponentKind = "coupon"
	ComponentGroup   ComponentKind = "group"
)

// Component is a marketing component inside a post. Which fields are set
// depends on Kind: service → MiniProgramID (+ optional ServiceID); coupon →
// CouponID; group → GroupID.
type Component struct {
	Kind          ComponentKind `json:"kind"`
	Label         string        `json:"label"`
	MiniProgramID MiniProgramID `json:"mini_program,omitempty"`
	ServiceID     string        `json:"service,omitempty"`
	CouponID      CouponID      `json:"coupon,omitempty"`
	GroupID       GroupID       `json:"group,omitempty"`
}

// Counts are a post's public interaction counters.
type Counts struct {
	Likes    int64 `json:"likes"`
	Comments int64 `json:"comments"`
	Collects int64 `json:"collects"`
	Forwards int64 `json:"forwards"`
}

// Add returns the sum of two sets of counts.
func (c Counts) Add(d Counts) Counts {
	return Counts{c.Likes + d.Likes, c.Comments + d.Comments, c.Collects + d.Collects, c.Forwards + d.Forwards}
}

// Post is one item of content in the Life channel.
type Post struct {
	ID          PostID      `json:"id"`
	AccountID   AccountID   `json:"account"`
	Kind        PostKind    `json:"kind"`
	Title       string      `json:"title"`
	Body        string      `json:"body"`
	PublishedAt time.Time   `json:"published_at"`
	Tags        []string    `json:"tags,omitempty"`
	Components  []Component `json:"components,omitempty"`
	Counts      Counts      `json:"counts"`
	DurationSec int         `json:"duration_sec,omitempty"` // video
	Viewers     int64       `json:"viewers,omitempty"`      // live
	// Media (see media.go): a picture for any kind (an image-text post's
	// photo, a video's poster, a live stream's cover), a video's frames and a
	// live stream's scripted comments. Paths name files of World.Media.
	Image      string     `json:"image,omitempty"`
	ImageAlt   string     `json:"image_alt,omitempty"`   // what the picture shows, for plain-text terminals
	Frames     []string   `json:"frames,omitempty"`      // video
	LiveScript []LiveLine `json:"live_script,omitempty"` // live
}

// CouponKind distinguishes the coupon mechanics.
type CouponKind string

const (
	CouponPlain          CouponKind = "plain"           // claim and redeem
	CouponPayToGet       CouponKind = "pay_to_get"      // given after any payment
	CouponSpendThreshold CouponKind = "spend_threshold" // off an order over an amount
)

// Coupon is a merchant coupon redeemable in one mini program.
type Coupon struct {
	ID             CouponID      `json:"id"`
	MerchantID     MerchantID    `json:"merchant"`
	MiniProgramID  MiniProgramID `json:"mini_program"`
	Title          string        `json:"title"`
	Kind           CouponKind    `json:"kind"`
	DiscountCents  int64         `json:"discount_cents"`
	ThresholdCents int64         `json:"threshold_cents,omitempty"`
	ValidFrom      time.Time     `json:"valid_from"`
	ValidUntil     time.Time     `json:"valid_until"`
}

// Group is a topic group that posts can link to.
type Group struct {
	ID      GroupID `json:"id"`
	Name    string  `json:"name"`
	Topic   string  `json:"topic"`
	Members int64   `json:"members"`
}

// Persona is a simulated user.
type Persona struct {
	ID          PersonaID `json:"id"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	Location    LatLng    `json:"location"`
	Interests   []string  `json:"interests,omitempty"`
	// Seed state for returning users: collected and recently used mini
	// programs and followed accounts, applied once when the store is seeded.
	Favourites []MiniProgramID `json:"favourites,omitempty"`
	Recents    []MiniProgramID `json:"recents,omitempty"`
	Follows    []AccountID     `json:"follows,omitempty"`
}

// Channel is a public-domain exposure slot on Home (a smart service card or a
// centralised channel such as Car Owner Services) leading to mini programs.
type Channel struct {
	ID           ChannelID       `json:"id"`
	Name         string          `json:"name"`
	Icon         string          `json:"icon"`
	Description  string          `json:"description"`
	MiniPrograms []MiniProgramID `json:"mini_programs"`
}

// World is the whole simulated catalogue as loaded from fixtures.
type World struct {
	Merchants    []Merchant
	MiniPrograms []MiniProgram
	Accounts     []LifeAccount
	Posts        []Post
	Coupons      []Coupon
	Groups       []Group
	Personas     []Persona
	Channels     []Channel
	Settings     Settings
	Experiments  []Experiment // from the optional experiments.json
	// Aliases (from the optional aliases.json) are the other names of
	// things: each group the names of one brand, dish or topic, English
	// first. Search indexes a text under the other names of everything it
	// names (NewGlossary).
	Aliases [][]string
	// Media holds the bytes of the pictures posts refer to (PNG), by path
	// relative to the world directory, e.g. "media/kfc-crayfish.png".
	Media map[string][]byte
}
