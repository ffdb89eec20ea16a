package model

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on a persona's own post. The platform notes give no numbers for
// personal posts; these are lifesim's, close to what a phone form allows.
const (
	MaxPostTitleRunes = 60
	MaxPostBodyRunes  = 2000
	MaxTopicRunes     = 20
)

// Draft errors. Their texts are shown to the user as one line.
var (
	ErrDraftNoTitle = errors.New("a post needs a title")
	ErrDraftNoBody  = errors.New("a post needs some text")
	ErrDraftTooLong = errors.New("too long")
)

// Draft is a post as the persona writes it: a title, a body, an optional
// topic (it becomes the post's tag) and an optional topic group.
type Draft struct {
	Title   string  `json:"title"`
	Body    string  `json:"body"`
	Topic   string  `json:"topic,omitempty"`
	GroupID GroupID `json:"group,omitempty"`
}

// Clean returns the draft with control sequences removed (CleanText),
// surrounding space trimmed, a title on one line and a topic without its
// leading "#". Validate and Post work on the cleaned draft.
func (d Draft) Clean() Draft {
	d.Title = strings.TrimSpace(CleanLine(d.Title))
	d.Body = strings.TrimSpace(CleanText(d.Body))
	d.Topic = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(CleanLine(d.Topic)), "#＃"))
	return d
}

// Validate checks a cleaned draft: a title and a body are required, and
// each field fits its limit. The first problem is returned, as one line.
func (d Draft) Validate() error {
	switch {
	case d.Title == "":
		return ErrDraftNoTitle
	case d.Body == "":
		return ErrDraftNoBody
	}
	for _, f := range []struct {
		name, text string
		limit      int
	}{{"title", d.Title, MaxPostTitleRunes}, {"text", d.Body, MaxPostBodyRunes}, {"topic", d.Topic, MaxTopicRunes}} {
		if n := utf8.RuneCountInString(f.text); n > f.limit {
			return fmt.Errorf("%s is %w: %d characters, at most %d", f.name, ErrDraftTooLong, n, f.limit)
		}
	}
	return nil
}

// PersonaAccountID is the creator life account a persona publishes under.
// It exists once the persona first publishes.
func PersonaAccountID(p PersonaID) AccountID { return AccountID("persona-" + string(p)) }

// PersonaAccount is the creator account of persona p (C-end users publish as
// creators, which Alipay let in from 2023).
func PersonaAccount(p Persona) LifeAccount {
	return LifeAccount{
		ID:   PersonaAccountID(p.ID),
		Name: p.Name,
		Kind: KindCreator,
		Bio:  "Posts by " + p.Name + ", written in lifesim.",
	}
}

// Post turns a cleaned, valid draft into the persona's image-text post. A
// group, when given, is linked by a group component (so the post appears on
// the group's page); the topic becomes the post's one tag.
func (d Draft) Post(id PostID, account AccountID, at time.Time, group *Group) Post {
	p := Post{ID: id, AccountID: account, Kind: PostImageText, Title: d.Title, Body: d.Body, PublishedAt: at}
	if d.Topic != "" {
		p.Tags = []string{d.Topic}
	}
	if group != nil {
		p.Components = []Component{{Kind: ComponentGroup, Label: group.Name, GroupID: group.ID}}
	}
	return p
}

// OwnPostPin is how long a persona's own new post stays at the top of its
// Recommended feed, as real feeds show you what you just published before
// ranking takes over.
const OwnPostPin = 24 * time.Hour

// PinnedOwn reports whether post p leads persona's Recommended feed at
// now: it is the persona's own and younger than OwnPostPin (a post "from
// the future" counts as new).
func PinnedOwn(p Post, persona PersonaID, now time.Time) bool {
	return p.AccountID == PersonaAccountID(persona) && now.Sub(p.PublishedAt) < OwnPostPin
}
