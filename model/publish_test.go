package model

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestDraftCleanAndValidate(t *testing.T) {
	for _, tc := range []struct {
		name    string
		draft   Draft
		want    error  // errors.Is target, nil for valid
		message string // the one-line text, when it matters
	}{
		{"valid", Draft{Title: "Best dumplings", Body: "On Wuding Road."}, nil, ""},
		{"valid with topic and group", Draft{Title: "T", Body: "B", Topic: "#food", GroupID: "g"}, nil, ""},
		{"empty title", Draft{Title: "", Body: "text"}, ErrDraftNoTitle, "a post needs a title"},
		{"blank title", Draft{Title: "  \t ", Body: "text"}, ErrDraftNoTitle, ""},
		{"title of escapes only", Draft{Title: "\x1b[31m\x1b[0m", Body: "text"}, ErrDraftNoTitle, ""},
		{"empty body", Draft{Title: "Title", Body: "\n\n"}, ErrDraftNoBody, "a post needs some text"},
		{"title at the limit", Draft{Title: strings.Repeat("标", MaxPostTitleRunes), Body: "b"}, nil, ""},
		{"title over the limit", Draft{Title: strings.Repeat("标", MaxPostTitleRunes+1), Body: "b"}, ErrDraftTooLong,
			"title is too long: 61 characters, at most 60"},
		{"body over the limit", Draft{Title: "t", Body: strings.Repeat("x", MaxPostBodyRunes+1)}, ErrDraftTooLong, ""},
		{"topic over the limit", Draft{Title: "t", Body: "b", Topic: strings.Repeat("x", MaxTopicRunes+1)}, ErrDraftTooLong, ""},
	} {
		err := tc.draft.Clean().Validate()
		switch {
		case tc.want == nil && err != nil:
			t.Errorf("%s: unexpected error %v", tc.name, err)
		case tc.want != nil && !errors.Is(err, tc.want):
			t.Errorf("%s: error %v, want %v", tc.name, err, tc.want)
		case tc.message != "" && err.Error() != tc.message:
			t.Errorf("%s: message %q, want %q", tc.name, err.Error(), tc.message)
		case err != nil && strings.Contains(err.Error(), "\n"):
			t.Errorf("%s: message is not one line: %q", tc.name, err.Error())
		}
	}
}

func TestDraftClean(t *testing.T) {
	d := Draft{Title: "  My\x1b[31m title\n ", Body: " line one\nline two\x07 ", Topic: " #＃Coffee "}.Clean()
	if d.Title != "My title" || d.Body != "line one\nline two" || d.Topic != "Coffee" {
		t.Fatalf("cleaned %+v", d)
	}
}

func TestDraftPost(t *testing.T) {
	at := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	g := Group{ID: "shanghai-foodies", Name: "Shanghai Foodies"}
	p := Draft{Title: "T", Body: "B", Topic: "food"}.Post("u-1", "persona-newuser", at, &g)
	if p.Kind != PostImageText || p.AccountID != "persona-newuser" || !p.PublishedAt.Equal(at) {
		t.Fatalf("post %+v", p)
	}
	if len(p.Tags) != 1 || p.Tags[0] != "food" {
		t.Fatalf("tags %v", p.Tags)
	}
	if gs := PostGroups(p, nil); len(gs) != 1 || gs[0] != g.ID {
		t.Fatalf("group link %v", gs)
	}
	bare := Draft{Title: "T", Body: "B"}.Post("u-2", "persona-newuser", at, nil)
	if len(bare.Tags) != 0 || len(bare.Components) != 0 {
		t.Fatalf("bare post has extras: %+v", bare)
	}
}

func TestPersonaAccount(t *testing.T) {
	a := PersonaAccount(Persona{ID: "newuser", Name: "Lin Xiao"})
	if a.ID != "persona-newuser" || a.ID != PersonaAccountID("newuser") || a.Kind != KindCreator || a.Name != "Lin Xiao" {
		t.Fatalf("account %+v", a)
	}
}

func TestPinnedOwn(t *testing.T) {
	now := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	own := func(age time.Duration) Post {
		return Post{AccountID: "persona-newuser", PublishedAt: now.Add(-age)}
	}
	for _, tc := range []struct {
		name string
		p    Post
		want bool
	}{
		{"just published", own(0), true},
		{"an hour old", own(time.Hour), true},
		{"at the window's end", own(OwnPostPin), false},
		{"older", own(48 * time.Hour), false},
		{"from the future", own(-time.Hour), true},
		{"someone else's", Post{AccountID: "persona-returning", PublishedAt: now}, false},
		{"a life account's", Post{AccountID: "kfc", PublishedAt: now}, false},
	} {
		if got := PinnedOwn(tc.p, "newuser", now); got != tc.want {
			t.Errorf("%s: PinnedOwn = %v, want %v", tc.name, got, tc.want)
		}
	}
}
