package model

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
)

// Arm is one variant of an experiment and its share of personas: a persona
// lands in an arm with probability Weight / (sum of the arms' weights).
type Arm struct {
	Value  string `json:"value"`
	Weight int    `json:"weight"`
}

// Experiment is one A/B test, as defined in experiments.json.
type Experiment struct {
	Key         string `json:"key"`
	Label       string `json:"label,omitempty"` // short name for the status line
	Description string `json:"description,omitempty"`
	Arms        []Arm  `json:"arms"`
}

// Bucket is where persona p falls for experiment key, in [0, 1): the
// GrowthBook v2 hash (FNV-1a 32 of FNV-1a 32 of key+persona, mod 10000), so
// assignment is deterministic, sticky and independent across experiments.
func Bucket(key string, p PersonaID) float64 {
	inner := fnv32a(key + string(p))
	return float64(fnv32a(strconv.FormatUint(uint64(inner), 10))%10000) / 10000
}

func fnv32a(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// Pick is the arm persona p is assigned: the bucket mapped onto the arms'
// weighted ranges in file order. With no positive weight it is the first
// arm; with no arms it is "".
func (e Experiment) Pick(p PersonaID) string {
	total := 0
	for _, a := range e.Arms {
		total += max(a.Weight, 0)
	}
	if total == 0 {
		if len(e.Arms) > 0 {
			return e.Arms[0].Value
		}
		return ""
	}
	x := Bucket(e.Key, p) * float64(total)
	acc := 0.0
	for _, a := range e.Arms {
		acc += float64(max(a.Weight, 0))
		if x < acc {
			return a.Value
		}
	}
	return e.Arms[len(e.Arms)-1].Value
}

// Has reports whether value is one of e's arms.
func (e Experiment) Has(value string) bool {
	for _, a := range e.Arms {
		if a.Value == value {
			return true
		}
	}
	return false
}

// Values is e's arm values in file order.
func (e Experiment) Values() []string {
	out := make([]string, len(e.Arms))
	for i, a := range e.Arms {
		out[i] = a.Value
	}
	return out
}

// Assignment maps an experiment key to the arm a persona is in.
type Assignment map[string]string

// Assign is persona p's arm in every experiment, with forced arms (from
// --variant) taking precedence.
func Assign(exps []Experiment, p PersonaID, forced map[string]string) Assignment {
	out := make(Assignment, len(exps))
	for _, e := range exps {
		if v, ok := forced[e.Key]; ok {
			out[e.Key] = v
			continue
		}
		if v := e.Pick(p); v != "" {
			out[e.Key] = v
		}
	}
	return out
}

// Keys is the assignment's experiment keys, sorted.
func (a Assignment) Keys() []string {
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// String is "key=arm" pairs sorted by key and separated by ";" (the CSV
// export's variants column).
func (a Assignment) String() string {
	parts := make([]string, 0, len(a))
	for _, k := range a.Keys() {
		parts = append(parts, k+"="+a[k])
	}
	return strings.Join(parts, ";")
}

// ParseVariants parses --variant specs ("key=value", repeatable) against
// the experiments, so an unknown key or arm is a one-line error.
func ParseVariants(specs []string, exps []Experiment) (map[string]string, error) {
	out := map[string]string{}
	for _, s := range specs {
		k, v, ok := strings.Cut(s, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" || v == "" {
			return nil, fmt.Errorf("--variant %q: want key=value, e.g. collect_guidance=off", s)
		}
		i := slices.IndexFunc(exps, func(e Experiment) bool { return e.Key == k })
		if i < 0 {
			keys := make([]string, len(exps))
			for j, e := range exps {
				keys[j] = e.Key
			}
			slices.Sort(keys)
			return nil, fmt.Errorf("--variant %q: unknown experiment %q (known: %s)", s, k, strings.Join(keys, ", "))
		}
		if !exps[i].Has(v) {
			return nil, fmt.Errorf("--variant %q: %s has no arm %q (arms: %s)", s, k, v, strings.Join(exps[i].Values(), ", "))
		}
		out[k] = v
	}
	return out, nil
}
