package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"lifesim/model"
)

// Every flag value is checked here, before a command opens or creates
// anything, so that a mistyped command line exits 2 with the store as it
// was (and sim does not simulate for a minute before refusing --format).

// checkCommonFlags checks the flags every command shares. It runs as the
// root's PersistentPreRunE, so for every subcommand.
func checkCommonFlags(cmd *cobra.Command, o *options) error {
	if cmd.Flags().Changed("db") && o.db == "" {
		return usageError{errEmptyDB}
	}
	if o.now != "" {
		if _, err := parseNow(o.now); err != nil {
			return err
		}
	}
	// Experiments and personas come from the world, so a bad --variant or
	// --persona can only be told from a good one once it is loaded (a few
	// ms).
	persona := cmd.Flags().Changed("persona") && cmd.Annotations[anyPersona] == ""
	if len(o.variants) == 0 && !persona {
		return nil
	}
	w, _, err := loadWorld(*o)
	if err != nil {
		return err
	}
	if _, err := parseVariants(o.variants, w.Experiments); err != nil {
		return err
	}
	if persona {
		return checkPersona(*o, w)
	}
	return nil
}

// anyPersona annotates a command whose --persona is not one to act as but
// any id to look for (events filters the log by it).
const anyPersona = "any-persona"

// errEmptyDB: --db "" (or --db=) names no file; lifesim does not fall
// back to the default path when one was asked for explicitly.
var errEmptyDB = errors.New("--db is empty: give the store's file path, e.g. --db ~/lifesim.db, or leave --db out for the default")

// parseVariants is model.ParseVariants whose errors are usage errors.
func parseVariants(specs []string, exps []model.Experiment) (map[string]string, error) {
	forced, err := model.ParseVariants(specs, exps)
	if err != nil {
		return nil, usageError{err}
	}
	return forced, nil
}

// unknownPersona is the usage error for --persona naming nobody.
func unknownPersona(id string) error {
	return usageError{fmt.Errorf("unknown persona %q (see `lifesim personas`)", id)}
}

// checkPersona refuses a --persona that is not one of the world's: every
// store is seeded with the world's personas (a sim store's synthetic ones
// are replaced when the app's world is seeded again), so no store can know
// it, and a typo should not leave a new store behind.
func checkPersona(o options, w model.World) error {
	if slices.ContainsFunc(w.Personas, func(p model.Persona) bool { return string(p.ID) == o.persona }) {
		return nil
	}
	return unknownPersona(o.persona)
}

// maxDays bounds --days: ten years of simulated time is more than any
// retention window anyone asks for, and keeps days × 24 h far from
// overflowing a time.Duration.
const maxDays = 3650

// checkDays is the one rule for --days, shared by funnel and sim.
func checkDays(days int) error {
	if days < 0 || days > maxDays {
		return usageError{fmt.Errorf("--days %d: must be between 0 and %d", days, maxDays)}
	}
	return nil
}

// checkFormat refuses a --format value outside allowed (the first one is
// the default).
func checkFormat(format string, allowed ...string) error {
	if slices.Contains(allowed, format) {
		return nil
	}
	return usageError{fmt.Errorf("--format %q: want %s", format, orList(allowed))}
}

// jsonFormat resolves --json, an alias of --format json (or jsonl), so
// that every report command takes --json. Giving both with different
// formats is a contradiction, not a choice.
func jsonFormat(cmd *cobra.Command, asJSON bool, format *string, json string) error {
	if !asJSON {
		return nil
	}
	if cmd.Flags().Changed("format") && *format != json {
		return usageError{fmt.Errorf("--json and --format %q disagree: give one of them", *format)}
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
