package post

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/components/picture"
	"lifesim/ui/screen"
)

// The post's media: the picture of an image-text post, the player of a
// video (poster, frames, progress) and the live panel of a stream (cover,
// viewers, comments arriving over time). Pictures are read and decoded in
// a command; the video and the live stream move on ticks that carry the
// page's owner and a generation, so a tick from before a pause, or for a
// closed page, changes nothing and schedules nothing.

// Tick intervals: a video shows its next frame (and its position moves)
// every videoTick; a live stream checks for new comments every liveTick.
const (
	videoTick = 500 * time.Millisecond
	liveTick  = time.Second
)

// chatLines is the height of the live chat: fixed, so the page does not
// jump as comments arrive.
const chatLines = 5

// mediaState is what the page knows and does about its post's media.
type mediaState struct {
	requested bool              // the pictures were asked for
	poster    picture.Picture   // the picture, a video's poster or a live cover
	frames    []picture.Picture // a video's frames
	err       error             // the pictures could not be read
	loaded    bool

	running bool // a video is playing, or a live stream is ticking
	gen     int  // bumped on every start and stop: older ticks are stale
	frame   int  // the video frame on screen
	pos     time.Duration
	origin  time.Time     // live: when the viewer joined, from the first tick
	elapsed time.Duration // live: since the viewer joined
}

// mediaMsg is the post's pictures, decoded.
type mediaMsg struct {
	owner  screen.Owner
	poster picture.Picture
	frames []picture.Picture
	err    error
}

// tickMsg moves the video or the live stream on. At is when it fired.
type tickMsg struct {
	owner screen.Owner
	gen   int
	at    time.Time
}

// afterLoad starts on the media once the post is known: it asks for the
// pictures (once) and lets a live stream start ticking.
func (m *Page) afterLoad() tea.Cmd {
	if m.media.requested || m.err != nil {
		return nil
	}
	m.media.requested = true
	p := m.d.post
	cmds := []tea.Cmd{m.loadMedia(p)}
	if p.Kind == model.PostLive {
		cmds = append(cmds, m.start())
	}
	return tea.Batch(cmds...)
}

// loadMedia reads and decodes the post's poster and frames.
func (m *Page) loadMedia(p model.Post) tea.Cmd {
	st, owner := m.env.Store, m.owner
	poster, frames := p.Poster(), p.Frames
	if poster == "" && len(frames) == 0 {
		return nil
	}
	return func() tea.Msg {
		msg := mediaMsg{owner: owner}
		if poster != "" {
			msg.poster, msg.err = readPicture(st, poster)
		}
		for _, f := range frames {
			if msg.err != nil {
				break
			}
			var pic picture.Picture
			pic, msg.err = readPicture(st, f)
			msg.frames = append(msg.frames, pic)
		}
		return msg
	}
}

func readPicture(st store.Store, path string) (picture.Picture, error) {
	data, err := st.Media(path)
	if err != nil {
		return picture.Picture{}, err
	}
	return picture.Decode(data)
}

// updateMedia handles the media's own messages.
func (m *Page) updateMedia(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case mediaMsg:
		if msg.owner == m.owner {
			m.media.poster, m.media.frames, m.media.err = msg.poster, msg.frames, msg.err
			m.media.loaded = true
		}
	case tickMsg:
		if msg.owner == m.owner && msg.gen == m.media.gen && m.media.running {
			return m.onTick(msg.at)
		}
	}
	return nil
}

// onTick moves the video or the stream on, and schedules the next tick
// while the media is still on screen.
func (m *Page) onTick(at time.Time) tea.Cmd {
	p := m.d.post
	switch p.Kind {
	case model.PostVideo:
		m.media.pos += videoTick
		if n := len(m.media.frames); n > 0 {
			m.media.frame = (m.media.frame + 1) % n
		}
		if m.media.pos >= videoLength(p) {
			m.media.pos = videoLength(p) // the end: the player waits for a replay
			m.stop()
			return nil
		}
	case model.PostLive:
		if m.media.origin.IsZero() {
			m.media.origin = at.Add(-liveTick)
		}
		m.media.elapsed = at.Sub(m.media.origin)
	default:
		m.stop()
		return nil
	}
	if !m.mediaVisible() {
		m.stop() // scrolled away: a video pauses, a stream stops polling
		return nil
	}
	return m.tick()
}

// togglePlay plays or pauses a video; a video at its end plays again from
// the start.
func (m *Page) togglePlay() tea.Cmd {
	p := m.d.post
	if p.Kind != model.PostVideo {
		return nil
	}
	if m.media.running {
		m.stop()
		return nil
	}
	if m.media.pos >= videoLength(p) {
		m.media.pos, m.media.frame = 0, 0
	}
	return m.start()
}

// start begins ticking under a new generation.
func (m *Page) start() tea.Cmd {
	m.media.gen++
	m.media.running = true
	return m.tick()
}

// stop ends ticking: the tick in flight is now stale.
func (m *Page) stop() {
	m.media.gen++
	m.media.running = false
}

func (m *Page) tick() tea.Cmd {
	owner, gen := m.owner, m.media.gen
	d := videoTick
	if m.d.post.Kind == model.PostLive {
		d = liveTick
	}
	return m.env.Tick(d, func(at time.Time) tea.Msg { return tickMsg{owner: owner, gen: gen, at: at} })
}

// followScroll runs after the selection moved: a live stream that comes
// back into view starts ticking again (a paused video waits for p).
func (m *Page) followScroll() tea.Cmd {
	switch {
	case m.media.running && !m.mediaVisible():
		m.stop()
	case !m.media.running && m.d.post.Kind == model.PostLive && m.loaded && m.mediaVisible():
		return m.start()
	}
	return nil
}

// leaving runs before enter opens another page: a video pauses rather than
// play on unseen under it. A live stream goes on, as a real one would.
func (m *Page) leaving() {
	if m.d.post.Kind == model.PostVideo && m.media.running {
		m.stop()
	}
}

// leadsAway reports whether enter on the selection opens another page:
// the account header, a service link or a group (a coupon is claimed in
// place).
func (m *Page) leadsAway() bool {
	c, ok := m.component()
	return m.sel == 0 || (ok && c.Kind != model.ComponentCoupon)
}

// mediaVisible reports whether any line of the media is inside the
// scrolling area as the next frame will draw it.
func (m *Page) mediaVisible() bool {
	if !m.loaded || m.width <= 0 {
		return false
	}
	h := m.bodyHeight()
	if h <= 0 {
		return false
	}
	m.scroll(h) // where the viewport will be, as View would move it
	start := len(m.head())
	end := start + lineCount(m.mediaView())
	return end > start && start < m.vp.Offset+h && end > m.vp.Offset
}

// videoLength is the video's duration (at least one tick, so a video
// without one still plays and ends).
func videoLength(p model.Post) time.Duration {
	return max(time.Duration(p.DurationSec)*time.Second, videoTick)
}

// playKeys is the play/pause binding on a video, named for what it will do.
func (m *Page) playKeys() []key.Binding {
	if m.d.post.Kind != model.PostVideo {
		return nil
	}
	b := m.env.Keys.Play
	if m.media.running {
		b.SetHelp("p", "pause")
	} else {
		b.SetHelp("p", "play")
	}
	return []key.Binding{b}
}
