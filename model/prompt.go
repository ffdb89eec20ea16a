package model

// FollowPrompt is what decides whether a mini program shows the bottom-sheet
// follow pop-up for its bound life account.
type FollowPrompt struct {
	HasAccount    bool // the mini program is bound to a life account
	Following     bool // the persona already follows it
	Dismissals    int  // times the persona closed this account's pop-up
	MaxDismissals int  // Settings.FollowPromptMaxDismissals
	// OtherPrompt: another prompt (the collection-guidance tip) is already
	// on this page view; one prompt at a time, so the pop-up waits for a
	// later visit.
	OtherPrompt bool
}

// Show reports whether the pop-up shows: only to non-followers of a bound
// account, never once the persona has closed it MaxDismissals times (the
// platform's cap is 3; a cap of 0 or less means the default 3), and not on
// top of another prompt.
func (f FollowPrompt) Show() bool {
	limit := f.MaxDismissals
	if limit <= 0 {
		limit = DefaultSettings().FollowPromptMaxDismissals
	}
	return f.HasAccount && !f.Following && f.Dismissals < limit && !f.OtherPrompt
}

// GuidancePlace is where a collection-guidance prompt can appear.
type GuidancePlace int

const (
	// GuidanceInMiniProgram: the merchant's tip on a mini program page,
	// shown once per persona (as on Alipay), in the first mini program the
	// persona opens without having collected it.
	GuidanceInMiniProgram GuidancePlace = iota
	// GuidanceOnPaySuccess: the collect prompt on the payment-success page,
	// shown after every payment in a mini program not yet collected.
	GuidanceOnPaySuccess
)

// CollectGuidance is what decides, for one page view, the collection
// guidance: whether it would show, whether it does, and whether the page
// view exposes the persona to the collect_guidance experiment. Decide it
// once when the page's state loads.
type CollectGuidance struct {
	Place     GuidancePlace
	Collected bool // the mini program is already in My Mini Programs
	Seen      bool // UserState.GuidanceSeen: the tip has shown before
	On        bool // Assignment.GuidanceOn()
}

// MiniProgramGuidance is the tip's rule on mini program id's page.
func MiniProgramGuidance(s UserState, id MiniProgramID, a Assignment) CollectGuidance {
	return CollectGuidance{Place: GuidanceInMiniProgram, Collected: s.Collected(id), Seen: s.GuidanceSeen, On: a.GuidanceOn()}
}

// PaySuccessGuidance is the collect prompt's rule on the payment-success
// page of an order paid in mini program id.
func PaySuccessGuidance(s UserState, id MiniProgramID, a Assignment) CollectGuidance {
	return CollectGuidance{Place: GuidanceOnPaySuccess, Collected: s.Collected(id), Seen: s.GuidanceSeen, On: a.GuidanceOn()}
}

// Would reports whether the prompt belongs on this page view if guidance
// is on: never for a collected mini program, and the mini program tip only
// until it has been seen once.
func (g CollectGuidance) Would() bool {
	if g.Place == GuidanceInMiniProgram && g.Seen {
		return false
	}
	return !g.Collected
}

// Shows reports whether the prompt is on screen: it would show and
// collect_guidance is not off.
func (g CollectGuidance) Shows() bool { return g.Would() && g.On }

// Exposes reports whether this page view exposes the persona to
// collect_guidance. It is where the prompt would show, in either arm: the
// off arm's persona is exposed to the prompt's absence, so the arms'
// funnels compare like with like.
func (g CollectGuidance) Exposes() bool { return g.Would() }

// MarksSeen reports whether showing the prompt uses up the persona's one
// tip (UserState.GuidanceSeen; the store records guidance_shown): only
// the mini program tip does, when it shows.
func (g CollectGuidance) MarksSeen() bool { return g.Place == GuidanceInMiniProgram && g.Shows() }
