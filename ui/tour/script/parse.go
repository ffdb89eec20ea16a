package script

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxBytes bounds a script file: a tour of a few dozen steps is a few
// kilobytes, and anything past this is not a tour.
const MaxBytes = 1 << 20

// maxErrors is how many bad lines Parse reports before summing up the
// rest, so a file that is not a script at all does not flood the
// terminal.
const maxErrors = 20

// Parse reads a script. One instruction per line; blank lines and lines
// starting with # are skipped, and space around a line is ignored:
//
//	persona returning          setup, before the first caption only
//	variant collect_guidance=on
//	size 100x30
//	caption "Life sits in the centre."  starts a step
//	key 3                       one key press (as the terminal names it)
//	type New Hope               one key press per character ("…" keeps spaces)
//	wait 800ms                  a pause, at most 60s
//	expect "New Hope"           the screen must show this
//	clock +1d                   the simulated clock moves forward
//
// Every bad line is reported, each as a *LineError (FILE:LINE: what is
// wrong, name being FILE), joined with errors.Join; then the script is
// nil.
func Parse(name string, src []byte) (*Script, error) {
	if len(src) > MaxBytes {
		return nil, &LineError{File: name, Msg: fmt.Sprintf("the script is %d bytes; at most %d", len(src), MaxBytes)}
	}
	p := parser{file: name, s: &Script{Name: name}, seen: map[string]int{}}
	text := strings.TrimPrefix(string(src), "\ufeff")
	for i, line := range strings.Split(text, "\n") {
		p.line(i+1, strings.TrimSpace(line))
	}
	if len(p.s.Steps) == 0 {
		p.errs = append(p.errs, &LineError{File: name, Msg: `no steps: a tour needs at least one caption "…"`})
	}
	if len(p.errs) == 0 {
		return p.s, nil
	}
	if n := len(p.errs) - maxErrors; n > 0 {
		p.errs = append(p.errs[:maxErrors], &LineError{File: name, Msg: fmt.Sprintf("and %d more bad lines", n)})
	}
	return nil, errors.Join(p.errs...)
}

// parser is the state of one Parse.
type parser struct {
	file string
	s    *Script
	errs []error
	seen map[string]int // a setup line ("persona", "size", "variant KEY") → its line
}

// line reads one trimmed line n.
func (p *parser) line(n int, line string) {
	if line == "" || strings.HasPrefix(line, "#") {
		return
	}
	if !utf8.ValidString(line) {
		p.errs = append(p.errs, &LineError{File: p.file, Line: n, Msg: "the line is not valid UTF-8"})
		return
	}
	ins, args := line, ""
	if i := strings.IndexFunc(line, unicode.IsSpace); i >= 0 {
		ins, args = line[:i], strings.TrimSpace(line[i:])
	}
	if err := p.instruction(n, ins, args); err != nil {
		p.errs = append(p.errs, &LineError{File: p.file, Line: n, Msg: err.Error()})
	}
}

// instruction reads instruction ins with its arguments, on line n.
func (p *parser) instruction(n int, ins, args string) error {
	started := len(p.s.Steps) > 0
	switch ins {
	case "persona", "variant", "size":
		if started {
			return fmt.Errorf("%s after the first step: setup lines come first", ins)
		}
		return p.setup(n, ins, args)
	case "caption":
		// A bad caption still starts its step, so the lines after it
		// are checked as that step's and not refused as orphans.
		p.s.Steps = append(p.s.Steps, Step{Line: n})
		text, err := caption(args)
		p.s.Steps[len(p.s.Steps)-1].Caption = text
		return err
	case "key", "type", "wait", "expect", "clock":
		if !started {
			return fmt.Errorf("%s before the first caption: a step starts with caption", ins)
		}
		a, err := action(ins, args)
		if err != nil {
			return err
		}
		a.Line = n
		step := &p.s.Steps[len(p.s.Steps)-1]
		step.Do = append(step.Do, a)
		return nil
	}
	want := "caption, key, type, wait, expect, clock"
	if !started {
		want = "persona, variant, size, caption"
	}
	return fmt.Errorf("unknown instruction %s (want %s)", clip(ins), want)
}

// caption reads a caption's quoted text.
func caption(args string) (string, error) {
	text, err := quoted("caption", args)
	if err != nil {
		return "", err
	}
	return text, checkText("caption", text)
}
