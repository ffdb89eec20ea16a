package post

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/actions"
	"lifesim/ui/draw"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
)

// handleKey routes a key to the comment input, the forward picker, or the
// page's own bindings.
func (m *Page) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case m.input.Focused():
		return m.inputKey(msg)
	case m.picker.IsOpen():
		return m.pickerKey(msg)
	case !m.loaded:
		return nil
	}
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.moveSel(-1)
		return m.followScroll()
	case key.Matches(msg, k.Down):
		m.moveSel(1)
		return m.followScroll()
	case key.Matches(msg, k.Play):
		return m.togglePlay()
	case key.Matches(msg, k.Enter):
		return m.pressEnter()
	case key.Matches(msg, k.Like):
		return m.press(idLike)
	case key.Matches(msg, k.Collect):
		return m.press(idCollect)
	case key.Matches(msg, k.Forward):
		return m.press(idForward)
	case key.Matches(msg, k.Follow):
		return m.press(idFollow)
	case key.Matches(msg, k.Comment):
		return m.press(idComment)
	}
	return nil
}

func (m *Page) moveSel(delta int) {
	m.sel = draw.Clamp(m.sel+delta, m.count())
	if m.sel == 0 {
		m.vp.Offset = 0 // back on the header: show the post from its top
	}
}

// inputKey: enter posts the comment, esc leaves the input, the rest types.
func (m *Page) inputKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.env.Keys
	switch {
	case key.Matches(msg, k.Back):
		// esc leaves the input but keeps what was typed: c brings it
		// back, so a stray esc never costs a half-written comment.
		m.input.Blur()
		return nil
	case key.Matches(msg, k.Enter):
		text := strings.TrimSpace(m.input.Value())
		if text == "" {
			return nil
		}
		m.input.Reset()
		m.input.Blur()
		return actions.Comment(m.env, m.id, text)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return cmd
}

// pickerKey drives the forward picker; enter forwards the post.
func (m *Page) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	if to, ok := m.picker.HandleKey(msg, m.env.Keys); ok {
		return actions.Forward(m.env, m.d.post, to)
	}
	return nil
}

// component is the selected marketing component, if one is selected.
func (m *Page) component() (model.Component, bool) {
	i := m.sel - 1
	if i < 0 || i >= len(m.d.post.Components) {
		return model.Component{}, false
	}
	return m.d.post.Components[i], true
}

// offer is what coupon cp of a component offers the persona now.
func (m *Page) offer(cp model.Coupon) model.CouponOffer {
	return model.OfferOf(cp, m.state, m.env.Clock())
}

// activate does what enter means for the selection.
func (m *Page) activate() tea.Cmd {
	if m.sel == 0 {
		return screen.Send(nav.OpenAccountMsg{ID: m.d.account.ID, Source: model.SourcePost})
	}
	c, ok := m.component()
	if !ok {
		return nil
	}
	use, ok := m.use(c)
	if !ok {
		return use
	}
	return tea.Sequence(m.componentClick(c), use)
}

// use is what using component c does, and whether it does anything (a
// coupon or group no longer there only says so).
func (m *Page) use(c model.Component) (tea.Cmd, bool) {
	switch c.Kind {
	case model.ComponentService:
		return screen.Send(nav.OpenMiniProgramMsg{ID: c.MiniProgramID, ServiceID: c.ServiceID, Source: model.SourcePostComponent}), true
	case model.ComponentCoupon:
		if cp, ok := m.d.coupons[c.CouponID]; ok {
			return actions.EnterCoupon(m.env, cp, m.offer(cp), model.SourcePostComponent), true
		}
		return screen.Send(screen.StatusMsg{Err: fmt.Errorf("coupon %q is no longer available", c.CouponID)}), false
	case model.ComponentGroup:
		if _, ok := m.d.groups[c.GroupID]; ok {
			return screen.Send(nav.OpenGroupMsg{ID: c.GroupID, Source: model.SourcePostComponent}), true
		}
		return screen.Send(screen.StatusMsg{Err: fmt.Errorf("group %q is no longer available", c.GroupID)}), false
	}
	return nil, false
}

// componentClick records that component c of the post was used, before
// what it opens, with the source the post page was opened from (the
// merchant's content figures count the clicks).
func (m *Page) componentClick(c model.Component) tea.Cmd {
	detail := string(c.Kind) + ":"
	switch c.Kind {
	case model.ComponentService:
		detail += string(c.MiniProgramID) + "/" + c.ServiceID
	case model.ComponentCoupon:
		detail += string(c.CouponID)
	case model.ComponentGroup:
		detail += string(c.GroupID)
	}
	return actions.Record(m.env, model.EventComponentClick, string(m.id), m.source, detail, 0)
}
