package tour

import (
	"errors"
	"fmt"

	"charm.land/lipgloss/v2"

	"lifesim/model"
)

// piece is one part of what the caption bar says about the tour's state:
// the first says where the tour is, the rest what the keys do now.
type piece struct {
	text  string
	style lipgloss.Style
}

// counter is the step counter, 4/12.
func (m *Model) counter() string {
	n := len(m.steps())
	if n == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d", min(m.shown(), n-1)+1, n)
}

// caption is the shown step's caption, made safe to draw.
func (m *Model) caption() string {
	s := m.steps()
	if i := m.shown(); i < len(s) {
		return model.CleanLine(s[i].Caption)
	}
	return ""
}

// state is what the caption bar says about where the tour is.
func (m *Model) state() []piece {
	st := m.style
	say := func(texts ...string) []piece {
		out := make([]piece, len(texts))
		for i, t := range texts {
			out[i] = piece{text: t, style: st.State}
		}
		return out
	}
	back, quit := "← back", "q quit"
	switch m.phase {
	case starting:
		if m.target > 0 {
			return say("Replaying to "+m.counter()+"…", quit)
		}
		return say("Starting…", quit)
	case playing:
		if m.step < m.target {
			return say("Replaying to "+m.counter()+"…", quit)
		}
		if m.rush {
			return say("Playing", back, quit)
		}
		return say("Playing", "space finishes", back, quit)
	case settled:
		if m.auto {
			return say("Auto", "p pauses", "space next", back, quit)
		}
		return say("space next", back, "p auto", quit)
	case ended:
		return say("End of the tour", back, quit)
	case stopped:
		return append([]piece{{text: m.problem(), style: st.Mismatch}}, say(back, quit)...)
	}
	handed := piece{text: "You have the app", style: st.Handed}
	if m.waiting != "" {
		return []piece{handed, {text: fmt.Sprintf("ctrl+r waits to see %q", model.CleanLine(m.waiting)), style: st.Mismatch}}
	}
	return []piece{handed, {text: "ctrl+r resumes the tour", style: st.State}}
}

// problem is what stopped the tour, for the caption bar: a mismatch as
// `✗ expected "X" on screen (FILE:LINE)`.
func (m *Model) problem() string {
	var mm *MismatchError
	switch {
	case errors.As(m.err, &mm):
		return fmt.Sprintf("✗ expected %q on screen (%s:%d)", model.CleanLine(mm.Text), model.CleanLine(mm.File), mm.Line)
	case m.err != nil:
		return "✗ " + model.CleanLine(m.err.Error())
	}
	return "✗ stopped"
}
