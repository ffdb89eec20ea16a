package model

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestMerchantDraftClean(t *testing.T) {
	d := MerchantDraft{Kind: PostVideo, Title: "  New\nlatte \x1b[31mred\x1b[0m ", Body: "\tLine one\nline two\u202e  ",
		Components: []Component{{Kind: ComponentService, Label: " Order\x07 now\n", MiniProgramID: "nhm"}}}
	orig := d.Components[0].Label
	got := d.Clean()
	want := MerchantDraft{Kind: PostVideo, Title: "New latte red", Body: "Line one\nline two",
		Components: []Component{{Kind: ComponentService, Label: "Order now", MiniProgramID: "nhm"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Clean =\n%+v\nwant\n%+v", got, want)
	}
	if d.Components[0].Label != orig {
		t.Errorf("Clean changed the caller's components: %q", d.Components[0].Label)
	}
}

// fieldOf is err's field and problem as "field: problem", or "" for nil;
// it fails when err is not a *FieldError.
func fieldOf(t *testing.T, err error) string {
	t.Helper()
	if err == nil {
		return ""
	}
	var fe *FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("%v is a %T; want a *FieldError", err, err)
	}
	return fe.Error()
}

func TestMerchantDraftValidate(t *testing.T) {
	ok := MerchantDraft{Kind: PostImageText, Title: "Spring menu", Body: "Fresh milk tea."}
	with := func(f func(*MerchantDraft)) MerchantDraft {
		d := ok
		d.Components = slices.Clone(ok.Components)
		f(&d)
		return d
	}
	service := func(mp MiniProgramID) Component {
		return Component{Kind: ComponentService, Label: "Order", MiniProgramID: mp, ServiceID: "latte"}
	}
	tests := []struct {
		name  string
		draft MerchantDraft
		want  string
	}{
		{"image-text", ok, ""},
		{"a short video", with(func(d *MerchantDraft) { d.Kind, d.DurationSec = PostVideo, 30 }), ""},
		{"every component of its own",
			with(func(d *MerchantDraft) {
				d.Components = []Component{service("nhs"), {Kind: ComponentCoupon, CouponID: "c1"}, {Kind: ComponentGroup, GroupID: "g1"}}
			}), ""},
		{"a live stream is not published here", with(func(d *MerchantDraft) { d.Kind = PostLive }),
			`kind: "live": a merchant posts image-text or a short video`},
		{"no kind", with(func(d *MerchantDraft) { d.Kind = "" }), `kind: "": a merchant posts image-text or a short video`},
		{"a video too short", with(func(d *MerchantDraft) { d.Kind, d.DurationSec = PostVideo, 4 }),
			"length: 4 seconds: a short video runs 5 to 300"},
		{"a video too long", with(func(d *MerchantDraft) { d.Kind, d.DurationSec = PostVideo, 301 }),
			"length: 301 seconds: a short video runs 5 to 300"},
		{"no title", with(func(d *MerchantDraft) { d.Title = "" }), "title: a post needs a title"},
		{"no text", with(func(d *MerchantDraft) { d.Body = "" }), "text: a post needs some text"},
		{"a title at its limit", with(func(d *MerchantDraft) { d.Title = strings.Repeat("题", MaxPostTitleRunes) }), ""},
		{"a title over it", with(func(d *MerchantDraft) { d.Title = strings.Repeat("题", MaxPostTitleRunes+1) }),
			"title: 61 characters, at most 60"},
		{"a text over its limit", with(func(d *MerchantDraft) { d.Body = strings.Repeat("x", MaxPostBodyRunes+1) }),
			"text: 2001 characters, at most 2000"},
		{"too many components",
			with(func(d *MerchantDraft) {
				d.Components = []Component{service("nhm"), service("nhm"), service("nhs"), service("nhs")}
			}), "components: 4 components, at most 3"},
		{"another merchant's mini program", with(func(d *MerchantDraft) { d.Components = []Component{service("nhm"), service("kfc")} }),
			`components: "kfc" is not one of this merchant's mini programs: a post links only its own`},
		{"a service link without a mini program", with(func(d *MerchantDraft) { d.Components = []Component{service("")} }),
			"components: a service link needs a mini program"},
		{"another merchant's coupon", with(func(d *MerchantDraft) { d.Components = []Component{{Kind: ComponentCoupon, CouponID: "c-kfc"}} }),
			`components: coupon "c-kfc" is not one of this merchant's coupons: a post links only its own`},
		{"a coupon component without a coupon", with(func(d *MerchantDraft) { d.Components = []Component{{Kind: ComponentCoupon}} }),
			"components: a coupon component needs a coupon"},
		{"a group it does not link", with(func(d *MerchantDraft) { d.Components = []Component{{Kind: ComponentGroup, GroupID: "g-kfc"}} }),
			`components: group "g-kfc" is not one of this merchant's groups: a post links only its own`},
		{"a group component without a group", with(func(d *MerchantDraft) { d.Components = []Component{{Kind: ComponentGroup}} }),
			"components: a group component needs a group"},
		{"an unknown component", with(func(d *MerchantDraft) { d.Components = []Component{{Kind: "poll"}} }),
			`components: "poll" is not a component: a service link, a coupon or a group`},
		{"the first problem in the form's order", with(func(d *MerchantDraft) { d.Kind, d.DurationSec, d.Title = PostVideo, 0, "" }),
			"length: 0 seconds: a short video runs 5 to 300"},
	}
	for _, tt := range tests {
		if got := fieldOf(t, tt.draft.Validate(nhScope())); got != tt.want {
			t.Errorf("%s: %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestMerchantDraftPost(t *testing.T) {
	at := t0.Add(time.Hour)
	comps := []Component{{Kind: ComponentCoupon, Label: "¥5 off", CouponID: "c1"}}
	video := MerchantDraft{Kind: PostVideo, Title: "Farm tour", Body: "Cows.", DurationSec: 45, Components: comps}
	got := video.Post("mp-1", "nh", at)
	want := Post{ID: "mp-1", AccountID: "nh", Kind: PostVideo, Title: "Farm tour", Body: "Cows.", PublishedAt: at,
		DurationSec: 45, Components: comps}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Post =\n%+v\nwant\n%+v", got, want)
	}
	got.Components[0].Label = "changed"
	if comps[0].Label != "¥5 off" {
		t.Error("the post shares the draft's components")
	}
	text := MerchantDraft{Kind: PostImageText, Title: "t", Body: "b", DurationSec: 45}
	if p := text.Post("mp-2", "nh", at); p.DurationSec != 0 || p.Kind != PostImageText {
		t.Errorf("image-text post %+v; want no length", p)
	}
}
