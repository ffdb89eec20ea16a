package forms

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// ShortHelp lists what works in the focused field.
func (f *couponForm) ShortHelp() []key.Binding {
	k := f.keys
	if f.saving {
		return nil
	}
	switch f.focus {
	case cKind, cProgram:
		return []key.Binding{k.Pick, k.Next, k.Save, k.Close}
	case cTitle, cButton:
		return []key.Binding{keys.Relabel(k.Enter, "create"), k.Prev, k.Close}
	}
	return []key.Binding{k.Next, k.Prev, k.Save, k.Close}
}

// FullHelp is every binding of the form.
func (f *couponForm) FullHelp() [][]key.Binding {
	k := f.keys
	return [][]key.Binding{{k.Next, k.Prev, k.Down, k.Up, k.Enter}, {k.Pick, k.Toggle, k.Save, k.Close}}
}
