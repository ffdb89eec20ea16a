package merchant

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/report"
)

// The console follows the log as the observer panel does: a read (the
// merchant's view caught up with the log, then its report), then a wait
// for the store's append notification, then a read again. Any writer in
// the process wakes it: a persona's session, another SSH session, the
// console's own forms. Reads run in commands, one at a time.

// loadedMsg is a read's answer: the view caught up, and what it and the
// store say now.
type loadedMsg struct {
	owner   int
	view    *report.MerchantView // nil if it could not be made
	last    uint64               // the view's last event
	account model.LifeAccount
	report  model.MerchantReport
	scope   model.MerchantScope
	sent    []model.MerchantMessage
	// followers is how many personas follow the account now.
	followers int
	err       error
}

// appendedMsg is the wait's answer: the log has grown past the last read
// (or the store has closed: the read that follows says so).
type appendedMsg struct{ owner int }

// request starts a read unless one is in flight; then one more follows
// it.
func (c *Console) request() tea.Cmd {
	if c.read.inflight {
		c.read.pending = true
		return nil
	}
	c.read.inflight = true
	return load(c.opts.Store, c.view, c.opts.Account, c.opts.Clock, Spans[c.span], c.owner)
}

// load makes the view if there is none yet, catches it up with the log
// and reads the report at the clock's now over days, with the account,
// its scope and the messages it sent.
func load(st Store, view *report.MerchantView, acc model.AccountID, clock func() time.Time, days, owner int) tea.Cmd {
	return func() tea.Msg {
		msg := loadedMsg{owner: owner, view: view}
		if msg.view == nil {
			if msg.view, msg.err = report.NewMerchantView(st, acc); msg.err != nil {
				msg.view = nil
				return msg
			}
		}
		if msg.err = msg.view.CatchUp(); msg.err != nil {
			return msg
		}
		msg.last = msg.view.Last()
		msg.report = msg.view.Report(clock(), days)
		if msg.account, msg.err = st.Account(acc); msg.err != nil {
			return msg
		}
		if msg.scope, msg.err = st.MerchantScope(acc); msg.err != nil {
			return msg
		}
		if msg.sent, msg.err = st.SentMessages(acc); msg.err != nil {
			return msg
		}
		msg.followers, msg.err = st.Followers(acc)
		return msg
	}
}

// loaded takes a read's answer: the figures, then the read asked for
// meanwhile, else the wait for the next append. A failed read keeps the
// figures from before, says why on the notice line, and waits no more.
func (c *Console) loaded(msg loadedMsg) tea.Cmd {
	if msg.owner != c.owner {
		return nil
	}
	c.read.inflight = false
	c.view = msg.view
	c.read.err = msg.err
	if msg.err != nil {
		c.notice = notice{text: "✗ " + msg.err.Error(), err: true}
		c.read.pending = false
		return nil
	}
	if c.notice.err {
		c.notice = notice{}
	}
	first := !c.fig.loaded
	c.fig = figures{loaded: true, account: msg.account, report: msg.report, scope: msg.scope,
		sent: msg.sent, followers: msg.followers}
	c.clampSelections()
	var open tea.Cmd
	if first {
		open = c.newPostForm()
	}
	if c.read.pending {
		c.read.pending = false
		return tea.Batch(open, c.request())
	}
	return tea.Batch(open, c.follow(msg.last))
}

// follow waits for an event after last, unless a wait is under way.
func (c *Console) follow(last uint64) tea.Cmd {
	if c.read.waiting {
		return nil
	}
	c.read.waiting = true
	owner := c.owner
	return c.opts.Waiter(c.opts.Store.Appended(last), func() tea.Msg { return appendedMsg{owner: owner} })
}

// woken takes the wait's answer: read what was appended.
func (c *Console) woken(msg appendedMsg) tea.Cmd {
	if msg.owner != c.owner {
		return nil
	}
	c.read.waiting = false
	return c.request()
}

// Live reports whether the console is following the log: its last read
// succeeded and it waits for the next append.
func (c *Console) Live() bool { return c.read.waiting && c.read.err == nil }
