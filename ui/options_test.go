package ui_test

import (
	"time"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/uitest"
)

// testOptions are the options of an app on st acting as persona p (shown
// as name): the fixed test clock, timers that never fire, and one session
// id, so every run logs the same events.
func testOptions(st store.Store, p model.PersonaID, name string) ui.Options {
	return ui.Options{
		Store: st, Persona: p, PersonaName: name,
		Clock:      func() time.Time { return uitest.Now },
		Settings:   model.DefaultSettings(),
		NewSession: func() string { return "test-session" },
		Ticker:     uitest.NoTicks,
		Waiter:     uitest.NoWaits,
	}
}
