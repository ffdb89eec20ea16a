package forms

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/hit"
	"lifesim/ui/screen"
)

// couponField is one stop of the coupon form, in tab order.
type couponField int

const (
	cKind couponField = iota
	cProgram
	cAmount
	cThreshold
	cFrom
	cUntil
	cTitle
	cButton
	numCouponFields
)

// couponFieldNames are the fields as model.FieldError names them, so a
// problem the model finds lands beside its field.
var couponFieldNames = [numCouponFields]string{
	cKind: "kind", cProgram: "mini program", cAmount: "amount", cThreshold: "threshold",
	cFrom: "valid from", cUntil: "valid until", cTitle: "title",
}

// defaultValidity is how long a new coupon is valid unless the operator
// types otherwise.
const defaultValidityDays = 30

// couponForm is the new-coupon form: kind, mini program, amount,
// threshold, validity and an optional title.
type couponForm struct {
	d     Deps
	keys  KeyMap
	owner screen.Owner // tags this form's own command results

	width, height int

	kind     model.CouponKind
	programs []model.MiniProgram // the scope's, named once loaded
	program  int
	inputs   [numCouponFields]textinput.Model // amount, threshold, from, until, title
	focus    couponField

	touched [numCouponFields]bool // typed into: its problem shows as it is typed
	tried   bool                  // a save was tried: every problem shows
	saving  bool
	loadErr error  // the mini programs could not be named
	refusal error  // the store's last refusal, until the next edit
	note    string // a paste cut to the field's limit, until the next edit

	hits hit.Regions // where the last View can be clicked (coupon_mouse.go)
}

// NewCoupon is the new-coupon form: a pay-to-get coupon of the scope's
// first mini program, valid from now for 30 days, until the operator
// changes it. The amount has the focus.
func NewCoupon(d Deps) Form {
	st := d.Styles
	now := d.Now()
	f := &couponForm{d: d, keys: NewKeyMap(d.Keys, "create"), owner: screen.NewOwner(), kind: model.CouponPayToGet}
	for _, id := range d.Scope.MiniPrograms {
		f.programs = append(f.programs, model.MiniProgram{ID: id, Name: string(id)})
	}
	f.inputs[cAmount] = newInput(st, "", 12)
	f.inputs[cThreshold] = newInput(st, "", 12)
	f.inputs[cFrom] = newInput(st, dateLayout, len(dateLayout))
	f.inputs[cUntil] = newInput(st, dateLayout, len(dateLayout))
	f.inputs[cTitle] = newInput(st, "", model.MaxCouponTitleRunes)
	f.inputs[cFrom].SetValue(now.Format(dateLayout))
	f.inputs[cUntil].SetValue(now.AddDate(0, 0, defaultValidityDays).Format(dateLayout))
	f.focusField(cAmount) // what every coupon needs typed; the kind is a key away
	return f
}

// Init names the scope's mini programs.
func (f *couponForm) Init() tea.Cmd { return loadPrograms(f.d.Store, f.owner, f.d.Scope.MiniPrograms) }

// Update dispatches keys, pastes and this form's command results.
func (f *couponForm) Update(msg tea.Msg) (Form, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if f.saving {
			return f, nil // committing: keys wait for its answer
		}
		return f, f.key(msg)
	case tea.PasteMsg:
		if !f.saving {
			f.paste(msg)
		}
	case hit.ClickMsg:
		if !f.saving {
			return f, f.click(msg.ID)
		}
	case programsMsg:
		if msg.owner == f.owner {
			f.onPrograms(msg)
		}
	case couponSavedMsg:
		if msg.owner == f.owner {
			return f, f.onSaved(msg)
		}
	}
	return f, nil
}

// onPrograms names the mini programs; ids the catalog does not know keep
// their id as a name.
func (f *couponForm) onPrograms(msg programsMsg) {
	if msg.err != nil {
		f.loadErr = msg.err
		return
	}
	for i, p := range f.programs {
		for _, named := range msg.programs {
			if named.ID == p.ID {
				f.programs[i] = named
			}
		}
	}
}

// onSaved tells the console once the coupon is committed; a refusal stays
// on the form, beside its field.
func (f *couponForm) onSaved(msg couponSavedMsg) tea.Cmd {
	f.saving = false
	if msg.err != nil {
		f.tried, f.refusal = true, msg.err
		return nil
	}
	c := msg.coupon
	owner := f.d.Owner
	return func() tea.Msg {
		return SavedMsg{Owner: owner, Notice: "✓ Coupon created: " + couponName(c), Coupon: &c}
	}
}

// couponName is the coupon as a notice names it: its title, and its deal
// when the title is not the deal already.
func couponName(c model.Coupon) string {
	deal := model.CouponDeal(c)
	title := model.CleanLine(c.Title)
	if title == "" || title == deal {
		return deal
	}
	return title + " (" + deal + ")"
}

// SetSize gives the form its share of the console.
func (f *couponForm) SetSize(width, height int) {
	f.width, f.height = width, height
	vw := valueWidth(width)
	for i := range f.inputs {
		f.inputs[i].SetWidth(max(vw-1, 1))
	}
}

// Title names the form.
func (f *couponForm) Title() string { return "New coupon" }
