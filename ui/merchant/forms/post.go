package forms

import (
	"strconv"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/screen"
)

// postField is one stop of the post form, in tab order.
type postField int

const (
	pKind postField = iota
	pLength
	pTitle
	pBody
	pComponents
	pButton
	numPostFields
)

// postFieldNames are the names a model.FieldError may give each field.
var postFieldNames = [numPostFields][]string{
	pKind:       {"kind", "form"},
	pLength:     {"length", "duration", "video length"},
	pTitle:      {"title"},
	pBody:       {"text", "body"},
	pComponents: {"components", "component"},
}

// defaultVideoSec is a new short video's length until the operator types
// another.
const defaultVideoSec = "30"

// maxBodyLines caps the body's lines, as the compose page does: the text
// area lays out every line on every key.
const maxBodyLines = 100

// postForm is the publish form: image-text or short video, a title, a
// body and up to model.MaxMerchantComponents components picked from the
// merchant's own services, coupons and groups.
type postForm struct {
	d     Deps
	keys  KeyMap
	owner screen.Owner

	width, height int

	kind   model.PostKind
	length textinput.Model
	title  textinput.Model
	body   textarea.Model
	focus  postField

	comps    compList
	scope    model.MerchantScope // read fresh when the form opens and before the picker does
	loaded   bool
	wantPick bool // the picker opens once the links are read

	touched [numPostFields]bool
	tried   bool
	saving  bool
	loadErr error
	refusal error
	note    string

	hits hit.Regions // where the last View can be clicked (post_mouse.go)
}

// NewPost is the publish form, an image-text post with nothing linked.
func NewPost(d Deps) Form {
	st := d.Styles
	f := &postForm{d: d, keys: NewKeyMap(d.Keys, "publish"), owner: screen.NewOwner(), kind: model.PostImageText, scope: d.Scope}
	f.length = newInput(st, defaultVideoSec, 3)
	f.length.SetValue(defaultVideoSec)
	f.title = newInput(st, "What is it about?", model.MaxPostTitleRunes)
	f.body = newArea(st, "Tell your followers: a new product, a deal, a day at the farm…", maxBodyLines)
	f.focusField(pKind)
	return f
}

// Init reads the scope fresh and names what a post may link.
func (f *postForm) Init() tea.Cmd { return loadChoices(f.d.Store, f.owner, f.d.Account.ID) }

// Update dispatches keys, pastes and this form's command results.
func (f *postForm) Update(msg tea.Msg) (Form, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if f.saving {
			return f, nil
		}
		return f, f.key(msg)
	case tea.PasteMsg:
		if !f.saving {
			return f, f.paste(msg)
		}
	case hit.ClickMsg:
		if !f.saving {
			return f, f.click(msg.ID)
		}
	case choicesMsg:
		if msg.owner == f.owner {
			f.onChoices(msg)
		}
	case postSavedMsg:
		if msg.owner == f.owner {
			return f, f.onSaved(msg)
		}
	}
	return f, nil
}

// onChoices keeps the fresh scope and the picker's choices, and opens
// the picker if it was asked for.
func (f *postForm) onChoices(msg choicesMsg) {
	f.loaded, f.loadErr = true, msg.err
	pick := f.wantPick
	f.wantPick = false
	if msg.err != nil {
		return
	}
	f.scope = msg.scope
	f.comps.choices = msg.choices
	if pick && f.focus == pComponents && !f.comps.open() && len(f.comps.choices) > 0 {
		f.note = "Nothing more to link: every service, coupon and group of the account is on the post"
	}
}

// onSaved tells the console once the post is committed; a refusal stays
// on the form.
func (f *postForm) onSaved(msg postSavedMsg) tea.Cmd {
	f.saving = false
	if msg.err != nil {
		f.tried, f.refusal = true, msg.err
		return nil
	}
	p, owner := msg.post, f.d.Owner
	return func() tea.Msg {
		return SavedMsg{Owner: owner, Notice: "✓ Published: " + draw.Line(p.Title, model.MaxPostTitleRunes), Post: &p}
	}
}

// draft is the post as typed; a length that is not a number is reported
// by check, not here.
func (f *postForm) draft() model.MerchantDraft {
	d := model.MerchantDraft{Kind: f.kind, Title: f.title.Value(), Body: f.body.Value(), Components: f.comps.picked()}
	if f.kind == model.PostVideo {
		d.DurationSec, _ = strconv.Atoi(f.length.Value())
	}
	return d
}

// SetSize gives the form its share of the console.
func (f *postForm) SetSize(width, height int) {
	f.width, f.height = width, height
	l := f.layout()
	f.title.SetWidth(max(l.leftW-gutterWidth-1, 1))
	f.length.SetWidth(4)
	f.body.SetWidth(max(l.leftW-gutterWidth, 1))
	f.body.SetHeight(max(l.bodyH, 1))
}

// Title names the form.
func (f *postForm) Title() string { return "Publish" }
