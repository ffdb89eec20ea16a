package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/keys"
	"lifesim/ui/merchant"
)

// The merchant console (ui/merchant) is shown in place of the phone, the
// whole terminal, for a life account's operator: from the start with
// Options.Merchant (lifesim --merchant), or by choosing the account in
// the persona picker's Operators (a SwitchPersonaMsg whose id is
// model.MerchantPersona). The app then hosts it as a composed child:
// keys go to it (the app keeps ctrl+c, q and P while no form is open),
// every message that is not the app's reaches it, and View draws it.
//
// The operator has no consumer session: choosing an operator ends the
// persona's session as a switch does (leave events, app_stop "switch")
// and starts none; the console's writes are the operator's only events,
// stamped with model.MerchantPersona(account) and a session id of their
// own. P in the console opens the picker in a phone's frame over it;
// choosing a persona starts that persona's session as a switch does,
// with no app_stop for the operator, who had no app_start.

// openConsole shows account's console in place of the phone. Whatever
// session was running ends first (end, run before the console reads);
// an operator's has nothing to end.
func (a *App) openConsole(acc model.AccountID, name string) tea.Cmd {
	wasConsole := a.console != nil
	end := a.replaceSession(model.MerchantPersona(acc), operatorName(name), "switch")
	if wasConsole {
		end = nil
	}
	a.console = a.newConsole(acc, name)
	a.layout = NewLayout(a.layout.Width, a.layout.Height) // no observer panel beside the console
	a.sizeConsole()
	// A quit waits for the persona's app_stop (sessionStarted runs it).
	done := sessionStartedMsg{session: a.env.Session}
	return tea.Sequence(end, tea.Batch(a.console.Init(), func() tea.Msg { return done }))
}

// operatorName is how the picker and the window title name an operator.
func operatorName(name string) string { return name + " (operator)" }

// newConsole builds account's console on the app's store, styles, clock
// and waits, for the session a.env.Session.
func (a *App) newConsole(acc model.AccountID, name string) *merchant.Console {
	return merchant.New(merchant.Options{
		Store: a.env.Store, Styles: a.env.Styles, Keys: a.env.Keys,
		Account: acc, Name: name, Session: a.env.Session,
		Clock: a.env.Clock, Waiter: a.waiter,
	})
}

// leaveConsole is the persona switch away from the console, if shown:
// it goes, and the phone's layout comes back, with the observer panel
// if it is on (which then reads the log).
func (a *App) leaveConsole() tea.Cmd {
	if a.console == nil {
		return nil
	}
	a.console = nil
	a.layout = NewLayout(a.layout.Width, a.layout.Height).WithObserver(a.observerOn)
	return a.observerShown(false)
}

// consoleKey routes a key while the console is shown (ctrl+c is already
// handled): the picker, when open over it, takes keys as a page does;
// else q and P are the app's unless a form is open; the rest is the
// console's.
func (a *App) consoleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := a.env.Keys
	if len(a.stack) > 0 {
		if key.Matches(msg, k.Quit) {
			return a.quit()
		}
		return a.updateFocused(msg)
	}
	if !a.console.CapturesInput() {
		switch {
		case key.Matches(msg, k.Quit):
			return a.quit()
		case key.Matches(msg, k.Persona):
			cmd := a.presenterOnly("Switching persona", a.openPersonaPicker)()
			a.sizeConsole() // the picker takes the phone's whole inside
			return cmd
		}
	}
	return a.updateConsole(msg)
}

// updateConsole gives msg to the console, if shown.
func (a *App) updateConsole(msg tea.Msg) tea.Cmd {
	if a.console == nil {
		return nil
	}
	var cmd tea.Cmd
	a.console, cmd = a.console.Update(msg)
	return cmd
}

// sizeConsole gives the console the terminal, and the picker over it the
// phone's inner size.
func (a *App) sizeConsole() {
	if a.console == nil {
		return
	}
	l := a.layout
	a.console.SetSize(l.Width, l.Height)
	for _, s := range a.stack {
		s.SetSize(l.InnerWidth, l.ContentHeight+chromeRows)
	}
}

// renderConsole draws the console filling the terminal, or the picker
// over it in a phone's frame with its help line, or the notice that the
// terminal is too small for the console.
func (a *App) renderConsole() string {
	l := a.layout
	if l.Width < merchant.MinWidth || l.Height < merchant.MinHeight {
		return a.consoleTooSmall()
	}
	if len(a.stack) == 0 {
		return a.console.View()
	}
	st := a.env.Styles
	page := a.focused()
	inner := draw.Fit(page.View(), l.InnerWidth, l.ContentHeight+chromeRows)
	phone := lipgloss.PlaceHorizontal(l.Width, lipgloss.Center, st.Phone.Render(inner))
	bindings := append(enabled(page.ShortHelp()), keys.Relabel(a.env.Keys.Back, "back to the console"), a.env.Keys.Quit)
	a.help.SetWidth(l.Width)
	help := lipgloss.PlaceHorizontal(l.Width, lipgloss.Center, a.help.ShortHelpView(bindings))
	return draw.Fit(phone+"\n"+help, l.Width, l.Height)
}

// consoleTooSmall is the app's "too small" notice with the console's
// own minimum.
func (a *App) consoleTooSmall() string {
	w, h := a.layout.Width, a.layout.Height
	st := a.env.Styles
	msg := st.TooSmall.Render("terminal too small") + "\n" +
		st.Muted.Render(fmt.Sprintf("the merchant console needs %d×%d", merchant.MinWidth, merchant.MinHeight))
	if draw.Width(msg) > w {
		msg = lipgloss.NewStyle().Width(w).Align(lipgloss.Center).Render(msg)
	}
	placed := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, lipgloss.NewStyle().Align(lipgloss.Center).Render(msg))
	return draw.Fit(placed, w, h)
}

// consoleTitle is the window's title while the console is shown.
func (a *App) consoleTitle() string {
	if len(a.stack) > 0 {
		return "lifesim · " + a.focused().Title()
	}
	return "lifesim · " + strings.TrimSpace(a.console.Title())
}

// Console is the merchant console shown in place of the phone, or nil.
func (a *App) Console() *merchant.Console { return a.console }
