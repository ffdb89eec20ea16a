package ui

import (
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/screen"
)

// Time travel lets a presenter tell "a day later she comes back" without
// quitting: T (or a tour's `clock +1d`) ends the session as a persona
// switch does, for the same persona, moves the simulated clock on, and
// starts a new session at the new time, so a revisit now is a later
// session's and counts in the funnel and in retention. The log reads:
// the old session's leave events and app_stop "clock" (at the old time),
// then clock and app_start "clock" in the new session (at the new time).

// TravelMsg moves the simulated clock forward By (T sends one day; a
// tour's `clock +1d` sends it too), ending the session and starting a
// new one as a persona switch does.
type TravelMsg struct{ By time.Duration }

// aDay is how far T moves the clock.
const aDay = 24 * time.Hour

// timeTravel is the app's part of time travel.
type timeTravel struct {
	move func(time.Duration) // Options.Travel; nil: time travel is off
	// moved: the clock has jumped in this run, so the status line shows
	// the day beside the time (before, the day never changes in a demo
	// and would only crowd the line).
	moved bool
	// waiting is how far jumps asked for before this session's app_start
	// was logged will take the clock, once it is: the old session's end
	// must not overtake its start.
	waiting time.Duration
}

// travelKey is T: a day later.
func (a *App) travelKey() tea.Cmd { return a.travelTo(TravelMsg{By: aDay}) }

// travelTo takes TravelMsg. A presenter's key: a room's participant
// shares the room's one clock, so for them it only says it is off, as
// it does in an app built without a clock to move (Options.Travel nil).
func (a *App) travelTo(msg TravelMsg) tea.Cmd {
	return a.presenterOnly("Time travel", func() tea.Cmd {
		if a.travel.move == nil {
			return screen.Send(screen.StatusMsg{Text: "Time travel is off: this clock cannot move"})
		}
		return a.jump(msg.By)
	})()
}

// jump ends this session (its leave events, app_stop "clock"), moves
// the clock d on, then records clock and app_start "clock" in a new
// session of the same persona, rebuilt at Home as at launch, and says
// so on the status line. A jump asked for while this session's start is
// not logged yet waits for it (travelWaiting).
func (a *App) jump(d time.Duration) tea.Cmd {
	if d <= 0 || a.quitting {
		return nil
	}
	if !a.startLogged {
		a.travel.waiting += d
		return nil
	}
	a.travel.moved = true
	move := a.travel.move
	end := a.replaceSession(a.env.Persona, a.personaName, "clock")
	env := a.env
	// The new session's events are built after the jump, not now: an
	// event's time is the Env clock's when it is built (the store's own
	// clock, in the app, reads the same travel clock when it writes).
	arrive := func() tea.Msg {
		move(d)
		return tea.Sequence(
			actions.Record(env, model.EventClock, "", "", travelDetail(d), 0),
			startSession(env, "clock"),
			screen.Send(screen.StatusMsg{Text: travelStatus(d, env.Clock())}),
		)()
	}
	return tea.Batch(tea.Sequence(end, arrive), a.loadTabs())
}

// travelWaiting is the jump asked for while the session's start was not
// logged yet, now that it is (nil if none).
func (a *App) travelWaiting() tea.Cmd {
	d := a.travel.waiting
	a.travel.waiting = 0
	return a.jump(d)
}

// travelDetail is the clock event's detail: "+1d" for a day, "+2d" for
// two, else the duration ("+90m0s" is "+1h30m0s").
func travelDetail(d time.Duration) string {
	if d%aDay == 0 {
		return "+" + strconv.Itoa(int(d/aDay)) + "d"
	}
	return "+" + d.String()
}

// travelStatus is what the status line says after a jump d that took
// the clock to now: "A day later: Tue 2 Dec, 09:14".
func travelStatus(d time.Duration, now time.Time) string {
	var later string
	switch {
	case d == aDay:
		later = "A day later"
	case d%aDay == 0:
		later = strconv.Itoa(int(d/aDay)) + " days later"
	default:
		later = d.String() + " later"
	}
	return later + ": " + now.Format("Mon 2 Jan, 15:04")
}

// statusClock is the clock as the status line shows it: the time, with
// the day once the clock has jumped in this run.
func (a *App) statusClock() string {
	if a.travel.moved {
		return a.env.Clock().Format("Mon 15:04")
	}
	return a.env.Clock().Format("15:04")
}
