package forms

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
)

// The post form is two columns on a console 90 cells wide or more: the
// writing on the left (form, length, title, text), the components and the
// button on the right; narrower, they stack and the text area gives up
// the rows. The message line runs under both.

const (
	wideFrom   = 90
	columnGap  = 2
	leftFixed  = 7 // form, length, blank, title label, title, blank, text label
	compRows   = model.MaxMerchantComponents + 1
	stackRows  = 1 + compRows + 3 // blank, heading, rows, blank, button, blank
	minBodyH   = 2
	pickerRows = 16 // the picker's list at most, on a wide console
)

// postLayout is where the form's parts go at its size.
type postLayout struct {
	wide          bool
	leftW, rightW int
	bodyH         int
}

func (f *postForm) layout() postLayout {
	h := max(f.height-1, 0) // the message line
	if f.width >= wideFrom {
		left := f.width / 2
		return postLayout{wide: true, leftW: left, rightW: f.width - left - columnGap, bodyH: max(h-leftFixed, minBodyH)}
	}
	return postLayout{leftW: f.width, rightW: f.width, bodyH: max(h-leftFixed-stackRows, minBodyH)}
}

// View draws the form, exactly its size.
func (f *postForm) View() string {
	if f.width <= 0 || f.height <= 0 {
		return ""
	}
	st := f.d.Styles
	l := f.layout()
	probs := f.shown()
	h := max(f.height-1, 0)
	f.hits.Reset()
	at := place{r: &f.hits, h: h}
	left := f.writing(l, probs, at)
	// the right column beside the left, or under it after a blank line
	if l.wide {
		at.dx = l.leftW + columnGap
	} else {
		at.dy = strings.Count(left, "\n") + 2
	}
	right := f.linking(l, probs, at)
	var body string
	if l.wide {
		body = lipgloss.JoinHorizontal(lipgloss.Top,
			draw.Fit(left, l.leftW, h), strings.Repeat(" ", columnGap), draw.Fit(right, l.rightW, h))
	} else {
		body = draw.Fit(left+"\n\n"+right, f.width, h)
	}
	msg := messageLine(st, f.width, f.message(probs), f.busy(), "ctrl+s publishes from any field · esc closes")
	return draw.Fit(body+"\n"+msg, f.width, f.height)
}

// message is the message line's problem: one that names no field, or
// the scope's load error.
func (f *postForm) message(probs postProblems) string {
	if probs[pButton] != "" {
		return probs[pButton]
	}
	if f.loadErr != nil {
		return "the account's services, coupons and groups: " + f.loadErr.Error()
	}
	return ""
}

// writing is the left column: the form, the length, the title and the
// text, each with its problem or counter; at records where each field
// is drawn.
func (f *postForm) writing(l postLayout, probs postProblems, at place) string {
	st := f.d.Styles
	w := l.leftW
	vw := min(valueWidth(w), 16)
	nw := noteWidth(w, vw)
	kindName := "Image-text"
	lengthValue, lengthHint := st.Subtle.Render("—"), "videos only"
	if f.kind == model.PostVideo {
		kindName, lengthValue, lengthHint = "Short video", f.length.View(), "seconds, 5 to 300"
	}
	rows := []string{
		fieldRow(st, w, vw, f.focus == pKind, "Form", choice(st, kindName, vw, true), hintNote(st, "←/→ to change", nw)),
		fieldRow(st, w, vw, f.focus == pLength, "Length", lengthValue, hintNote(st, lengthHint, nw)),
	}
	at.rows(hit.Item(int(pKind)), 0, 1, w)
	at.choice(idKindPrev, idKindNext, gutterWidth+labelWidth, 0, vw, kindName)
	if f.focusable(pLength) {
		at.rows(hit.Item(int(pLength)), 1, 1, w)
	}
	// a problem goes under its field's name, wrapped: the columns are
	// too narrow to hold one beside it
	if p := probs[pKind] + probs[pLength]; p != "" {
		rows = append(rows, problemBlock(st, p, gutterWidth, w)...)
	}
	rows = append(rows, "")
	top := len(rows) // the title's name, problem and input
	rows = append(rows, f.textLabel(w, pTitle, "Title", utf8.RuneCountInString(f.title.Value()), model.MaxPostTitleRunes))
	if probs[pTitle] != "" {
		rows = append(rows, problemBlock(st, probs[pTitle], gutterWidth, w)...)
	}
	rows = append(rows, draw.Fit(gutter(st, f.focus == pTitle)+f.title.View(), w, 1))
	at.rows(hit.Item(int(pTitle)), top, len(rows)-top, w)
	rows = append(rows, "")
	top = len(rows) // the text's name, problem and lines
	rows = append(rows, f.textLabel(w, pBody, "Text", utf8.RuneCountInString(f.body.Value()), model.MaxPostBodyRunes))
	if probs[pBody] != "" {
		rows = append(rows, problemBlock(st, probs[pBody], gutterWidth, w)...)
	}
	rows = append(rows, areaRows(st, f.body.View(), f.focus == pBody, w)...)
	at.rows(hit.Item(int(pBody)), top, len(rows)-top, w)
	return strings.Join(rows, "\n")
}

