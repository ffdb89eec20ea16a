package gen

import (
	"errors"
	"fmt"
)

// picture is a built-in post's picture or video, reused by generated
// posts with the built-in post's description of it.
type picture struct {
	image    string   // a still picture; "" for a video
	frames   []string // a video's frames
	alt      string
	duration int // a video's length in seconds
}

// pictureSet is the pictures that suit a category's posts.
type pictureSet struct{ images, videos, lives []*picture }

// pictureBook is the pictures generated posts use: a few dozen of the
// built-in world's, chosen because their descriptions name no brand.
type pictureBook struct {
	byCategory map[string]pictureSet
	generic    pictureSet
}

// The pictures by category, as built-in media paths: images and live
// covers by their file, videos by their first frame.
var categoryPictures = []struct {
	category              string
	images, videos, lives []string
}{
	{"Food & Drink", []string{"eleme-lunch", "hdl-delivery", "bk-takeout-duo", "wfb-street-food"},
		[]string{"wang-dumplings-1", "wang-hotpot-home-1", "zhy-duck-neck-1", "wfb-smoked-pork-1"}, []string{"hdl-new-year-live"}},
	{"Coffee & Tea", []string{"heytea-strawberry", "amy-coffee-map"}, []string{"heytea-grape-1", "luckin-orange-1"}, nil},
	{"Bakery & Desserts", []string{"kfc-egg-tarts"}, []string{"hdl-birthday-1"}, nil},
	{"Groceries", []string{"nh-yogurt", "wang-group-buy-haul", "hema-lobster"}, []string{"sht-navel-oranges-1"}, nil},
	{"Health & Beauty", []string{"watsons-winter-skin", "alihealth-flu"}, nil, []string{"watsons-live", "alihealth-doctor-live"}},
	{"Home Services", []string{"daojia-new-year-clean", "ewash-down-jacket"}, []string{"daojia-ac-1", "ewash-sneakers-1"}, nil},
	{"Car Services", []string{"tuhu-winter-check", "ehi-weekend"}, []string{"tuhu-car-wash-1", "ehi-ev-1"}, nil},
	{"Entertainment", []string{"tpp-new-year-films"}, []string{"tpp-trailer-1"}, nil},
	{"Tools", []string{"cainiao-pickup-code", "utilities-autopay"}, []string{"hema-30-minutes-1"}, nil},
	{"Government", []string{"citizen-social-security", "citizen-flu-vaccine"}, []string{"citizen-housing-fund-1"}, []string{"alihealth-doctor-live"}},
	{"", []string{"amy-wukang-road", "eleme-lunch"}, []string{"amy-bund-night-1", "hema-30-minutes-1"}, []string{"ctrip-flash-sale-live"}},
}

func newPictureBook(b *builtin) (pictureBook, error) {
	stills, videos := map[string]*picture{}, map[string]*picture{}
	for _, p := range b.posts {
		if p.Image != "" && p.ImageAlt != "" {
			stills[p.Image] = &picture{image: p.Image, alt: p.ImageAlt}
		}
		if len(p.Frames) > 0 && p.ImageAlt != "" {
			videos[p.Frames[0]] = &picture{frames: p.Frames, alt: p.ImageAlt, duration: p.DurationSec}
		}
	}
	book := pictureBook{byCategory: map[string]pictureSet{}}
	for _, c := range categoryPictures {
		images, err1 := look(stills, c.images)
		vids, err2 := look(videos, c.videos)
		lives, err3 := look(stills, c.lives)
		if err := errors.Join(err1, err2, err3); err != nil {
			return pictureBook{}, err
		}
		s := pictureSet{images: images, videos: vids, lives: lives}
		if c.category == "" {
			book.generic = s
		} else {
			book.byCategory[c.category] = s
		}
	}
	return book, nil
}

// look finds the built-in pictures by name.
func look(in map[string]*picture, names []string) ([]*picture, error) {
	var out []*picture
	for _, n := range names {
		p, ok := in["media/"+n+".png"]
		if !ok {
			return nil, fmt.Errorf("gen: no built-in post shows media/%s.png", n)
		}
		out = append(out, p)
	}
	return out, nil
}

// forCategory is the category's pictures, the generic ones standing in
// for those it has none of.
func (b pictureBook) forCategory(name string) pictureSet {
	s := b.byCategory[name]
	if len(s.images) == 0 {
		s.images = b.generic.images
	}
	if len(s.videos) == 0 {
		s.videos = b.generic.videos
	}
	if len(s.lives) == 0 {
		s.lives = b.generic.lives
	}
	return s
}
