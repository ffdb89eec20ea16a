package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/draw"
)

// notice is the transient line above the tab bar.
type notice struct {
	text string
	err  error
	seq  int // a clear message only clears the notice it was set for
}

type clearNoticeMsg struct{ seq int }

// noticeTTL is how long a notice stays up.
const noticeTTL = 4 * time.Second

// clearNotice clears the notice when its time is up, unless another
// notice replaced it meanwhile.
func (a *App) clearNotice(msg clearNoticeMsg) {
	if msg.seq == a.notice.seq {
		a.notice = notice{seq: a.notice.seq}
	}
}

func (a *App) setNotice(text string, err error) tea.Cmd {
	if text == "" && err == nil {
		return nil
	}
	seq := a.notice.seq + 1
	a.notice = notice{text: text, err: err, seq: seq}
	// Through the Env's ticker, like every timer, so that tests and the
	// fuzzer run the loop with a fake clock instead of waiting.
	return a.env.Tick(noticeTTL, func(time.Time) tea.Msg { return clearNoticeMsg{seq: seq} })
}

// noticeLine is the transient status line above the tab bar.
func (a *App) noticeLine(width int) string {
	st := a.env.Styles
	switch {
	case a.notice.err != nil:
		return st.NoticeErr.Render(draw.Line("✗ "+a.notice.err.Error(), width))
	case a.notice.text != "":
		return st.Notice.Render(draw.Line("✓ "+a.notice.text, width))
	}
	return ""
}

// contentWithNotice is the screen's body cut to h rows, then the notice
// line under it: h+1 rows in all.
func (a *App) contentWithNotice(body string, w, h int) string {
	return draw.Fit(body, w, h) + "\n" + draw.Fit(a.noticeLine(w), w, 1)
}
