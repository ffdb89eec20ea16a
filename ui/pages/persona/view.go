package persona

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
)

// View lists the personas: name (✓ for the current one), description and
// location, the selected one highlighted; then the operators.
func (m *Picker) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := m.env.Styles
	head := st.Title.Render("Switch persona") + "\n" +
		st.Muted.Render(draw.Block("Ends this session and starts one as the persona you pick.", w, 2))
	var blocks []string // a status, then a block per row
	switch {
	case !m.loaded:
		blocks = append(blocks, st.Muted.Render("Loading personas…"))
	case m.err != nil:
		blocks = append(blocks, st.Error.Render(draw.Block("✗ "+m.err.Error(), w, 3)))
	}
	before := len(blocks)
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
	if m.rows() > 0 {
		sel = m.sel
	}
	blocks = append(indent(blocks), m.operatorBlocks(w)...)
	top := lipgloss.Height(head)
	body := m.vp.Render(blocks, sel, h-top)
	m.record(before, top, w)
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

// operatorBlocks are the Operators section: a row per life account that
// has a merchant, its name marked "(operator)", under a heading that
// says what choosing one does, one line each (there are many). The
// heading belongs to the first row's block, so the blocks match the rows
// one to one.
func (m *Picker) operatorBlocks(w int) []string {
	if !m.loaded || m.err != nil {
		return nil
	}
	st := m.env.Styles
	head := st.Section.Render("Operators") + "\n" +
		st.Muted.Render(draw.Block("A life account's merchant console, in place of the phone.", w, 2)) + "\n"
	if m.opErr != nil {
		return []string{head + st.Error.Render(draw.Block("✗ "+m.opErr.Error(), w, 2)) + "\n"}
	}
	out := make([]string, len(m.operators))
	for i, a := range m.operators {
		row := len(m.personas) + i
		var right []draw.Span
		if model.MerchantPersona(a.ID) == m.env.Persona {
			right = []draw.Span{draw.Text("✓ now", st.ButtonOn)}
		}
		out[i] = draw.Row(st, row == m.sel, row == m.sel, w,
			[]draw.Span{draw.Text(model.CleanLine(a.Name), st.Title), draw.Text(" (operator)", st.Muted)}, right)
	}
	if len(out) > 0 {
		out[0] = head + out[0]
	}
	return out
}
