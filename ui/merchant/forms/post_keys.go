package forms

import (
	"charm.land/bubbles/v2/key"

	"lifesim/ui/keys"
)

// ShortHelp lists what works in the focused field.
func (f *postForm) ShortHelp() []key.Binding {
	k := f.keys
	switch {
	case f.saving:
		return nil
	case f.comps.picking:
		return []key.Binding{k.Choose, keys.Relabel(k.Enter, "add"), k.Back}
	}
	switch f.focus {
	case pKind:
		return []key.Binding{k.Pick, k.Next, k.Save, k.Close}
	case pBody:
		return []key.Binding{k.Next, k.Newline, k.Save, k.Close}
	case pComponents:
		return f.compHelp()
	case pButton:
		return []key.Binding{keys.Relabel(k.Enter, "publish"), k.Prev, k.Close}
	}
	return []key.Binding{k.Next, k.Prev, k.Save, k.Close}
}

// compHelp is the components list's keys: add on the add row, remove on
// a component.
func (f *postForm) compHelp() []key.Binding {
	k := f.keys
	out := []key.Binding{keys.Relabel(k.Choose, "select")}
	switch {
	case f.comps.onAdd():
		out = append(out, k.Add)
	case len(f.comps.added) > 0:
		out = append(out, k.Remove)
	}
	return append(out, k.Next, k.Save, k.Close)
}

// FullHelp is every binding of the form.
func (f *postForm) FullHelp() [][]key.Binding {
	k := f.keys
	return [][]key.Binding{{k.Next, k.Prev, k.Down, k.Up, k.Enter, k.Newline}, {k.Pick, k.Add, k.Remove, k.Save, k.Close}}
}
