package observer

import (
	"fmt"
	"strings"

	"lifesim/model"
	"lifesim/report"
	"lifesim/ui/draw"
	"lifesim/ui/styles"
)

// RetentionDays is the window of the panel's retention line.
const RetentionDays = 7

// Info is what the panel says about who is acting now.
type Info struct {
	Session     string
	Persona     model.PersonaID
	PersonaName string
	Variants    model.Assignment
	Labels      map[string]string // experiment key → short label
}

// View draws the panel in exactly w×h cells: a framed column with the
// session, the chain funnel (this session and all sessions, or the
// session's alone when Own, as the title says) and the latest events,
// newest at the bottom.
//
// The panel of the researcher's session is beside every frame, and most
// frames change nothing in it, so its drawing is kept until a read is
// answered or the size, the palette or who is acting changes.
func (m *Panel) View(st *styles.Styles, info Info, w, h int) string {
	k := viewKey{version: m.version, session: info.Session, w: w, h: h}
	k.lines = sessionLine(info) + "\n" + variantsLine(info)
	k.styles, k.dark, k.colorless = st, st.IsDark, st.Colorless
	if m.kept.drawn && m.kept.key == k {
		return m.kept.text
	}
	m.kept = keptView{key: k, text: m.draw(st, info, w, h), drawn: true}
	return m.kept.text
}

// keptView is the panel's last drawing and what it was drawn from.
type keptView struct {
	key   viewKey
	text  string
	drawn bool
}

// viewKey is everything the drawing depends on but the panel's own
// figures (version): the styles change in place when the terminal's
// palette is learnt, so their flags are part of it.
type viewKey struct {
	version         int
	session         string
	lines           string // the session and variants lines: who is acting, in which arms
	w, h            int
	styles          *styles.Styles
	dark, colorless bool
}

func (m *Panel) draw(st *styles.Styles, info Info, w, h int) string {
	frame := st.Card
	iw, ih := w-frame.GetHorizontalFrameSize(), h-frame.GetVerticalFrameSize()
	if iw < 10 || ih < 3 {
		return draw.Fit("", w, h)
	}
	title := "Observer"
	if m.Own {
		title = "Observer · your session only"
	}
	top := []string{
		draw.Spread(st.Title.Render(title), st.Muted.Render("F2 hides"), iw),
		st.Muted.Render(draw.Line(sessionLine(info), iw)),
		st.Muted.Render(draw.Line(variantsLine(info), iw)),
		"",
	}
	top = append(top, m.funnelLines(st, info, iw)...)
	top = append(top, "", st.Section.Render("Events"))
	room := ih - len(top)
	body := strings.Join(append(top, m.eventLines(st, info, iw, room)...), "\n")
	return frame.Render(draw.Fit(body, iw, ih))
}

func sessionLine(info Info) string {
	id := info.Session
	if len(id) > 8 {
		id = id[:8]
	}
	return fmt.Sprintf("session %s · %s (%s)", id, info.PersonaName, info.Persona)
}

func variantsLine(info Info) string {
	if len(info.Variants) == 0 {
		return "no experiments"
	}
	var parts []string
	for _, k := range info.Variants.Keys() {
		label := info.Labels[k]
		if label == "" {
			label = k
		}
		parts = append(parts, label+"="+info.Variants[k])
	}
	return strings.Join(parts, " · ")
}

// funnelLines is the chain funnel table: each step for this session (✓ and
// the time since the previous step) and, unless the panel is Own, for all
// sessions (count, step conversion, median time from the previous step)
// and the room's retention.
func (m *Panel) funnelLines(st *styles.Styles, info Info, w int) []string {
	if m.err != nil {
		return []string{st.Error.Render(draw.Line("✗ "+m.err.Error(), w))}
	}
	if !m.loaded {
		return []string{st.Muted.Render("reading the event log…")}
	}
	all := m.fig.All
	this, completed := m.sessionFigures(info.Session)
	const nameW, thisW = 17, 15
	row := func(name, mine, rest string) string {
		return draw.Line(draw.Column(name, nameW)+draw.Column(mine, thisW)+rest, w)
	}
	head := fmt.Sprintf("all sessions (%d)", all.Sessions)
	if m.Own {
		head = ""
	}
	out := []string{st.Section.Render(row("Chain funnel", "this session", head))}
	for s := range model.NumSteps {
		rest := ""
		if !m.Own {
			rest = roomMark(all.Steps[s])
		}
		out = append(out, st.Text.Render(row(s.Name(), sessionMark(s, this, completed), rest)))
	}
	if m.Own {
		return out
	}
	r := m.fig.Retention
	return append(out,
		st.Text.Render(row("overall", "", fmt.Sprintf("     %4.0f%%", 100*all.Overall()))),
		st.Muted.Render(draw.Line(fmt.Sprintf("retention %dd: %d of %d collected mini programs revisited (%.0f%%)",
			r.Days, r.Revisited, r.Collected, 100*r.Rate()), w)),
	)
}

