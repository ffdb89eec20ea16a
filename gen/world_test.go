package gen_test

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"lifesim/model"
)

// Every generated brand has a Chinese name in aliases.json, so that search
// finds it by either: the glossary indexes its English name under it.
func TestEveryBrandHasAChineseName(t *testing.T) {
	w := smallWorld(t)
	g := model.NewGlossary(w.Aliases)
	byName := map[string][]string{}
	for _, names := range w.Aliases {
		byName[names[0]] = names
	}
	for _, m := range w.MiniPrograms {
		if !generated(string(m.ID)) {
			continue
		}
		names := byName[m.Name]
		i := slices.IndexFunc(names, func(n string) bool {
			return strings.ContainsFunc(n, func(r rune) bool { return unicode.Is(unicode.Han, r) })
		})
		if i < 0 {
			t.Errorf("%s %q has no Chinese alias (group %q)", m.ID, m.Name, names)
			continue
		}
		if !model.Matches(names[i], m.Name, g.Aliases(m.Name)) {
			t.Errorf("%q does not find %q through the glossary", names[i], m.Name)
		}
	}
}

// Stores cluster around a few centres: the built-in personas, in Jing'an
// and Lujiazui, find generated stores within the nearby radius.
func TestStoresAreNearThePersonas(t *testing.T) {
	w := smallWorld(t)
	for _, p := range w.Personas[:2] {
		n := 0
		for _, m := range w.MiniPrograms {
			if _, d, ok := model.NearestStore(m, p.Location); ok && generated(string(m.ID)) && d <= w.Settings.NearbyRadiusMetres {
				n++
			}
		}
		if n < 2 {
			t.Errorf("%s finds %d generated mini programs within %g m, want a few", p.ID, n, w.Settings.NearbyRadiusMetres)
		}
	}
}

// Coupons are valid around the epoch: most of them at it, some already
// over, some not yet started.
func TestCouponsAreValidAroundTheEpoch(t *testing.T) {
	w := smallWorld(t)
	epoch := w.Settings.Epoch
	var valid, over, later, all int
	for _, c := range w.Coupons {
		if !generated(string(c.ID)) {
			continue
		}
		all++
		switch {
		case epoch.Before(c.ValidFrom):
			later++
		case epoch.After(c.ValidUntil):
			over++
		default:
			valid++
		}
	}
	if valid*2 < all || over == 0 || later == 0 {
		t.Errorf("of %d coupons %d are valid at the epoch, %d over, %d later; want most valid and some of each", all, valid, over, later)
	}
}

// Posts are of every kind, spread over months before the epoch, with
// skewed counts, and link to services, coupons and groups.
func TestPostsAreVaried(t *testing.T) {
	w := smallWorld(t)
	epoch := w.Settings.Epoch
	kinds := map[model.PostKind]int{}
	components := map[model.ComponentKind]int{}
	var likes []int64
	first, last := epoch, time.Time{}
	for _, p := range w.Posts {
		if !generated(string(p.ID)) {
			continue
		}
		kinds[p.Kind]++
		for _, c := range p.Components {
			components[c.Kind]++
		}
		likes = append(likes, p.Counts.Likes)
		if !p.PublishedAt.Before(epoch) {
			t.Errorf("%s is published at %v, not before the epoch", p.ID, p.PublishedAt)
		}
		first, last = minTime(first, p.PublishedAt), maxTime(last, p.PublishedAt)
		if len(p.Tags) == 0 {
			t.Errorf("%s has no tags", p.ID)
		}
	}
	if !(kinds[model.PostImageText] > kinds[model.PostVideo] && kinds[model.PostVideo] > kinds[model.PostLive] && kinds[model.PostLive] > 0) {
		t.Errorf("post kinds %v: want mostly image-text, then video, then some live", kinds)
	}
	for _, k := range []model.ComponentKind{model.ComponentService, model.ComponentCoupon, model.ComponentGroup} {
		if components[k] == 0 {
			t.Errorf("no post has a %s component (%v)", k, components)
		}
	}
	if span := last.Sub(first); span < 90*24*time.Hour {
		t.Errorf("posts span %v; want months", span)
	}
	slices.Sort(likes)
	if median, top := likes[len(likes)/2], likes[len(likes)-1]; top < 20*median {
		t.Errorf("likes: median %d, top %d; want a long tail", median, top)
	}
}

// Accounts are of every kind; mini programs sell priced and free services
// from stores.
func TestAccountsAndMiniProgramsAreVaried(t *testing.T) {
	w := smallWorld(t)
	kinds := map[model.AccountKind]int{}
	for _, a := range w.Accounts {
		if generated(string(a.ID)) {
			kinds[a.Kind]++
			if a.Bio == "" || a.Fans <= 0 || len(a.Keywords) == 0 {
				t.Errorf("%s: bio %q, %d fans, keywords %q", a.ID, a.Bio, a.Fans, a.Keywords)
			}
		}
	}
	for _, k := range model.AccountKinds {
		if kinds[k] == 0 {
			t.Errorf("no generated %s account (%v)", k, kinds)
		}
	}
	var free, priced int
	for _, m := range w.MiniPrograms {
		if !generated(string(m.ID)) {
			continue
		}
		if len(m.Stores) == 0 {
			t.Errorf("%s has no store", m.ID)
		}
		for _, s := range m.Services {
			if s.PriceCents == 0 {
				free++
			} else {
				priced++
			}
		}
	}
	if free == 0 || priced < 4*free {
		t.Errorf("%d free and %d priced services; want mostly priced, some free", free, priced)
	}
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
