package forms

import (
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
)

// key: ctrl+s publishes from any field, esc closes (or leaves the
// picker), tab and shift+tab move between fields; the focused field
// takes the rest (postFieldKey).
func (f *postForm) key(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys
	switch {
	case key.Matches(msg, k.Save):
		return f.save()
	case key.Matches(msg, k.Close):
		if f.comps.picking {
			f.comps.picking = false
			return nil
		}
		return closeForm(f.d.Owner)
	case key.Matches(msg, k.Next):
		f.move(1)
		return nil
	case key.Matches(msg, k.Prev):
		f.move(-1)
		return nil
	}
	switch f.focus {
	case pKind, pButton:
		return f.choiceKey(msg)
	case pComponents:
		return f.compKey(msg)
	}
	return f.textKey(msg)
}

// choiceKey is the kind toggle's and the button's: ↑/↓ and enter move
// on (enter publishes on the button), ←/→ and space flip the kind.
func (f *postForm) choiceKey(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys
	switch {
	case key.Matches(msg, k.Enter) && f.focus == pButton:
		return f.save()
	case key.Matches(msg, k.Enter, k.Down):
		f.move(1)
	case key.Matches(msg, k.Up):
		f.move(-1)
	case f.focus == pKind && key.Matches(msg, k.Pick, k.Toggle):
		f.flipKind()
	}
	return nil
}

// flipKind flips image-text and short video.
func (f *postForm) flipKind() {
	f.kind = map[model.PostKind]model.PostKind{model.PostImageText: model.PostVideo, model.PostVideo: model.PostImageText}[f.kind]
	f.edited(pKind)
}

// textKey types into the length, the title or the body; in the one-line
// fields enter and ↑/↓ move between fields, in the body they are the
// text area's.
func (f *postForm) textKey(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys
	if f.focus != pBody {
		switch {
		case key.Matches(msg, k.Enter, k.Down):
			f.move(1)
			return nil
		case key.Matches(msg, k.Up):
			f.move(-1)
			return nil
		}
	}
	if msg.Text != "" && model.CleanLine(msg.Text) != msg.Text {
		return nil // a control character: never into a field
	}
	if f.focus == pBody && f.bodyFull(msg) {
		return nil // at the limit: the counter says so
	}
	return f.typeInto(msg)
}

// compKey is the components list's and its picker's. Enter on the add
// row reads the account's links again before the picker opens
// (onChoices), so a coupon created since the form was made is offered.
func (f *postForm) compKey(msg tea.KeyPressMsg) tea.Cmd {
	k, c := f.keys, &f.comps
	switch {
	case key.Matches(msg, k.Down):
		c.step(1)
	case key.Matches(msg, k.Up):
		c.step(-1)
	case key.Matches(msg, k.Enter) && c.picking:
		f.addPicked()
	case key.Matches(msg, k.Enter) && c.onAdd():
		return f.askPick()
	case key.Matches(msg, k.Remove) && !c.picking:
		if c.remove() {
			f.edited(pComponents)
		}
	}
	return nil
}

// askPick reads the account's links again, and opens the picker once
// they are read (onChoices).
func (f *postForm) askPick() tea.Cmd {
	f.wantPick = true
	return loadChoices(f.d.Store, f.owner, f.d.Account.ID)
}

// addPicked adds the picker's selection to the post.
func (f *postForm) addPicked() {
	f.comps.add()
	f.edited(pComponents)
}

// typeInto sends a key or a paste to the focused text field.
func (f *postForm) typeInto(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	before := f.text(f.focus)
	switch f.focus {
	case pLength:
		f.length, cmd = f.length.Update(msg)
	case pTitle:
		f.title, cmd = f.title.Update(msg)
	case pBody:
		f.body, cmd = f.body.Update(msg)
		f.keepBody()
	}
	if f.text(f.focus) != before {
		f.edited(f.focus)
	}
	return cmd
}

// text is the text of field fld.
func (f *postForm) text(fld postField) string {
	switch fld {
	case pLength:
		return f.length.Value()
	case pTitle:
		return f.title.Value()
	case pBody:
		return f.body.Value()
	}
	return ""
}

// bodyFull reports whether msg would add a character to a body that has
// no room left. The text area's CharLimit counts cells, not characters,
// so the body's limit is kept here.
func (f *postForm) bodyFull(msg tea.KeyPressMsg) bool {
	adds := utf8.RuneCountInString(msg.Text)
	if key.Matches(msg, f.body.KeyMap.InsertNewline) {
		adds = 1
	}
	return adds > 0 && utf8.RuneCountInString(f.body.Value())+adds > model.MaxPostBodyRunes
}

// keepBody cuts a body that something still pushed past its limit.
func (f *postForm) keepBody() {
	if utf8.RuneCountInString(f.body.Value()) > model.MaxPostBodyRunes {
		f.body.SetValue(draw.TrimRunes(f.body.Value(), model.MaxPostBodyRunes))
		f.note = draw.CutNotice(model.MaxPostBodyRunes)
	}
}

// paste gives the focused text field what fits of msg, and says when it
// did not all fit.
func (f *postForm) paste(msg tea.PasteMsg) tea.Cmd {
	limit := map[postField]int{pLength: 3, pTitle: model.MaxPostTitleRunes, pBody: model.MaxPostBodyRunes}[f.focus]
	if limit == 0 {
		return nil
	}
	text := model.CleanText(msg.Content)
	if f.focus != pBody {
		text = model.CleanLine(text)
	}
	fit, cut := draw.FitPaste(text, utf8.RuneCountInString(f.text(f.focus)), limit)
	note := draw.CutNotice(limit)
	if f.focus == pBody {
		// the first pasted line joins the line the cursor is on
		if short, ok := fitLines(fit, maxBodyLines-f.body.LineCount()+1); ok {
			fit, cut = short, true
			note = "Pasted text cut to " + draw.Thousands(maxBodyLines) + " lines"
		}
	}
	cmd := f.typeInto(tea.PasteMsg{Content: fit})
	if cut {
		f.note = note
	}
	return cmd
}

// fitLines is text cut to its first n lines; cut reports whether it was.
func fitLines(text string, n int) (fit string, cut bool) {
	if n < 1 {
		return "", text != ""
	}
	lines := 0
	for i := range len(text) {
		if text[i] == '\n' {
			lines++
			if lines >= n {
				return text[:i], true
			}
		}
	}
	return text, false
}

// edited marks field fld as changed: its problem shows from now on, and
// the store's last refusal and any note are stale.
func (f *postForm) edited(fld postField) {
	f.touched[fld] = true
	f.refusal, f.note = nil, ""
}

// move focuses the next (delta 1) or previous (-1) field, wrapping, and
// skipping the length of an image-text post.
func (f *postForm) move(delta int) {
	next := f.focus
	for {
		next = (next + postField(delta) + numPostFields) % numPostFields
		if next != pLength || f.kind == model.PostVideo {
			break
		}
	}
	f.focusField(next)
}

// focusField focuses fld and blurs the rest.
func (f *postForm) focusField(fld postField) {
	f.length.Blur()
	f.title.Blur()
	f.body.Blur()
	f.comps.picking = false
	f.focus = fld
	switch fld {
	case pLength:
		f.length.Focus()
	case pTitle:
		f.title.Focus()
	case pBody:
		f.body.Focus()
	}
}
