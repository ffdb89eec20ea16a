package script

import (
	"fmt"
	"strconv"
	"strings"
)

// The terminal sizes a script's `size` may ask for. The smallest is the
// app's own minimum (ui.MinWidth × ui.MinHeight, repeated here: the
// language does not depend on the app); the largest is a wall screen.
const (
	minWidth, minHeight = 40, 16
	maxWidth, maxHeight = 400, 200
)

// setup reads a setup line, ins being persona, variant or size.
func (p *parser) setup(n int, ins, args string) error {
	arg, err := oneArg(ins, args, setupExample[ins])
	if err != nil {
		return err
	}
	what := ins
	if ins == "variant" {
		key, _, _ := strings.Cut(arg, "=")
		what = "variant " + key
	}
	if first, dup := p.seen[what]; dup {
		return fmt.Errorf("%s given twice (first on line %d)", what, first)
	}
	switch ins {
	case "persona":
		err = p.persona(arg)
	case "variant":
		err = p.variant(arg)
	default:
		err = p.size(arg)
	}
	if err == nil {
		p.seen[what] = n
	}
	return err
}

// setupExample is each setup instruction written out, for messages.
var setupExample = map[string]string{
	"persona": "persona returning",
	"variant": "variant collect_guidance=on",
	"size":    "size 100x30",
}

func (p *parser) persona(id string) error {
	if !isID(id) {
		return fmt.Errorf("persona %s: an id is lowercase letters, digits, - and _ (e.g. returning)", clip(id))
	}
	p.s.Setup.Persona = id
	return nil
}

// variant checks key=arm's shape only: which experiments and arms exist
// is the world's to say, when the tour starts.
func (p *parser) variant(spec string) error {
	key, arm, ok := strings.Cut(spec, "=")
	if !ok || !isID(key) || !isID(arm) {
		return fmt.Errorf("variant %s: want key=arm in lowercase letters, digits, - and _ (e.g. collect_guidance=on)", clip(spec))
	}
	p.s.Setup.Variants = append(p.s.Setup.Variants, spec)
	return nil
}

func (p *parser) size(spec string) error {
	ws, hs, ok := strings.Cut(spec, "x")
	w, werr := strconv.Atoi(ws)
	h, herr := strconv.Atoi(hs)
	if !ok || werr != nil || herr != nil || strconv.Itoa(w) != ws || strconv.Itoa(h) != hs {
		return fmt.Errorf("size %s: want WIDTHxHEIGHT in characters, e.g. 100x30", clip(spec))
	}
	if w < minWidth || w > maxWidth || h < minHeight || h > maxHeight {
		return fmt.Errorf("size %s: want %dx%d to %dx%d", spec, minWidth, minHeight, maxWidth, maxHeight)
	}
	p.s.Setup.Width, p.s.Setup.Height = w, h
	return nil
}

// isID reports whether s has the shape of the world's ids (personas,
// experiment keys and arms): lowercase ASCII letters, digits, - and _,
// starting with a letter or digit, at most 64 long.
func isID(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '-' || s[0] == '_' {
		return false
	}
	for _, c := range []byte(s) {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// oneArg is the single argument of instruction ins, or an error saying
// how it is written (example).
func oneArg(ins, args, example string) (string, error) {
	f := strings.Fields(args)
	switch len(f) {
	case 0:
		return "", fmt.Errorf("%s needs an argument, e.g. %s", ins, example)
	case 1:
		return f[0], nil
	}
	return "", fmt.Errorf("%s takes one argument, got %d (e.g. %s)", ins, len(f), example)
}
