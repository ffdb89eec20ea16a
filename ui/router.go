package ui

import (
	"reflect"

	tea "charm.land/bubbletea/v2"

	"lifesim/ui/nav"
	"lifesim/ui/pages/miniprogram"
	"lifesim/ui/pages/order"
	"lifesim/ui/screen"
	"lifesim/ui/tabs/home"
	"lifesim/ui/tabs/life"
	"lifesim/ui/tabs/messages"
	"lifesim/ui/tabs/mine"
	"lifesim/ui/tabs/search"
)

// The router is the one place that builds screens. A screen asks for a
// page by sending its typed nav message; only the root knows every page,
// so no screen package imports another and any screen can open any page.

// newTabs builds the tabs of the five-slot bar. Under life_entry=messages
// (Alipay before the upgrade) there is no Life tab: Life is one level
// down, behind the Messages tab's "Life accounts" entry, and the bar has
// four slots.
func newTabs(env screen.Env) [nav.NumTabs]screen.Screen {
	tabs := [nav.NumTabs]screen.Screen{
		nav.TabHome:     home.New(env),
		nav.TabSearch:   search.New(env),
		nav.TabMessages: messages.New(env),
		nav.TabMine:     mine.New(env),
	}
	if !env.Variants.LifeUnderMessages() {
		tabs[nav.TabLife] = life.New(env)
	}
	return tabs
}

// route acts on a navigation message: it builds and pushes the page asked
// for, or goes back, or switches tab or persona (not in a participant's
// app: offInRoom).
func (a *App) route(msg nav.Msg) tea.Cmd {
	if a.offInRoom(msg) {
		return nil
	}
	switch msg := msg.(type) {
	case nav.OpenMiniProgramMsg:
		return a.openMiniProgram(msg)
	case nav.OpenPaymentResultMsg:
		return a.replace(order.NewSuccess(a.env, msg))
	case nav.BackMsg:
		return a.pop()
	case nav.SwitchTabMsg:
		return a.switchTab(msg.Tab, msg.FocusInput)
	case nav.SwitchPersonaMsg:
		return a.switchPersona(msg)
	}
	if build, ok := pages[reflect.TypeOf(msg)]; ok {
		return a.push(build(a.env, msg))
	}
	return nil
}

// openMiniProgram follows the mini program stack rule: opening one that is
// already open brings it forward and closes everything opened after it.
func (a *App) openMiniProgram(msg nav.OpenMiniProgramMsg) tea.Cmd {
	var leave tea.Cmd
	for i, s := range a.stack {
		if mp, ok := s.(screen.MiniProgramHolder); ok && mp.MiniProgramOpen() == msg.ID {
			leave = a.dropPages(i)
			break
		}
	}
	return tea.Batch(leave, a.push(miniprogram.New(a.env, msg)))
}

// push shows s on top of the page stack.
func (a *App) push(s screen.Screen) tea.Cmd {
	s.SetSize(a.layout.InnerWidth, a.layout.ContentHeight)
	a.stack = append(a.stack, s)
	return s.Init()
}

// replace shows s in place of the top page.
func (a *App) replace(s screen.Screen) tea.Cmd {
	leave := a.dropPages(max(len(a.stack)-1, 0))
	return tea.Batch(leave, a.push(s))
}

// pop closes the top page and returns what it records on leaving.
func (a *App) pop() tea.Cmd {
	if n := len(a.stack); n > 0 {
		return a.dropPages(n - 1)
	}
	return nil
}
