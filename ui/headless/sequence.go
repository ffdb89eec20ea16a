package headless

import (
	"reflect"

	tea "charm.land/bubbletea/v2"
)

var cmdType = reflect.TypeOf(tea.Cmd(nil))

// SequenceCmds recognises the message tea.Sequence's command returns, an
// unexported named []tea.Cmd that Bubble Tea's runtime runs one after
// another. Whoever runs or wraps commands outside that runtime (this
// package's Runtime; a model that tags its child's commands) needs its
// commands to do the same. A tea.BatchMsg, also a []tea.Cmd, is not one.
func SequenceCmds(msg tea.Msg) ([]tea.Cmd, bool) {
	if _, ok := msg.(tea.BatchMsg); ok {
		return nil, false
	}
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}
