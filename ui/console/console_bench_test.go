package console

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkConsoleView is one frame of the console with a room of 50
// participants in a 160×60 terminal: what it costs every second and at
// each change.
func BenchmarkConsoleView(b *testing.B) {
	r := benchRoom(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = r.d.View()
	}
}

// BenchmarkConsoleFunnelRead is one of the console's funnel reads (the
// log's last event, then the funnel by variant), at most 4 a second.
func BenchmarkConsoleFunnelRead(b *testing.B) {
	r := benchRoom(b)
	read := readFunnel(r.store)
	b.ReportAllocs()
	for b.Loop() {
		if msg := read().(funnelMsg); msg.err != nil {
			b.Fatal(msg.err)
		}
	}
}

func benchRoom(b *testing.B) *room {
	r := newRoom(b, 160, 60)
	var many []Participant
	for i := range 50 {
		p := alice
		p.Name, p.Session, p.Since = fmt.Sprintf("participant-%02d", i), fmt.Sprintf("s%02d", i), r.wall.Now()
		many = append(many, p)
	}
	r.roster.set(many...)
	r.wake()
	r.d.Send(tea.WindowSizeMsg{Width: 160, Height: 60})
	return r
}
