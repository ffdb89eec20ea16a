package asciicast

import (
	"bytes"
	"reflect"
	"testing"
	"time"
)

// A character cut between two writes (a terminal program's output is
// chunked by bytes) is recorded whole in the later event, never as two
// halves that would each become U+FFFD.
func TestLiveKeepsCharactersWhole(t *testing.T) {
	cases := []struct {
		name   string
		writes []string
		want   []string
	}{
		{"whole", []string{"ab", "cé"}, []string{"ab", "cé"}},
		{"two bytes split", []string{"a\xc3", "\xa9b"}, []string{"a", "éb"}},
		{"four bytes in three writes", []string{"x\xf0\x9f", "\x98", "\x80y"}, []string{"x", "😀y"}},
		{"only the start", []string{"\xe4", "\xb8\xad"}, []string{"中"}},
		{"invalid bytes pass", []string{"a\xff", "b"}, []string{"a\ufffd", "b"}},
		{"a continuation alone passes", []string{"a\xa9", "b"}, []string{"a\ufffd", "b"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := NewWriter(&buf, Header{Width: 10, Height: 2})
			if err != nil {
				t.Fatal(err)
			}
			tick := time.Duration(0)
			l := &live{w: w, since: func() time.Duration { tick += time.Millisecond; return tick }}
			for _, s := range c.writes {
				n, err := l.Write([]byte(s))
				if err != nil || n != len(s) {
					t.Fatalf("Write(%q) = %d, %v; want %d, nil", s, n, err, len(s))
				}
			}
			rec, err := Read(&buf)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ev := range rec.Events {
				got = append(got, ev.Data)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("events %q, want %q", got, c.want)
			}
		})
	}
}

// Live stamps each write with the real time since start.
func TestLiveStampsRealTime(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewWriter(&buf, Header{Width: 10, Height: 2})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now().Add(-time.Hour) // an hour ago: any clock reads at least that
	if _, err := w.Live(start).Write([]byte("hi")); err != nil {
		t.Fatal(err)
	}
	rec, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := rec.Events[0].Time; got < 3600 {
		t.Errorf("time %v s, want at least 3600 (an hour since start)", got)
	}
}
