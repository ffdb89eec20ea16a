package keys

import "charm.land/bubbles/v2/key"

// Console is the merchant console's key map (docs/keys.md, "Merchant
// console"): the console fills the terminal in place of the phone, so its
// keys are its own, not the phone's. Quit, ForceQuit and Persona are the
// app's keys, named here for the console's help; the root acts on them.
type Console struct {
	// The screens, in the row's order: 1 Overview, 2 Funnel, 3 Content,
	// 4 Coupons, 5 Publish, 6 Messages.
	Overview, Funnel, Content, Coupons, Publish, Messages key.Binding
	NextScreen, PrevScreen                                key.Binding
	Up, Down, PageUp, PageDown                            key.Binding
	// Days cycles the span the Overview's sparklines cover: 7, 14, 30
	// simulated days.
	Days key.Binding
	// New opens the screen's form: a coupon (Coupons), a message
	// (Messages), the post (Publish, as Write does).
	New   key.Binding
	Write key.Binding // enter on Publish: start writing the post
	// Close leaves an open form without saving (the form acts on it; it
	// is here for the help line).
	Close                          key.Binding
	Persona, Help, Quit, ForceQuit key.Binding
}

// NewConsole builds the console's key map once; it is handed down, never
// mutated globally.
func NewConsole() *Console {
	b := func(keys []string, k, h string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, h))
	}
	return &Console{
		Overview:   b([]string{"1"}, "1", "overview"),
		Funnel:     b([]string{"2"}, "2", "funnel"),
		Content:    b([]string{"3"}, "3", "content"),
		Coupons:    b([]string{"4"}, "4", "coupons"),
		Publish:    b([]string{"5"}, "5", "publish"),
		Messages:   b([]string{"6"}, "6", "messages"),
		NextScreen: b([]string{"tab"}, "tab", "next screen"),
		PrevScreen: b([]string{"shift+tab"}, "shift+tab", "prev screen"),
		Up:         b([]string{"up", "k"}, "↑/k", "up"),
		Down:       b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:     b([]string{"pgup"}, "pgup", "page up"),
		PageDown:   b([]string{"pgdown"}, "pgdown", "page down"),
		Days:       b([]string{"d"}, "d", "7/14/30 days"),
		New:        b([]string{"n"}, "n", "new"),
		Write:      b([]string{"enter"}, "enter", "write"),
		Close:      b([]string{"esc"}, "esc", "close the form"),
		Persona:    b([]string{"P"}, "P", "switch persona"),
		Help:       b([]string{"?"}, "?", "more keys"),
		Quit:       b([]string{"q"}, "q", "quit"),
		ForceQuit:  b([]string{"ctrl+c"}, "ctrl+c", "quit"),
	}
}
