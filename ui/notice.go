package ui

import (
	"reflect"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/screen"
)

// notice is the transient line above the tab bar.
type notice struct {
	text string
	err  error
	seq  int // a clear message only clears the notice it was set for
	// owner is the screen in front when the notice was set: a notice
	// belongs to the page where it happened and is drawn only while that
	// page is in front. Going back to it within the notice's time shows it
	// again, since it is still about that page.
	owner screen.Screen
}

type clearNoticeMsg struct{ seq int }

// noticeTTL is how long a notice stays up.
const noticeTTL = 4 * time.Second

// noticeRows is the most a notice wraps to: enough for the verb, the
// outcome and an item's full name at the narrowest phone.
const noticeRows = 2

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
	a.notice = notice{text: text, err: err, seq: seq, owner: a.focused()}
	// Through the Env's ticker, like every timer, so that tests and the
	// fuzzer run the loop with a fake clock instead of waiting.
	return a.env.Tick(noticeTTL, func(time.Time) tea.Msg { return clearNoticeMsg{seq: seq} })
}

// noticeLines is the notice wrapped to at most two lines of width cells,
// styled, the second indented under the text; none when there is no
// notice or its page is not in front.
func (a *App) noticeLines(width int) []string {
	n := a.notice
	if (n.text == "" && n.err == nil) || !sameScreen(n.owner, a.focused()) || width < 3 {
		return nil
	}
	st := a.env.Styles
	mark, text, style := "✓ ", n.text, st.Notice
	if n.err != nil {
		mark, text, style = "✗ ", n.err.Error(), st.NoticeErr
	}
	// CleanLine first: the notice is one paragraph, whatever its text held.
	wrapped := strings.Split(draw.Block(model.CleanLine(text), width-2, noticeRows), "\n")
	out := make([]string, len(wrapped))
	for i, l := range wrapped {
		lead := "  "
		if i == 0 {
			lead = mark
		}
		out[i] = style.Render(lead + l)
	}
	return out
}

// contentWithNotice is the screen's body and the notice under it: h+1
// rows in all. A notice that needs two lines takes the body's last row.
func (a *App) contentWithNotice(body string, w, h int) string {
	note := a.noticeText(w)
	k := contentKey{body: body, notice: note, width: w, rows: h}
	return a.chrome.content.get(k, func() string { return fitContent(body, note, w, h) })
}

// noticeText is noticeLines joined, drawn again only when the notice or
// the width changes.
func (a *App) noticeText(w int) string {
	n := a.notice
	k := noticeKey{width: w, gen: a.stylesGen}
	if sameScreen(n.owner, a.focused()) {
		k.text = n.text
		if n.err != nil {
			k.err = n.err.Error()
		}
	}
	return a.chrome.notice.get(k, func() string { return strings.Join(a.noticeLines(w), "\n") })
}

// fitContent is the body fitted to w cells and what rows the notice
// leaves it, with the notice's lines (note) under it.
func fitContent(body, note string, w, h int) string {
	var lines []string
	if note != "" {
		lines = strings.Split(note, "\n")
	}
	rows := 1
	switch {
	case len(lines) > 1 && h >= 2:
		rows = len(lines)
	case len(lines) > 1: // no body row to spare: the first line alone
		lines = lines[:1]
	}
	note = strings.Join(lines, "\n")
	return draw.Fit(body, w, h+1-rows) + "\n" + draw.Fit(note, w, rows)
}

// sameScreen reports whether x and y are the same screen. Screens are
// pointers; any other kind is never the same, rather than a panic when
// compared.
func sameScreen(x, y screen.Screen) bool {
	if x == nil || y == nil {
		return false
	}
	if reflect.ValueOf(x).Kind() != reflect.Pointer || reflect.ValueOf(y).Kind() != reflect.Pointer {
		return false
	}
	return x == y
}
