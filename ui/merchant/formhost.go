package merchant

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/merchant/forms"
)

// The console composes the forms of ui/merchant/forms: n on Coupons and
// Messages opens one in the screen's place; the Publish screen is the
// post form itself, opened (given the keys) with enter or n. An open
// form takes every key; esc closes it (ClosedMsg) and a save closes it
// with a notice (SavedMsg). The post form keeps what was typed when it
// is closed, and starts afresh once it has published. Whatever a form
// writes reaches the figures the way every write does: through the log.

// deps is what a form is built with: the operator acting now, the
// account and its scope as of the last read.
func (c *Console) deps() forms.Deps {
	acc := c.opts.Account
	clock := c.opts.Clock
	session := c.opts.Session
	return forms.Deps{
		Store:   c.opts.Store,
		Styles:  c.opts.Styles,
		Account: c.fig.account,
		Scope:   c.fig.scope,
		Actor: func() model.Actor {
			return model.Actor{Persona: model.MerchantPersona(acc), Session: session, At: clock()}
		},
		Now:   clock,
		Owner: c.owner,
		Keys:  c.opts.Keys,
		// read when the form draws, so it follows the console's reads
		Followers: func() (int, bool) { return c.fig.followers, c.fig.loaded },
	}
}

// newPostForm makes the Publish screen's form afresh, closed.
func (c *Console) newPostForm() tea.Cmd {
	if c.form != nil && c.form == c.post {
		c.form = nil
	}
	c.post = forms.NewPost(c.deps())
	c.sizeForms()
	return c.post.Init()
}

// openPost gives the post form the keys.
func (c *Console) openPost() tea.Cmd {
	if c.post == nil {
		return nil
	}
	c.form = c.post
	c.notice = notice{}
	return nil
}

// openForm opens screen s's form: a coupon, or a message to the
// followers. Nothing opens before the account is read.
func (c *Console) openForm(s Screen) tea.Cmd {
	if !c.fig.loaded {
		return nil
	}
	switch s {
	case Coupons:
		c.form = forms.NewCoupon(c.deps())
	case Messages:
		c.form = forms.NewMessage(c.deps())
	}
	if c.form == nil {
		return nil
	}
	c.notice = notice{}
	c.sizeForms()
	return c.form.Init()
}

// toForm gives the open form a key or a paste.
func (c *Console) toForm(msg tea.Msg) tea.Cmd {
	if c.form == nil {
		return nil
	}
	open := c.form == c.post
	var cmd tea.Cmd
	c.form, cmd = c.form.Update(msg)
	if open {
		c.post = c.form
	}
	return cmd
}

// toForms gives a message that is not the console's to its forms: their
// loads and saves answer that way. Each ignores what is not its own.
func (c *Console) toForms(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	if c.post != nil {
		var cmd tea.Cmd
		open := c.form == c.post
		c.post, cmd = c.post.Update(msg)
		if open {
			c.form = c.post
		}
		cmds = append(cmds, cmd)
	}
	if c.form != nil && c.form != c.post {
		var cmd tea.Cmd
		c.form, cmd = c.form.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// saved takes a form's committed write: the form closes (the post form
// starts afresh) and the notice says what was done. The figures move
// when the write's event wakes the console's wait.
func (c *Console) saved(msg forms.SavedMsg) tea.Cmd {
	if msg.Owner != c.owner {
		return nil
	}
	text := msg.Notice
	var cmd tea.Cmd
	if msg.Post != nil {
		text = "✓ Published “" + model.CleanLine(msg.Post.Title) + "” — it leads your followers' Following feeds"
		cmd = c.newPostForm()
	}
	c.form = nil
	c.notice = notice{text: model.CleanLine(text)}
	return cmd
}

// closed takes esc in a form: it closes without saving.
func (c *Console) closed(msg forms.ClosedMsg) {
	if msg.Owner == c.owner {
		c.form = nil
	}
}

// sizeForms gives the forms the body's room: the post form under the
// Publish screen's line, any other form the whole body.
func (c *Console) sizeForms() {
	w, h := c.bodyWidth(), c.bodyHeight()
	if c.post != nil {
		c.post.SetSize(w, max(h-publishHead, 1))
	}
	if c.form != nil && c.form != c.post {
		c.form.SetSize(w, h)
	}
}
