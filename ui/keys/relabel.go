package keys

import "charm.land/bubbles/v2/key"

// Relabel is b with its help text set to desc, so a screen's help names a
// shared key for what it does there ("enter open" becomes "enter order").
// b is a copy: the shared map is never changed.
func Relabel(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
