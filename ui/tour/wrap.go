package tour

import (
	"go/token"
	"reflect"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/headless"
)

// appMsg is a message of an app's command, tagged with the app's
// generation so that one from an app since replaced by a rewind is
// dropped instead of reaching the new app.
type appMsg struct {
	gen int
	msg tea.Msg
}

// wrap tags the messages of cmd, an app's command, with the current
// generation.
func (m *Model) wrap(cmd tea.Cmd) tea.Cmd { return wrapCmd(m.gen, cmd) }

func wrapCmd(gen int, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg { return tag(gen, cmd()) }
}

// tag tags msg with gen. A batch or a sequence stays one, of tagged
// commands, so the runtime still runs them as it would have; a request
// to the runtime itself (its unexported messages: the background colour,
// a window title…) goes to it untagged, and its answer comes back
// untagged to the current app.
func tag(gen int, msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		out := make(tea.BatchMsg, len(msg))
		for i, c := range msg {
			out[i] = wrapCmd(gen, c)
		}
		return out
	}
	if cmds, ok := headless.SequenceCmds(msg); ok {
		out := make([]tea.Cmd, len(cmds))
		for i, c := range cmds {
			out[i] = wrapCmd(gen, c)
		}
		if seq := tea.Sequence(out...); seq != nil {
			return seq()
		}
		return nil
	}
	if forRuntime(msg) {
		return msg
	}
	return appMsg{gen: gen, msg: msg}
}

var teaPkg = reflect.TypeFor[tea.QuitMsg]().PkgPath()

// forRuntime reports whether msg is Bubble Tea's own, unexported, which
// only its runtime acts on.
func forRuntime(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == teaPkg && !token.IsExported(t.Name())
}
