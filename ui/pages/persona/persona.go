// Package persona is the persona picker: the page `P` opens to act as
// another persona without restarting (the root then ends the session and
// starts a new one as the chosen persona).
package persona

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/draw"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// Picker is the picker page.
type Picker struct {
	env           screen.Env
	owner         screen.Owner
	width, height int

	loaded   bool
	err      error
	personas []model.Persona
	sel      int
	vp       draw.Viewport
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
			for i, p := range m.personas {
				if p.ID == m.env.Persona {
					m.sel = i
				}
			}
		}
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	}
	return m, nil
}

func (m *Picker) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.sel = draw.Clamp(m.sel-1, len(m.personas))
	case key.Matches(msg, k.Down):
		m.sel = draw.Clamp(m.sel+1, len(m.personas))
	case key.Matches(msg, k.Enter) && len(m.personas) > 0:
		p := m.personas[draw.Clamp(m.sel, len(m.personas))]
		return screen.Send(nav.SwitchPersonaMsg{ID: p.ID, Name: p.Name})
	case key.Matches(msg, k.Back):
		return screen.Send(nav.BackMsg{})
	}
	return nil
}

// ShortHelp lists the picker's keys.
func (m *Picker) ShortHelp() []key.Binding {
	k := m.env.Keys
	if len(m.personas) == 0 {
		return nil
	}
	enter := k.Enter
	enter.SetHelp(enter.Help().Key, "act as")
	return []key.Binding{k.Up, k.Down, enter}
}

// FullHelp is the short help in one group.
func (m *Picker) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
