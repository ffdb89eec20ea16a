package model

import (
	"slices"
	"testing"
	"time"
)

func TestMediaPathsAndPoster(t *testing.T) {
	for _, tc := range []struct {
		name   string
		post   Post
		paths  []string
		poster string
	}{
		{"none", Post{}, nil, ""},
		{"picture", Post{Image: "media/a.png"}, []string{"media/a.png"}, "media/a.png"},
		{"frames", Post{Frames: []string{"media/f1.png", "media/f2.png"}}, []string{"media/f1.png", "media/f2.png"}, "media/f1.png"},
		{"poster and frames", Post{Image: "media/p.png", Frames: []string{"media/f1.png"}}, []string{"media/p.png", "media/f1.png"}, "media/p.png"},
		{"empty frame skipped", Post{Frames: []string{"", "media/f2.png"}}, []string{"media/f2.png"}, ""},
	} {
		if got := tc.post.MediaPaths(); !slices.Equal(got, tc.paths) {
			t.Errorf("%s: MediaPaths = %q, want %q", tc.name, got, tc.paths)
		}
		if got := tc.post.Poster(); got != tc.poster {
			t.Errorf("%s: Poster = %q, want %q", tc.name, got, tc.poster)
		}
	}
}

func TestLiveRevealed(t *testing.T) {
	script := []LiveLine{{AfterSec: 0}, {AfterSec: 2}, {AfterSec: 2}, {AfterSec: 5}}
	for _, tc := range []struct {
		elapsed time.Duration
		want    int
	}{
		{0, 1},
		{1999 * time.Millisecond, 1},
		{2 * time.Second, 3},
		{4 * time.Second, 3},
		{5 * time.Second, 4},
		{time.Hour, 4},
		{-time.Second, 0},
	} {
		if got := LiveRevealed(script, tc.elapsed); got != tc.want {
			t.Errorf("LiveRevealed(%v) = %d, want %d", tc.elapsed, got, tc.want)
		}
	}
	if got := LiveRevealed(nil, time.Hour); got != 0 {
		t.Errorf("empty script revealed %d", got)
	}
}

func TestLiveViewers(t *testing.T) {
	for _, tc := range []struct {
		base    int64
		elapsed time.Duration
		want    int64
	}{
		{38200, 0, 38200},
		{38200, -time.Second, 38200},
		{0, time.Minute, 0},
		{-5, time.Minute, 0},
		// 1 s: growth 6, jitter (7919 % 41 − 20) × 19 = −14 × 19
		{38200, time.Second, 38200 + 6 - 266},
		// 60 s: growth 382 (1%), jitter (475140 % 41 − 20) × 19 = 12 × 19
		{38200, time.Minute, 38200 + 382 + 228},
		// a small audience has no jitter and grows by whole viewers
		{300, time.Second, 300},
		{300, time.Minute, 303},
	} {
		if got := LiveViewers(tc.base, tc.elapsed); got != tc.want {
			t.Errorf("LiveViewers(%d, %v) = %d, want %d", tc.base, tc.elapsed, got, tc.want)
		}
	}
	// Over ten minutes the count grows by about 10%, never by more than
	// growth plus one jitter step.
	base := int64(12600)
	got := LiveViewers(base, 10*time.Minute)
	if got < base+base/10-20*6 || got > base+base/10+20*6 { // unit = 6
		t.Errorf("after 10 min: %d, want about %d", got, base+base/10)
	}
}
