// Package tour is the presenter's tour (`lifesim demo`): a Bubble Tea
// model that wraps the real root model, ui.App, on a throwaway store and
// plays a script (ui/tour/script) through it, one captioned step at a
// time. Every key of a step is a real tea.KeyPressMsg into the app's
// Update, so the tour shows only what the product does; every `expect`
// is checked against the app's own screen.
//
// It owns what lies outside the phone: the caption bar (beside the app at
// ui.ObserverMinWidth columns and more, below it otherwise) with the step
// counter, the presenter's keys (space/→ next, ← back by replaying on a
// fresh store, p pause, q quit), handing the app to the presenter on any
// other key and taking it back with ctrl+r, the pace (by step or auto,
// scaled by Speed) and the app's generations: a rewind replaces the app
// and its store, and a message from an older app's command never reaches
// the new one.
package tour
