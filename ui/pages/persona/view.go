package persona

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/common"
)

// View lists the personas: name (✓ for the current one), description and
// location, the selected one highlighted.
func (m *Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := m.env.Styles
	head := st.Title.Render("Switch persona") + "\n" +
		st.Muted.Render(common.Block("Ends this session and starts one as the persona you pick.", w, 2))
	var blocks []string
	switch {
	case !m.loaded:
		blocks = append(blocks, st.Muted.Render("Loading personas…"))
	case m.err != nil:
		blocks = append(blocks, st.Error.Render(common.Block("✗ "+m.err.Error(), w, 3)))
	}
	for i, p := range m.personas {
		var right []common.Seg
		if p.ID == m.env.Persona {
			right = append(right, common.S("✓ now", st.ButtonOn))
		}
		first := common.Row(st, i == m.sel, i == m.sel, w,
			[]common.Seg{common.S(model.CleanLine(p.Name), st.Title), common.S("  "+string(p.ID), st.Muted)}, right)
		where := fmt.Sprintf("📍 %.4f, %.4f", p.Location.Lat, p.Location.Lng)
		blocks = append(blocks, first+"\n"+
			st.Text.Render(common.Block(p.Description, w-2, 2))+"\n"+
			st.Muted.Render(common.Line(where, w-2)))
	}
	sel := -1
	if len(m.personas) > 0 {
		sel = m.sel
	}
	body := m.vp.Render(indent(blocks), sel, h-lipgloss.Height(head))
	return common.Fit(head+"\n"+body, w, h)
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
