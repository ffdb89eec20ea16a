// Package persona is the persona picker: the page `P` opens to act as
// another persona without restarting (the root then ends the session and
// starts a new one as the chosen persona). After the personas it lists
// the operators, the life accounts that have a merchant: choosing one
// asks the root to act as model.MerchantPersona(account), which shows
// that account's merchant console in place of the phone.
package persona

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/hit"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// Picker is the picker page.
type Picker struct {
	env           screen.Env
	owner         screen.Owner
	width, height int

	loaded    bool
	err       error
	personas  []model.Persona
	operators []model.LifeAccount
	opErr     error // the operators could not be read; the personas still can
	sel       int   // over the personas, then the operators
	vp        draw.Viewport
	hits      hit.Regions // where the last View can be clicked (mouse.go)
}

// New builds the picker; Init loads the personas.
func New(env screen.Env) *Picker { return &Picker{env: env, owner: screen.NewOwner()} }

// Init reads the personas.
func (m *Picker) Init() tea.Cmd { return loadPersonas(m.env, m.owner) }

// SetSize sets the area the page draws in.
func (m *Picker) SetSize(w, h int) { m.width, m.height = w, h }

// Title names the page.
func (m *Picker) Title() string { return "Switch persona" }

// CapturesInput is always false: the page has no text input.
func (m *Picker) CapturesInput() bool { return false }

// Update takes the persona list and the keys.
func (m *Picker) Update(msg tea.Msg) (screen.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.owner == m.owner {
			m.loaded, m.err, m.personas = true, msg.err, msg.personas
			m.operators, m.opErr = msg.operators, msg.opErr
			m.sel = m.current()
		}
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case hit.ClickMsg:
		return m, m.click(msg.ID)
	}
	return m, nil
}

// current is the row of the persona (or operator) acting now, else the
// first.
func (m *Picker) current() int {
	for i, p := range m.personas {
		if p.ID == m.env.Persona {
			return i
		}
	}
	for i, a := range m.operators {
		if model.MerchantPersona(a.ID) == m.env.Persona {
			return len(m.personas) + i
		}
	}
	return 0
}

// rows is how many rows can be chosen: the personas, then the operators.
func (m *Picker) rows() int { return len(m.personas) + len(m.operators) }

func (m *Picker) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.sel = draw.Clamp(m.sel-1, m.rows())
	case key.Matches(msg, k.Down):
		m.sel = draw.Clamp(m.sel+1, m.rows())
	case key.Matches(msg, k.Enter):
		return m.pick()
	case key.Matches(msg, k.Back):
		return screen.Send(nav.BackMsg{})
	}
	return nil
}

// pick asks to act as the selected row's persona or operator.
func (m *Picker) pick() tea.Cmd {
	if m.rows() == 0 {
		return nil
	}
	return screen.Send(m.choice(draw.Clamp(m.sel, m.rows())))
}

// choice is what choosing row i asks of the root: act as the persona, or
// as the operator of the account (its merchant console).
func (m *Picker) choice(i int) nav.SwitchPersonaMsg {
	if i < len(m.personas) {
		p := m.personas[i]
		return nav.SwitchPersonaMsg{ID: p.ID, Name: p.Name}
	}
	a := m.operators[i-len(m.personas)]
	return nav.SwitchPersonaMsg{ID: model.MerchantPersona(a.ID), Name: a.Name}
}

// ShortHelp lists the picker's keys.
func (m *Picker) ShortHelp() []key.Binding {
	k := m.env.Keys
	if m.rows() == 0 {
		return nil
	}
	enter := k.Enter
	enter.SetHelp(enter.Help().Key, "act as")
	if m.sel >= len(m.personas) {
		enter.SetHelp(enter.Help().Key, "open its console")
	}
	return []key.Binding{k.Up, k.Down, enter}
}

// FullHelp is the short help in one group.
func (m *Picker) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
