package uitest

import (
	"reflect"

	tea "charm.land/bubbletea/v2"
)

var cmdType = reflect.TypeOf(tea.Cmd(nil))

// reflectCmds recognises Bubble Tea's unexported sequence message, a named
// []tea.Cmd.
func reflectCmds(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}
