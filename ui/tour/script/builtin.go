package script

import (
	_ "embed"
	"sync"
)

// builtinSource is the built-in tour: the article's story, from Life in
// the tab bar's centre to the merchant's funnel.
//
//go:embed builtin.tour
var builtinSource []byte

// builtin is builtin.tour parsed, once. TestBuiltinParses guarantees it
// parses, so the panic cannot happen in a build whose tests pass.
var builtin = sync.OnceValue(func() *Script {
	s, err := Parse("builtin.tour", builtinSource)
	if err != nil {
		panic("script: the built-in tour does not parse: " + err.Error())
	}
	s.Name = "builtin"
	return s
})

// Builtin is the built-in tour, a copy of its own that the caller may
// change.
func Builtin() *Script {
	return builtin().Clone()
}

// BuiltinSource is the built-in tour's text, for authors who start their
// own tour from it (`lifesim demo` prints it).
func BuiltinSource() []byte {
	return append([]byte(nil), builtinSource...)
}

// Clone is a deep copy of s: its steps and their actions are its own.
func (s *Script) Clone() *Script {
	c := *s
	c.Setup.Variants = append([]string(nil), s.Setup.Variants...)
	c.Steps = make([]Step, len(s.Steps))
	for i, st := range s.Steps {
		st.Do = append([]Action(nil), st.Do...)
		c.Steps[i] = st
	}
	return &c
}
