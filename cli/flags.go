package cli

import (
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"lifesim/model"
)

// Every flag value is checked with these before a command opens or
// creates anything, so that a mistyped command line exits 2 with the store
// as it was (and sim does not simulate for a minute before refusing
// --format).

// ErrEmptyDB: --db "" (or --db=) names no file; lifesim does not fall
// back to the default path when one was asked for explicitly.
var ErrEmptyDB = Usage(errors.New("--db is empty: give the store's file path, e.g. --db ~/lifesim.db, or leave --db out for the default"))

// ParseNow reads --now: an RFC 3339 time within the simulated clock's
// range (model.ClockMin..ClockMax).
func ParseNow(now string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, now)
	if err != nil {
		return time.Time{}, Usagef("--now %q is not an RFC3339 time (e.g. 2026-01-08T09:30:00+08:00)", now)
	}
	if !model.InClockRange(t) {
		return time.Time{}, Usagef("--now %q is outside 2000-01-01 to 2100-12-31 (UTC), the simulated clock's range", now)
	}
	return t, nil
}

// ParseSince reads --since: RFC3339, or a date (midnight in the local
// zone); empty is no bound (the zero time).
func ParseSince(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, time.Local); err == nil {
		return t, nil
	}
	return time.Time{}, Usagef("--since %q: want an RFC3339 time (2026-01-08T09:30:00+08:00) or a date (2026-01-08)", s)
}

// ParseVariants is model.ParseVariants whose errors are usage errors.
func ParseVariants(specs []string, exps []model.Experiment) (map[string]string, error) {
	forced, err := model.ParseVariants(specs, exps)
	if err != nil {
		return nil, Usage(err)
	}
	return forced, nil
}

// UnknownPersona is the usage error for --persona naming nobody.
func UnknownPersona(id string) error {
	return Usagef("unknown persona %q (see `lifesim personas`)", id)
}

// CheckPersona refuses a --persona that is not one of the world's: every
// store is seeded with the world's personas (a sim store's synthetic ones
// are replaced when the app's world is seeded again), so no store can know
// it, and a typo should not leave a new store behind.
func CheckPersona(id string, w model.World) error {
	if slices.ContainsFunc(w.Personas, func(p model.Persona) bool { return string(p.ID) == id }) {
		return nil
	}
	return UnknownPersona(id)
}

// MaxDays bounds --days: ten years of simulated time is more than any
// retention window anyone asks for, and keeps days × 24 h far from
// overflowing a time.Duration.
const MaxDays = 3650

// CheckDays is the one rule for --days, shared by funnel and sim.
func CheckDays(days int) error {
	if days < 0 || days > MaxDays {
		return Usagef("--days %d: must be between 0 and %d", days, MaxDays)
	}
	return nil
}

// CheckFormat refuses a --format value outside allowed.
func CheckFormat(format string, allowed ...string) error {
	if slices.Contains(allowed, format) {
		return nil
	}
	return Usagef("--format %q: want %s", format, orList(allowed))
}

// JSONFormat resolves --json, an alias of --format json (or jsonl), so
// that every report command takes --json. Giving both with different
// formats is a contradiction, not a choice.
func JSONFormat(cmd *cobra.Command, asJSON bool, format *string, json string) error {
	if !asJSON {
		return nil
	}
	if cmd.Flags().Changed("format") && *format != json {
		return Usagef("--json and --format %q disagree: give one of them", *format)
	}
	*format = json
	return nil
}

// orList is "a, b or c".
func orList(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}
