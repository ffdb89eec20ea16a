package model

import (
	"errors"
	"strings"
	"testing"
)

func TestDraftEmpty(t *testing.T) {
	for _, tc := range []struct {
		name  string
		draft Draft
		empty bool
	}{
		{"nothing", Draft{}, true},
		{"blanks and a preset group", Draft{Title: "  ", Body: "\n \n", Topic: "#", GroupID: "g"}, true},
		{"a title", Draft{Title: "x"}, false},
		{"text", Draft{Body: "\nx"}, false},
		{"a topic", Draft{Topic: "#food"}, false},
	} {
		if got := tc.draft.Empty(); got != tc.empty {
			t.Errorf("%s: Empty() = %v, want %v", tc.name, got, tc.empty)
		}
	}
}

func TestDraftKeptAndChecked(t *testing.T) {
	long := func(n int) string { return strings.Repeat("中", n) }
	for _, tc := range []struct {
		name    string
		draft   Draft
		kept    Draft
		problem string // CheckKept of the draft as given
	}{
		{"as typed, spaces and # kept", Draft{Title: " Hi ", Body: "a\n\n b ", Topic: "#food", GroupID: "g"},
			Draft{Title: " Hi ", Body: "a\n\n b ", Topic: "#food", GroupID: "g"}, ""},
		{"escapes removed", Draft{Title: "a\x1b[2Jb", Body: "x\x1b]0;pwn\x07y\nz", Topic: "t\u202e"},
			Draft{Title: "ab", Body: "xy\nz", Topic: "t"}, "title holds control characters"},
		{"a title on one line", Draft{Title: "a\nb"}, Draft{Title: "a b"}, "title holds control characters"},
		{"text with a bell", Draft{Body: "ding\x07"}, Draft{Body: "ding"}, "text holds control characters"},
		{"at the limits", Draft{Title: long(MaxPostTitleRunes), Body: long(MaxPostBodyRunes), Topic: "#" + long(MaxTopicRunes)},
			Draft{Title: long(MaxPostTitleRunes), Body: long(MaxPostBodyRunes), Topic: "#" + long(MaxTopicRunes)}, ""},
		{"title too long", Draft{Title: long(MaxPostTitleRunes + 1)}, Draft{Title: long(MaxPostTitleRunes)},
			"title is too long: 61 characters, at most 60"},
		{"text too long", Draft{Body: long(MaxPostBodyRunes + 5)}, Draft{Body: long(MaxPostBodyRunes)},
			"text is too long: 2005 characters, at most 2000"},
		{"topic too long", Draft{Topic: "##" + long(MaxTopicRunes+1)}, Draft{Topic: "##" + long(MaxTopicRunes)},
			"topic is too long: 21 characters, at most 20"},
		{"too many #", Draft{Topic: strings.Repeat("#", 30) + "a"}, Draft{Topic: strings.Repeat("#", 20) + "a"},
			"topic's leading # is too long: 30 characters, at most 20"},
	} {
		if got := tc.draft.Kept(); got != tc.kept {
			t.Errorf("%s: Kept() = %+v, want %+v", tc.name, got, tc.kept)
		}
		if err := tc.draft.Kept().CheckKept(); err != nil {
			t.Errorf("%s: a kept draft fails its check: %v", tc.name, err)
		}
		err := tc.draft.CheckKept()
		switch {
		case tc.problem == "" && err != nil:
			t.Errorf("%s: CheckKept() = %v", tc.name, err)
		case tc.problem != "" && (err == nil || err.Error() != tc.problem):
			t.Errorf("%s: CheckKept() = %v, want %q", tc.name, err, tc.problem)
		case strings.Contains(tc.problem, "too long") && !errors.Is(err, ErrDraftTooLong):
			t.Errorf("%s: %v is not ErrDraftTooLong", tc.name, err)
		}
	}
}
