package post

import (
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/components/picture"
	"lifesim/ui/components/postcard"
	"lifesim/ui/draw"
)

// mediaView draws the post's media under its title: the picture, the
// video player, or the live panel. It is "" for a post without media.
func (m *Page) mediaView() string {
	switch m.d.post.Kind {
	case model.PostVideo:
		return join(m.pictureView(m.videoFrame()), m.playerLine())
	case model.PostLive:
		return join(m.pictureView(m.media.poster), m.chatView())
	}
	return m.pictureView(m.media.poster)
}

// pictureView is a picture centred in the page, or, without colour, its
// ASCII shades and a caption naming what it shows. Before the picture
// arrives it is "", after a failed read a one-line notice.
func (m *Page) pictureView(pic picture.Picture) string {
	st, p, w := m.env.Styles, m.d.post, m.width
	switch {
	case m.media.err != nil:
		return st.Muted.Render(draw.Line("[picture unavailable]", w))
	case !m.media.loaded || pic.W == 0:
		return ""
	}
	pic = pic.Fit(w)
	pad := strings.Repeat(" ", max((w-pic.W)/2, 0))
	lines := strings.Split(picture.Render(st, pic), "\n")
	for i, l := range lines {
		lines[i] = pad + l
	}
	if st.Colorless {
		alt := p.ImageAlt
		if alt == "" {
			alt = p.Title
		}
		const open, end = "[picture: ", "]" // the brackets survive truncation
		caption := open + draw.Line(alt, w-lipgloss.Width(open+end)) + end
		lines = append(lines, st.Muted.Render(draw.Line(caption, w)))
	}
	return strings.Join(lines, "\n")
}

// videoFrame is the frame on screen: the poster until the video first
// plays, then the current frame (where a pause leaves it).
func (m *Page) videoFrame() picture.Picture {
	if len(m.media.frames) == 0 || (!m.media.running && m.media.pos == 0) {
		return m.media.poster
	}
	return m.media.frames[m.media.frame%len(m.media.frames)]
}

// playerLine is "▶  ━━━━────── 0:12 / 0:45": the state (▶ paused, ❚❚
// playing, ↺ ended), the progress bar and the position.
func (m *Page) playerLine() string {
	st, p, w := m.env.Styles, m.d.post, m.width
	length := videoLength(p)
	glyph := "▶ " // two cells each, so the bar keeps its length
	switch {
	case m.media.running:
		glyph = "❚❚"
	case m.media.pos >= length:
		glyph = "↺ "
	}
	clock := " " + postcard.Duration(int(m.media.pos/time.Second)) + " / " + postcard.Duration(p.DurationSec)
	track := max(w-lipgloss.Width(glyph)-1-lipgloss.Width(clock), 1)
	done := min(int(int64(track)*int64(m.media.pos)/int64(length)), track)
	bar := st.Primary.Render(strings.Repeat("━", done)) + st.Subtle.Render(strings.Repeat("─", track-done))
	return draw.Fit(st.Primary.Render(glyph)+" "+bar+st.Muted.Render(clock), w, 1)
}

// chatView is the live chat: a heading and the last comments of the
// script that have arrived, in a fixed height with the newest at the
// bottom.
func (m *Page) chatView() string {
	st, p, w := m.env.Styles, m.d.post, m.width
	var lines []string
	for _, l := range p.LiveScript[:model.LiveRevealed(p.LiveScript, m.media.elapsed)] {
		lines = append(lines, m.chatLine(l)...)
	}
	if len(lines) > chatLines {
		lines = lines[len(lines)-chatLines:]
	}
	if len(lines) == 0 {
		lines = []string{"  " + st.Muted.Render(draw.Line("Waiting for comments…", w-2))}
	}
	// newest at the bottom, as in a real live chat: new lines push up
	lines = append(make([]string, max(chatLines-len(lines), 0)), lines...)
	head := st.Section.Render(draw.Line("Live chat", w))
	return head + "\n" + strings.Join(lines, "\n")
}

// chatLine is one comment, "author: text", over at most two lines.
func (m *Page) chatLine(l model.LiveLine) []string {
	st, w := m.env.Styles, m.width
	author := model.CleanLine(l.Author) + ":"
	lines := strings.Split(draw.Block(author+" "+l.Text, max(w-2, 1), 2), "\n")
	for i, s := range lines {
		if i == 0 && strings.HasPrefix(s, author) {
			s = st.Title.Render(author) + st.Text.Render(strings.TrimPrefix(s, author))
		} else {
			s = st.Text.Render(s)
		}
		lines[i] = "  " + s
	}
	return lines
}

// liveViewers is the stream's audience now, moving while it is open.
func (m *Page) liveViewers() int64 {
	return model.LiveViewers(m.d.post.Viewers, m.media.elapsed)
}

// join stacks the non-empty parts.
func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n")
}

func lineCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, "\n") + 1
}
