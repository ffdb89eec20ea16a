package keys

import "charm.land/bubbles/v2/key"

// Map is the public key map (docs/keys.md). Tests and demos rely on these keys;
// screens pick the bindings they honour for their help.
type Map struct {
	// The tabs in the five-slot bar's order: 1 Home, 2 Search, 3 Life,
	// 4 Messages, 5 My Mini Programs. Under life_entry=messages the root
	// renumbers them to follow the visible slots (ui/chrome.go tabKeys).
	Home, Search, Life, Messages, Mine key.Binding
	NextTab, PrevTab                   key.Binding
	Slash                              key.Binding
	// CloseMiniProgram is the capsule's ◎: it closes the whole mini
	// program in front (its order and payment pages too). No page inside
	// a mini program uses e.
	CloseMiniProgram         key.Binding
	Up, Down, Left, Right    key.Binding
	Enter, Back              key.Binding
	Collect, Follow, Like    key.Binding
	Comment, Forward, Remove key.Binding
	MoveUp, MoveDown         key.Binding // reorder a favourite
	Play                     key.Binding // play / pause a video
	// Life channel keys (docs/keys.md): write a post, open the
	// persona's own page, open its coupons (the card pack).
	NewPost, MyPage, Coupons key.Binding
	Help, Quit, ForceQuit    key.Binding
	// Experiment keys (root-global): the observer panel, the variants on
	// the status line, and the persona picker.
	Observer, Variants, Persona key.Binding
	// Travel is time travel (a presenter's key): the simulated clock a
	// day on, in a new session (ui/travel.go).
	Travel key.Binding
}

// New builds the key map once; it is handed down, never mutated
// globally.
func New() *Map {
	b := func(keys []string, k, h string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, h))
	}
	return &Map{
		Home:             b([]string{"1"}, "1", "home"),
		Search:           b([]string{"2"}, "2", "search"),
		Life:             b([]string{"3"}, "3", "life"),
		Messages:         b([]string{"4"}, "4", "messages"),
		Mine:             b([]string{"5"}, "5", "my mini programs"),
		NextTab:          b([]string{"tab"}, "tab", "next tab"),
		PrevTab:          b([]string{"shift+tab"}, "shift+tab", "prev tab"),
		Slash:            b([]string{"/"}, "/", "search"),
		CloseMiniProgram: b([]string{"e"}, "e", "exit mini program"),
		Up:               b([]string{"up", "k"}, "↑/k", "up"),
		Down:             b([]string{"down", "j"}, "↓/j", "down"),
		Left:             b([]string{"left"}, "←", "left"),
		Right:            b([]string{"right"}, "→", "right"),
		Enter:            b([]string{"enter"}, "enter", "open"),
		Back:             b([]string{"esc"}, "esc", "back"),
		Collect:          b([]string{"s"}, "s", "collect"),
		Follow:           b([]string{"f"}, "f", "follow"),
		Like:             b([]string{"l"}, "l", "like"),
		Comment:          b([]string{"c"}, "c", "comment"),
		Forward:          b([]string{"r"}, "r", "forward"),
		Remove:           b([]string{"d"}, "d", "remove"),
		MoveUp:           b([]string{"K", "shift+up"}, "K", "move up"),
		MoveDown:         b([]string{"J", "shift+down"}, "J", "move down"),
		Play:             b([]string{"p", "space"}, "p", "play/pause"),
		NewPost:          b([]string{"n"}, "n", "new post"),
		MyPage:           b([]string{"m"}, "m", "my page"),
		Coupons:          b([]string{"w"}, "w", "my coupons"),
		Help:             b([]string{"?"}, "?", "help"),
		Quit:             b([]string{"q"}, "q", "quit"),
		ForceQuit:        b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Observer:         b([]string{"f2"}, "F2", "observer panel"),
		Variants:         b([]string{"v"}, "v", "show variants"),
		Persona:          b([]string{"P"}, "P", "switch persona"),
		Travel:           b([]string{"T"}, "T", "a day later"),
	}
}
