package forms

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/keys"
	"lifesim/ui/screen"
)

// messageLines caps the message's lines: at 300 characters it needs few.
const messageLines = 12

// messageForm is the message to the account's followers: a text area
// with its counter, how many it will reach when the console knows, and
// the Send button.
type messageForm struct {
	d     Deps
	keys  KeyMap
	owner screen.Owner

	width, height int

	text    textarea.Model
	onSend  bool // the button has focus, not the text
	touched bool
	tried   bool
	saving  bool
	refusal error
	note    string

	hits hit.Regions // where the last View can be clicked
}

// NewMessage is the message form, empty.
func NewMessage(d Deps) Form {
	f := &messageForm{d: d, keys: NewKeyMap(d.Keys, "send"), owner: screen.NewOwner()}
	f.text = newArea(d.Styles, "A note to everyone following "+model.CleanLine(d.Account.Name)+"…", messageLines)
	f.text.Focus()
	return f
}

// Init has nothing to load.
func (f *messageForm) Init() tea.Cmd { return nil }

// Update dispatches keys, pastes and the send's answer.
func (f *messageForm) Update(msg tea.Msg) (Form, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if !f.saving {
			return f, f.key(msg)
		}
	case tea.PasteMsg:
		if !f.saving && !f.onSend {
			f.paste(msg)
		}
	case hit.ClickMsg:
		if !f.saving {
			return f, f.click(msg.ID)
		}
	case sentMsg:
		if msg.owner == f.owner {
			return f, f.onSent(msg)
		}
	}
	return f, nil
}

// key: ctrl+s sends from anywhere, esc closes, tab moves between the text
// and the button, enter is a new line in the text and sends on the
// button; the rest types.
func (f *messageForm) key(msg tea.KeyPressMsg) tea.Cmd {
	k := f.keys
	switch {
	case key.Matches(msg, k.Save):
		return f.send()
	case key.Matches(msg, k.Close):
		return closeForm(f.d.Owner)
	case key.Matches(msg, k.Next, k.Prev):
		f.focusButton(!f.onSend)
		return nil
	case f.onSend:
		if key.Matches(msg, k.Enter) {
			return f.send()
		}
		if key.Matches(msg, k.Up) {
			f.focusButton(false)
		}
		return nil
	}
	if msg.Text != "" && model.CleanLine(msg.Text) != msg.Text {
		return nil
	}
	adds := utf8.RuneCountInString(msg.Text)
	if key.Matches(msg, f.text.KeyMap.InsertNewline) {
		adds = 1
	}
	if adds > 0 && f.count()+adds > model.MaxMessageRunes {
		return nil // at the limit: the counter says so
	}
	return f.typeInto(msg)
}

func (f *messageForm) typeInto(msg tea.Msg) tea.Cmd {
	before := f.text.Value()
	var cmd tea.Cmd
	f.text, cmd = f.text.Update(msg)
	if f.count() > model.MaxMessageRunes {
		f.text.SetValue(draw.TrimRunes(f.text.Value(), model.MaxMessageRunes))
	}
	if f.text.Value() != before {
		f.touched, f.refusal, f.note = true, nil, ""
	}
	return cmd
}

// paste gives the text what fits of msg.
func (f *messageForm) paste(msg tea.PasteMsg) {
	fit, cut := draw.FitPaste(model.CleanText(msg.Content), f.count(), model.MaxMessageRunes)
	if lines, ok := fitLines(fit, messageLines-f.text.LineCount()+1); ok {
		fit, cut = lines, true
	}
	f.typeInto(tea.PasteMsg{Content: fit})
	if cut {
		f.note = draw.CutNotice(model.MaxMessageRunes)
	}
}

func (f *messageForm) count() int { return utf8.RuneCountInString(f.text.Value()) }

func (f *messageForm) focusButton(on bool) {
	f.onSend = on
	if on {
		f.text.Blur()
	} else {
		f.text.Focus()
	}
}

// problem is the message's problem, once typed into or a send was tried;
// else the store's last refusal.
func (f *messageForm) problem() string {
	if f.touched || f.tried {
		if err := checkMessage(cleanMessage(f.text.Value())); err != nil {
			return err.Error()
		}
	}
	if f.refusal != nil {
		return f.refusal.Error()
	}
	return ""
}

