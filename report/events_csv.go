package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"lifesim/model"
)

// csvColumns are the CSV export's fixed columns; one "variant:<key>"
// column per experiment follows, then "variants" with every arm as
// key=arm;key=arm (so arms of experiments no longer configured survive).
var csvColumns = []string{"seq", "at", "persona", "session", "kind", "target", "source", "scene", "detail", "value"}

type csvEvents struct {
	w    *csv.Writer
	keys []string
}

// newCSVEvents writes the header at once, so an empty log still exports a
// file a spreadsheet opens.
func newCSVEvents(w io.Writer, keys []string) (*csvEvents, error) {
	c := &csvEvents{w: csv.NewWriter(w), keys: keys}
	head := append([]string(nil), csvColumns...)
	for _, k := range keys {
		head = append(head, csvText("variant:"+k))
	}
	return c, c.w.Write(append(head, "variants"))
}

func (c *csvEvents) Write(e model.Event) error {
	t := csvText
	row := []string{
		strconv.FormatUint(e.Seq, 10), e.At.Format(time.RFC3339Nano), t(string(e.Persona)), t(e.Session),
		t(string(e.Kind)), t(e.Target), t(string(e.Source)), itoaOrEmpty(e.Scene), t(model.CleanLine(e.Detail)), strconv.FormatInt(e.Value, 10),
	}
	for _, k := range c.keys {
		row = append(row, t(e.Variants[k]))
	}
	return c.w.Write(append(row, t(model.Assignment(e.Variants).String())))
}

func (c *csvEvents) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

// csvText neutralises a text cell a spreadsheet would run as a formula
// (CSV injection): a cell starting with =, +, -, @, tab or carriage return
// gets a leading apostrophe, as OWASP recommends, so Excel, LibreOffice
// and Google Sheets show it as text. Numeric columns are never text. JSONL
// exports are exact.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func itoaOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
