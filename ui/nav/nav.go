package nav

import "lifesim/model"

// Tab identifies one of the bottom tabs.
type Tab int

const (
	TabHome Tab = iota
	TabLife
	TabSearch
	TabMine
	NumTabs
)

// Name is the tab's label in the tab bar.
func (t Tab) Name() string {
	return [...]string{"Home", "Life", "Search", "My Mini Programs"}[t]
}

// OpenMiniProgramMsg opens a mini program page, optionally at one service.
// Opening one already on the stack brings it forward (see the root's router).
type OpenMiniProgramMsg struct {
	ID        model.MiniProgramID
	ServiceID string
	Source    model.Source
}

// OpenAccountMsg opens a Life Account page.
type OpenAccountMsg struct {
	ID     model.AccountID
	Source model.Source
}

// OpenPostMsg opens a post's detail page.
type OpenPostMsg struct {
	ID     model.PostID
	Source model.Source
}

// BackMsg pops the top page.
type BackMsg struct{}

// SwitchTabMsg switches to a tab, closing any pushed pages.
type SwitchTabMsg struct {
	Tab Tab
	// FocusInput asks the Search tab to focus its input (the "/" key and
	// Home's search box).
	FocusInput bool
}

// SwitchPersonaMsg asks the root to act as another persona: the current
// session ends and a new one starts with the screens rebuilt.
type SwitchPersonaMsg struct {
	ID   model.PersonaID
	Name string
}
