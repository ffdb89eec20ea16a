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

// Msg is any navigation message. Only this package declares them, so a
// test driver can tell navigation from everything else a screen sends.
type Msg interface{ navigation() }

func (OpenMiniProgramMsg) navigation()   {}
func (OpenAccountMsg) navigation()       {}
func (OpenPostMsg) navigation()          {}
func (OpenGroupMsg) navigation()         {}
func (OpenComposeMsg) navigation()       {}
func (OpenCouponsMsg) navigation()       {}
func (OpenOrderMsg) navigation()         {}
func (OpenPaymentResultMsg) navigation() {}
func (OpenLifeFeedMsg) navigation()      {}
func (OpenPersonaPickerMsg) navigation() {}
func (BackMsg) navigation()              {}
func (SwitchTabMsg) navigation()         {}
func (SwitchPersonaMsg) navigation()     {}

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

// OpenGroupMsg opens a topic group page.
type OpenGroupMsg struct {
	ID     model.GroupID
	Source model.Source
}

// OpenComposeMsg opens the post editor, with Group preset as the post's
// topic group when it is set (writing from a group's page).
type OpenComposeMsg struct {
	Group model.GroupID
}

// OpenCouponsMsg opens the persona's card pack.
type OpenCouponsMsg struct{}

// OpenOrderMsg opens the order confirmation for one service of a mini
// program: the first page of the order flow.
type OpenOrderMsg struct {
	MiniProgram model.MiniProgram
	Service     model.Service
}

// OpenPaymentResultMsg shows the payment success page of a paid order in
// place of the confirmation page, so back leaves the order flow.
type OpenPaymentResultMsg struct {
	MiniProgram model.MiniProgram
	Order       model.Order
}

// OpenLifeFeedMsg opens the Life feed as a page (under life_entry=messages
// it is reached from the Messages tab rather than being a tab itself).
type OpenLifeFeedMsg struct{}

// OpenPersonaPickerMsg opens the persona picker.
type OpenPersonaPickerMsg struct{}

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