// textLabel is a text field's name with its counter on the right.
func (f *postForm) textLabel(w int, fld postField, name string, n, limit int) string {
	st := f.d.Styles
	return draw.Spread(gutter(st, false)+label(st, name, f.focus == fld), draw.Counter(st, n, limit), w)
}

// linking is the right column: the components (or the picker) and the
// button; at records where each is drawn.
func (f *postForm) linking(l postLayout, probs postProblems, at place) string {
	st := f.d.Styles
	w := l.rightW
	c := &f.comps
	name := st.Section.Render("Components")
	if f.focus == pComponents {
		name = st.Accent.Render("Components")
	}
	count := st.Subtle.Render(strconv.Itoa(len(c.added)) + "/" + strconv.Itoa(model.MaxMerchantComponents))
	rows := []string{draw.Fit("  "+name+"  "+count, w, 1)}
	if probs[pComponents] != "" {
		rows = append(rows, problemBlock(st, probs[pComponents], gutterWidth, w)...)
	}
	at.rows(hit.Item(int(pComponents)), 0, len(rows), w)
	rows = append(rows, f.compRowsView(w, at, len(rows))...)
	if c.picking {
		rows = append(rows, f.picker(w, l, at, len(rows))...)
	}
	rows = append(rows, "", button(st, f.buttonLabel(), f.focus == pButton, gutterWidth, w))
	at.saveButton(rows[len(rows)-1], len(rows)-1, f.buttonLabel())
	return strings.Join(rows, "\n")
}

// compRowsView is the added components and the add row, drawn from
// row top of the column: at records each, and the selected one's
// "d remove".
func (f *postForm) compRowsView(w int, at place, top int) []string {
	st := f.d.Styles
	c := &f.comps
	on := f.focus == pComponents
	var rows []string
	for i, a := range c.added {
		sel := on && c.sel == i
		right := []draw.Span{}
		at.rows(hit.Numbered(compPrefix, i), top+i, 1, w)
		if sel {
			right = append(right, draw.Text(removeLabel, st.Subtle))
			rw := draw.Width(removeLabel)
			at.button(idCompDrop, w-rw, top+i, rw) // Row draws the right part at the end
		}
		rows = append(rows, draw.Row(st, sel, sel, w, []draw.Span{draw.Text(strconv.Itoa(i+1)+". "+a.text, st.Component)}, right))
	}
	switch {
	case c.picking:
	case c.full():
		rows = append(rows, "  "+st.Subtle.Render(draw.Line("a post carries at most "+strconv.Itoa(model.MaxMerchantComponents), max(w-2, 0))))
	case !f.loaded:
		rows = append(rows, "  "+st.Subtle.Render(draw.Line("loading the account's services, coupons and groups…", max(w-2, 0))))
	case f.loadErr != nil:
		rows = append(rows, "  "+st.Subtle.Render(draw.Line("nothing to link: the account could not be read", max(w-2, 0))))
	default:
		sel := on && c.onAdd()
		at.rows(idCompAdd, top+len(rows), 1, w)
		rows = append(rows, draw.Row(st, sel, sel, w, []draw.Span{draw.Text("+ Add a service link, coupon or group", st.Primary)}, nil))
	}
	return rows
}

// picker is the choices not on the post yet, the selection kept in
// view, drawn from row top of the column: at records each choice.
func (f *postForm) picker(w int, l postLayout, at place, top int) []string {
	st := f.d.Styles
	av := f.comps.available()
	n := compRows
	if l.wide {
		n = max(min(pickerRows, f.height-10), compRows)
	}
	start := min(max(f.comps.pick-n+1, 0), max(len(av)-n, 0))
	rows := []string{"", "  " + st.Muted.Render(draw.Line("Add one of the account's own:", max(w-2, 0)))}
	for i := start; i < min(start+n, len(av)); i++ {
		sel := i == f.comps.pick
		at.rows(hit.Numbered(pickPrefix, i), top+len(rows), 1, w)
		rows = append(rows, draw.Row(st, sel, sel, w, []draw.Span{draw.Text(av[i].text, st.Text)}, nil))
	}
	return rows
}

// buttonLabel is the button's label, saying so while the write commits.
func (f *postForm) buttonLabel() string {
	if f.saving {
		return "Publishing…"
	}
	return "Publish"
}

// busy is the message line while the write commits, or a note.
func (f *postForm) busy() string {
	if f.saving {
		return "Publishing…"
	}
	return f.note
}
