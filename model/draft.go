package model

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A kept draft is the post editor's form saved when the persona leaves it
// with esc and "keep": the fields come back as they were typed the next
// time the editor opens in the same place. Unlike a published post it may
// lack a title or a body, and its text is not trimmed, but it is held to
// the same limits and never carries a control sequence: it is drawn again
// as it is read back.

// Empty reports whether the draft holds no writing: a title, text or
// topic of blanks only. A group choice alone is not writing (the editor
// opened from a group preselects it).
func (d Draft) Empty() bool {
	return strings.TrimSpace(d.Title) == "" && strings.TrimSpace(d.Body) == "" &&
		strings.TrimSpace(topicText(d.Topic)) == ""
}

// Kept returns the draft as it is kept: control sequences removed (a
// title and a topic on one line) and each field cut to its limit. A
// topic's leading "#"s do not count against its limit, as in the editor,
// but are cut to the same number.
func (d Draft) Kept() Draft {
	d.Title = cutRunes(CleanLine(d.Title), MaxPostTitleRunes)
	d.Body = cutRunes(CleanText(d.Body), MaxPostBodyRunes)
	topic := CleanLine(d.Topic)
	text := topicText(topic)
	d.Topic = cutRunes(topic[:len(topic)-len(text)], MaxTopicRunes) + cutRunes(text, MaxTopicRunes)
	return d
}

// CheckKept reports, as one line, why d is not a draft the editor could
// have kept (a stored record damaged or written by hand), or nil.
func (d Draft) CheckKept() error {
	topic := topicText(d.Topic)
	for _, f := range []struct {
		name, text, clean, counted string
		limit                      int
	}{
		{"title", d.Title, CleanLine(d.Title), d.Title, MaxPostTitleRunes},
		{"text", d.Body, CleanText(d.Body), d.Body, MaxPostBodyRunes},
		{"topic", d.Topic, CleanLine(d.Topic), topic, MaxTopicRunes},
		{"topic's leading #", "", "", d.Topic[:len(d.Topic)-len(topic)], MaxTopicRunes},
	} {
		if f.text != f.clean {
			return fmt.Errorf("%s holds control characters", f.name)
		}
		if n := utf8.RuneCountInString(f.counted); n > f.limit {
			return fmt.Errorf("%s is %w: %d characters, at most %d", f.name, ErrDraftTooLong, n, f.limit)
		}
	}
	return nil
}

// topicText is a topic without its leading "#"s.
func topicText(s string) string { return strings.TrimLeft(s, "#＃") }

// cutRunes is the first n runes of s.
func cutRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
