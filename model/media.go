package model

import "time"

// LiveLine is one comment of a live stream's script: it appears AfterSec
// seconds after the viewer opens the stream. A script is sorted by AfterSec.
type LiveLine struct {
	AfterSec int    `json:"after_sec"`
	Author   string `json:"author"`
	Text     string `json:"text"`
}

// MediaPaths is every media file the post refers to: its picture, then its
// frames in order. Empty paths are skipped.
func (p Post) MediaPaths() []string {
	var out []string
	if p.Image != "" {
		out = append(out, p.Image)
	}
	for _, f := range p.Frames {
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// Poster is the picture a video (or any post) is shown with before it
// plays: its Image, or else its first frame; "" when it has neither.
func (p Post) Poster() string {
	if p.Image != "" || len(p.Frames) == 0 {
		return p.Image
	}
	return p.Frames[0]
}

// LiveRevealed is how many lines of a sorted script have arrived after
// elapsed: those due at or before it.
func LiveRevealed(script []LiveLine, elapsed time.Duration) int {
	n := 0
	for _, l := range script {
		if time.Duration(l.AfterSec)*time.Second > elapsed {
			break
		}
		n++
	}
	return n
}

// LiveViewers is a live stream's audience elapsed after the viewer joined:
// it grows by about 1% a minute with a jitter of up to ±1%, so the count
// visibly moves while the stream is open. The curve is made up but
// deterministic, so tests and demos see the same numbers; it never drops
// below zero.
func LiveViewers(base int64, elapsed time.Duration) int64 {
	if base <= 0 {
		return max(base, 0)
	}
	secs := int64(max(elapsed, 0) / time.Second)
	if secs == 0 {
		return base
	}
	growth := base * secs / 6000
	unit := base / 2000 // a jitter step: 0.05% of the audience
	jitter := ((secs*7919)%41 - 20) * unit
	return max(base+growth+jitter, 0)
}
