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