// roomMark is a step in the all-sessions column: how many sessions reached
// it, the step's conversion and its median time.
func roomMark(a model.StepStat) string {
	out := fmt.Sprintf("%4d %4.0f%%", a.Count, 100*a.Rate)
	if a.Count > 0 {
		out += "  ~" + report.Gap(a.Median)
	}
	return out
}

// sessionMark is step s in the session's own column: ✓ and the time since
// the previous step, or how its revisit stands.
func sessionMark(s model.Step, this model.Funnel, completed int) string {
	switch {
	case this.Steps[s].Count > 0:
		return "✓ +" + report.Gap(this.Steps[s].Median)
	case s == model.StepRevisit && completed > 0:
		return fmt.Sprintf("✓ %d earlier", completed)
	case s == model.StepRevisit && this.Steps[model.StepCollect].Count > 0:
		return "next session"
	}
	return "·"
}

// eventLines is the last n rows of the stream, newest at the bottom; this
// session's in text colour, earlier sessions' muted. A run of impressions
// is one row (rows), so a page that shows many merchants does not push
// what the persona did off the panel.
func (m *Panel) eventLines(st *styles.Styles, info Info, w, n int) []string {
	if n <= 0 {
		return nil
	}
	rs := rows(m.tail)
	if len(rs) > n {
		rs = rs[len(rs)-n:]
	}
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		style := st.Muted
		if r.session == info.Session {
			style = st.Text
		}
		out = append(out, style.Render(draw.Line(r.text, w)))
	}
	if len(out) == 0 {
		out = append(out, st.Muted.Render("no events yet"))
	}
	return out
}

// row is one line of the stream: an event, or a run of impressions.
type row struct {
	session string
	text    string
}

// rows describes events in order, folding each run of impressions of one
// session from one place into a row naming the accounts shown:
// "09:30:00 impression ×3 kfc, luckin, new-hope-dairy ← pay_success 1403".
func rows(events []model.Event) []row {
	out := make([]row, 0, len(events))
	for i := 0; i < len(events); {
		e := events[i]
		j := i + 1
		for e.Kind == model.EventImpression && j < len(events) && sameRun(e, events[j]) {
			j++
		}
		text := Describe(e)
		if j-i > 1 {
			text = describeRun(events[i:j])
		}
		out = append(out, row{session: e.Session, text: text})
		i = j
	}
	return out
}

// sameRun reports whether impression b continues a's run.
func sameRun(a, b model.Event) bool {
	return b.Kind == model.EventImpression && b.Session == a.Session && b.Source == a.Source
}

// describeRun is a run of impressions as one line.
func describeRun(run []model.Event) string {
	accounts := make([]string, len(run))
	for i, e := range run {
		accounts[i] = e.Target
	}
	first := run[0]
	line := fmt.Sprintf("%s impression ×%d %s", first.At.Format("15:04:05"), len(run), strings.Join(accounts, ", "))
	if first.Source != "" {
		line += " ← " + string(first.Source)
		if first.Scene != 0 {
			line += fmt.Sprintf(" %d", first.Scene)
		}
	}
	return line
}

// Describe is one event as a line of the stream.
func Describe(e model.Event) string {
	var b strings.Builder
	b.WriteString(e.At.Format("15:04:05") + " " + strings.ReplaceAll(string(e.Kind), "_", " "))
	switch e.Kind {
	case model.EventSearch:
		fmt.Fprintf(&b, " %q → %d", e.Detail, e.Value)
	case model.EventExposure:
		b.WriteString(" " + e.Target + "=" + e.Detail)
	case model.EventTab:
		b.WriteString(" " + e.Detail + " → " + e.Target)
	case model.EventPayment:
		b.WriteString(" " + e.Target + " " + model.FormatYuan(e.Value))
	default:
		if e.Target != "" {
			b.WriteString(" " + e.Target)
		}
		if e.Detail != "" {
			b.WriteString(" " + e.Detail)
		}
	}
	if e.Source != "" {
		b.WriteString(" ← " + string(e.Source))
		if e.Scene != 0 {
			fmt.Fprintf(&b, " %d", e.Scene)
		}
	}
	return b.String()
}
