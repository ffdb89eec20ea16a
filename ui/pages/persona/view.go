package persona

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
)

// View lists the personas: name (✓ for the current one), description and
// location, the selected one highlighted.
func (m *Picker) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := m.env.Styles
	head := st.Title.Render("Switch persona") + "\n" +
		st.Muted.Render(draw.Block("Ends this session and starts one as the persona you pick.", w, 2))
	var blocks []string
	switch {
	case !m.loaded:
		blocks = append(blocks, st.Muted.Render("Loading personas…"))
	case m.err != nil:
		blocks = append(blocks, st.Error.Render(draw.Block("✗ "+m.err.Error(), w, 3)))
	}
	for i, p := range m.personas {
		var right []draw.Span
		if p.ID == m.env.Persona {
			right = append(right, draw.Text("✓ now", st.ButtonOn))
		}
		first := draw.Row(st, i == m.sel, i == m.sel, w,
			[]draw.Span{draw.Text(model.CleanLine(p.Name), st.Title), draw.Text("  "+string(p.ID), st.Muted)}, right)
		where := fmt.Sprintf("📍 %.4f, %.4f", p.Location.Lat, p.Location.Lng)
		blocks = append(blocks, first+"\n"+
			st.Text.Render(draw.Block(p.Description, w-2, 2))+"\n"+
			st.Muted.Render(draw.Line(where, w-2)))
	}
	sel := -1
	if len(m.personas) > 0 {
		sel = m.sel
	}
	body := m.vp.Render(indent(blocks), sel, h-lipgloss.Height(head))
	return draw.Fit(head+"\n"+body, w, h)
}

// indent puts the lines under a row's name two cells in, under its text.
func indent(blocks []string) []string {
	out := make([]string, len(blocks))
	for i, b := range blocks {
		lines := strings.Split(b, "\n")
		for j := 1; j < len(lines); j++ {
			lines[j] = "  " + lines[j]
		}
		out[i] = strings.Join(lines, "\n") + "\n"
	}
	return out
}