// send checks the message, then sends it.
func (f *messageForm) send() tea.Cmd {
	text := cleanMessage(f.text.Value())
	if err := checkMessage(text); err != nil {
		f.tried = true
		f.focusButton(false)
		return nil
	}
	f.saving, f.refusal, f.note = true, nil, ""
	return sendMessage(f.d, f.owner, text)
}

// onSent tells the console once the message is sent.
func (f *messageForm) onSent(msg sentMsg) tea.Cmd {
	f.saving = false
	if msg.err != nil {
		f.tried, f.refusal = true, msg.err
		return nil
	}
	m, owner := msg.sent, f.d.Owner
	return func() tea.Msg {
		return SavedMsg{Owner: owner, Notice: "✓ Sent to " + draw.Plural(m.Reached, "follower"), Sent: &m}
	}
}

// SetSize gives the form its share of the console: the text area is at
// most 72 cells wide, a message being short.
func (f *messageForm) SetSize(width, height int) {
	f.width, f.height = width, height
	f.text.SetWidth(max(min(width-gutterWidth, 72), 1))
	f.text.SetHeight(max(min(height-6, messageLines), 2))
}

// Title names the form.
func (f *messageForm) Title() string { return "Message to followers" }

// View draws the form, exactly its size: the label and counter, the
// text, the reach, the button and the message line.
func (f *messageForm) View() string {
	if f.width <= 0 || f.height <= 0 {
		return ""
	}
	st := f.d.Styles
	w := min(f.width, 72+gutterWidth)
	lbl := gutter(st, false) + label(st, "Message", !f.onSend)
	if p := f.problem(); p != "" {
		lbl += problemNote(st, p, max(w-draw.Width(lbl)-12, 0))
	}
	rows := []string{draw.Spread(lbl, draw.Counter(st, f.count(), model.MaxMessageRunes), w)}
	rows = append(rows, areaRows(st, f.text.View(), !f.onSend, w)...)
	f.hits.Reset()
	at := place{r: &f.hits, h: max(f.height-1, 0)}
	at.rows(hit.Item(0), 0, len(rows), w)
	rows = append(rows, "")
	if n, ok := f.reach(); ok {
		rows = append(rows, "  "+st.Muted.Render("Reaches "+draw.Plural(n, "follower")+" in their Messages tab"))
	}
	label := "Send"
	if f.saving {
		label = "Sending…"
	}
	rows = append(rows, button(st, label, f.onSend, gutterWidth, f.width))
	at.saveButton(rows[len(rows)-1], len(rows)-1, label)
	body := draw.Fit(strings.Join(rows, "\n"), f.width, at.h)
	hint := "ctrl+s sends · tab to the button · esc closes"
	return draw.Fit(body+"\n"+messageLine(st, f.width, "", f.note, hint), f.width, f.height)
}

// Regions is where the message form's last View can be clicked.
func (f *messageForm) Regions() *hit.Regions { return &f.hits }

// click: the text (its label or its lines) takes the keys, as shift+tab
// back from the button does; the button sends, as ctrl+s does.
func (f *messageForm) click(id string) tea.Cmd {
	switch id {
	case idSave:
		return f.send()
	case hit.Item(0):
		f.focusButton(false)
	}
	return nil
}

// reach is how many followers the message will reach, when known.
func (f *messageForm) reach() (int, bool) {
	if f.d.Followers == nil {
		return 0, false
	}
	return f.d.Followers()
}

// ShortHelp lists what works now.
func (f *messageForm) ShortHelp() []key.Binding {
	k := f.keys
	switch {
	case f.saving:
		return nil
	case f.onSend:
		return []key.Binding{keys.Relabel(k.Enter, "send"), keys.Relabel(k.Prev, "back to the text"), k.Close}
	}
	return []key.Binding{keys.Relabel(k.Next, "to the button"), k.Newline, k.Save, k.Close}
}

// FullHelp is every binding of the form.
func (f *messageForm) FullHelp() [][]key.Binding {
	k := f.keys
	return [][]key.Binding{{k.Next, k.Prev, k.Newline, k.Enter}, {k.Save, k.Close}}
}
