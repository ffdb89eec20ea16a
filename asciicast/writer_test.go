package asciicast

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// A cast written here reads back as written, and its lines are in the
// form asciinema writes: the header object, then [seconds, type, data]
// with the time to the microsecond.
func TestWriteReadRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	h := Header{Width: 100, Height: 30, Timestamp: 1767835800, Title: `lifesim "tour" <demo>`}
	w, err := NewWriter(&buf, h)
	if err != nil {
		t.Fatal(err)
	}
	must(t, w.Output(0, "\x1b[?25l"))
	must(t, w.Output(1250*time.Millisecond, "héllo <b>&\r\n"))
	must(t, w.Marker(1250*time.Millisecond, "2/12 search"))
	must(t, w.Resize(2*time.Second, 120, 40))
	must(t, w.Output(61*time.Second+7*time.Microsecond, "bye"))

	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	wantLines := []string{
		`{"version": 2, "width": 100, "height": 30, "timestamp": 1767835800, "title": "lifesim \"tour\" <demo>"}`,
		`[0.000000, "o", "\u001b[?25l"]`,
		`[1.250000, "o", "héllo <b>&\r\n"]`,
		`[1.250000, "m", "2/12 search"]`,
		`[2.000000, "r", "120x40"]`,
		`[61.000007, "o", "bye"]`,
	}
	if !reflect.DeepEqual(lines, wantLines) {
		t.Fatalf("cast:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(wantLines, "\n"))
	}

	rec, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	h.Version = 2
	if !reflect.DeepEqual(rec.Header, h) {
		t.Errorf("header %+v, want %+v", rec.Header, h)
	}
	want := []Event{
		{0, "o", "\x1b[?25l"},
		{1.25, "o", "héllo <b>&\r\n"},
		{1.25, "m", "2/12 search"},
		{2, "r", "120x40"},
		{61.000007, "o", "bye"},
	}
	if !reflect.DeepEqual(rec.Events, want) {
		t.Errorf("events %+v, want %+v", rec.Events, want)
	}
}

// The header carries env only when there is one.
func TestHeaderEnv(t *testing.T) {
	var buf bytes.Buffer
	if _, err := NewWriter(&buf, Header{Width: 80, Height: 24, Env: map[string]string{"TERM": "xterm-256color", "COLORTERM": "truecolor"}}); err != nil {
		t.Fatal(err)
	}
	want := `{"version": 2, "width": 80, "height": 24, "timestamp": 0, "title": "", "env": {"COLORTERM":"truecolor","TERM":"xterm-256color"}}` + "\n"
	if buf.String() != want {
		t.Errorf("header %q, want %q", buf.String(), want)
	}
}

func TestNewWriterRefusesNoSize(t *testing.T) {
	if _, err := NewWriter(&bytes.Buffer{}, Header{Width: 0, Height: 24}); err == nil {
		t.Error("NewWriter accepted a 0x24 terminal")
	}
}

// An event stamped before the last one is written at the last one's time,
// so a cast never goes backwards (Read would refuse it).
func TestTimesNeverGoBackwards(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewWriter(&buf, Header{Width: 10, Height: 2})
	if err != nil {
		t.Fatal(err)
	}
	must(t, w.Output(2*time.Second, "a"))
	must(t, w.Marker(time.Second, "early"))
	must(t, w.Output(-time.Second, "b"))
	must(t, w.Output(3*time.Second, "c"))
	rec, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var times []float64
	for _, ev := range rec.Events {
		times = append(times, ev.Time)
	}
	if want := []float64{2, 2, 2, 3}; !reflect.DeepEqual(times, want) {
		t.Errorf("times %v, want %v", times, want)
	}
}

// Events written from several goroutines at once are whole lines in
// increasing time (go test -race checks the locking).
func TestWriterConcurrent(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewWriter(&buf, Header{Width: 10, Height: 2})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 50 {
				_ = w.Output(time.Duration(i*4+g)*time.Millisecond, "x")
			}
		})
	}
	wg.Wait()
	rec, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Events) != 200 {
		t.Errorf("%d events, want 200", len(rec.Events))
	}
}

// A write error is returned by that call and every later one.
func TestWriterKeepsTheFirstError(t *testing.T) {
	fw := &failAfter{n: 1}
	w, err := NewWriter(fw, Header{Width: 10, Height: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Output(0, "a"); err == nil {
		t.Fatal("Output on a failing writer returned no error")
	}
	if err := w.Marker(0, "m"); err == nil {
		t.Error("a later Marker returned no error")
	}
	if fw.writes != 2 {
		t.Errorf("%d writes reached the writer, want 2 (header, first event)", fw.writes)
	}
}

type failAfter struct{ n, writes int }

func (f *failAfter) Write(p []byte) (int, error) {
	f.writes++
	if f.writes > f.n {
		return 0, errFull
	}
	return len(p), nil
}

var errFull = &writeError{}

type writeError struct{}

func (*writeError) Error() string { return "disk full" }

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
