package miniprogram

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/actions"
	"lifesim/ui/draw"
	"lifesim/ui/keys"
	"lifesim/ui/screen"
)

// The follow pop-up: a bottom sheet inviting a non-follower to follow the
// mini program's bound life account. Whether it shows is
// model.FollowPrompt's rule (never once closed Settings.
// FollowPromptMaxDismissals times, and not on a page view that already
// shows the collection-guidance tip). While it is up it takes f (follow),
// esc and x (not now); every other page key still works under it.

// promptKeys are the sheet's bindings.
type promptKeys struct {
	accept, dismiss key.Binding
}

func newPromptKeys(k *keys.Map) promptKeys {
	accept := k.Follow
	accept.SetHelp("f", "follow")
	return promptKeys{
		accept:  accept,
		dismiss: key.NewBinding(key.WithKeys(append(k.Back.Keys(), "x")...), key.WithHelp("esc/x", "not now")),
	}
}

// decidePrompt decides, once per page view on load, whether the sheet
// shows, and records that it was shown.
func (m *Page) decidePrompt(s model.UserState) tea.Cmd {
	if m.account == nil {
		return nil
	}
	m.prompt = model.FollowPrompt{
		HasAccount:    true,
		Following:     m.following(),
		Dismissals:    s.FollowPromptDismissals[m.account.ID],
		MaxDismissals: m.env.Settings.FollowPromptMaxDismissals,
		OtherPrompt:   m.guidance,
	}.Show()
	if !m.prompt {
		return nil
	}
	st, a, acc, id := m.env.Store, m.env.Actor(), m.account.ID, m.id
	return func() tea.Msg {
		if err := st.FollowPromptShown(a, acc, id); err != nil {
			return screen.StatusMsg{Err: err}
		}
		return nil
	}
}

// promptKey answers the sheet, or hands the key to the page under it.
func (m *Page) promptKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.pkeys.accept):
		return m.answer(true)
	case key.Matches(msg, m.pkeys.dismiss):
		return m.answer(false)
	}
	return m.handleKey(msg)
}

// answer closes the sheet with its answer: follow (accept) or not now.
func (m *Page) answer(accept bool) tea.Cmd {
	m.prompt = false
	return answerPrompt(m.env, m.account.ID, m.account.Name, m.id, accept)
}

// answerPrompt records the answer as a committed action.
func answerPrompt(env screen.Env, acc model.AccountID, name string, mp model.MiniProgramID, accept bool) tea.Cmd {
	name = model.CleanLine(name)
	return actions.Act(env, func(s store.Store, a model.Actor) (string, error) {
		if err := s.AnswerFollowPrompt(a, acc, mp, accept); err != nil {
			return "", err
		}
		if accept {
			return "Following " + name, nil
		}
		return "", nil
	})
}

// sheet draws the pop-up at the page's bottom, w wide.
func (m *Page) sheet(w int) string {
	st := m.env.Styles
	box := st.CardActive
	inner := max(w-box.GetHorizontalFrameSize(), 1)
	name := m.account.Name
	lines := []string{
		st.Title.Render(draw.Line("Follow "+name+"?", inner)),
		st.Muted.Render(draw.Block("New posts, coupons and services in your Life feed.", inner, 2)),
		draw.Spread(st.ButtonOn.Render(acceptLabel), st.Muted.Render(dismissLabel), inner),
	}
	return box.Width(w).Render(strings.Join(lines, "\n"))
}
