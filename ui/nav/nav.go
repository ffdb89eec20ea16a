package nav

import "lifesim/model"

// Tab identifies one of the bottom tabs, in the bar's order from left to
// right: Life sits in the centre, the "C position" of the 2022 upgrade.
// Under life_entry=messages the bar has no Life slot (see the root's
// slots), so a Tab is not a key number: the keys follow the visible slots.
type Tab int

const (
	TabHome Tab = iota
	TabSearch
	TabLife
	TabMessages
	TabMine
	NumTabs
)

// Name is the tab's label in the tab bar.
func (t Tab) Name() string {
	return [...]string{"Home", "Search", "Life", "Messages", "My Mini Programs"}[t]
}

// ShortName is the label when the bar is too narrow for Name: Alipay's
// own bar calls the last slot "Mine" (我的).
func (t Tab) ShortName() string {
	if t == TabMine {
		return "Mine"
	}
	return t.Name()
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

// SwitchTabMsg switches to a tab. Every tab keeps its own page stack, so
// the tab shows its top page again; entering Search with an empty stack
// focuses its input.
type SwitchTabMsg struct {
	Tab Tab
	// FocusInput starts a new search (the "/" key and Home's search box):
	// the pages pushed over Search close and its input gets the cursor.
	FocusInput bool
}

// SwitchPersonaMsg asks the root to act as another persona: the current
// session ends and a new one starts with the screens rebuilt.
type SwitchPersonaMsg struct {
	ID   model.PersonaID
	Name string
}
