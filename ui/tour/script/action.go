package script

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Limits on the times a script gives.
const (
	MaxWait     = 60 * time.Second // one `wait`: a pause longer than this is a stalled tour
	MaxClockDay = 30               // `clock +Nd`: a month at most
	maxClock    = MaxClockDay * 24 * time.Hour
)

// action reads a step's line: key, type, wait, expect or clock.
func action(ins, args string) (Action, error) {
	switch ins {
	case "key":
		f := strings.Fields(args)
		switch {
		case len(f) == 0:
			return Action{}, fmt.Errorf("key needs a key name, e.g. key enter")
		case len(f) > 1:
			return Action{}, fmt.Errorf("key takes one key name, got %d: one key per line", len(f))
		}
		k, err := ParseKey(f[0])
		return Action{Kind: Key, Key: k}, err
	case "type":
		text, err := typed(args)
		return Action{Kind: Type, Text: text}, err
	case "wait":
		d, err := wait(args)
		return Action{Kind: Wait, By: d}, err
	case "expect":
		text, err := quoted("expect", args)
		if err == nil {
			err = checkText("expect", text)
		}
		return Action{Kind: Expect, Text: text}, err
	default:
		d, err := clock(args)
		return Action{Kind: Clock, By: d}, err
	}
}

// typed reads a `type` line's text: the rest of the line as it is, or a
// quoted string when spaces at its ends matter.
func typed(args string) (string, error) {
	if args == "" {
		return "", fmt.Errorf("type needs the text to type, e.g. type New Hope")
	}
	text := args
	if strings.HasPrefix(args, `"`) {
		var err error
		if text, err = quoted("type", args); err != nil {
			return "", err
		}
	}
	return text, checkText("type text", text)
}

func wait(args string) (time.Duration, error) {
	arg, err := oneArg("wait", args, "wait 800ms")
	if err != nil {
		return 0, err
	}
	d, err := time.ParseDuration(arg)
	switch {
	case err != nil:
		return 0, fmt.Errorf("wait %s: not a duration (e.g. 800ms, 2s)", clip(arg))
	case d <= 0:
		return 0, fmt.Errorf("wait %s: must be more than 0", arg)
	case d > MaxWait:
		return 0, fmt.Errorf("wait %s: at most %s", arg, MaxWait)
	}
	return d, nil
}

// clock reads `clock +Nd` (days) or `clock +DURATION` (a Go duration):
// the simulated clock only moves forward.
func clock(args string) (time.Duration, error) {
	arg, err := oneArg("clock", args, "clock +1d")
	if err != nil {
		return 0, err
	}
	rest, ok := strings.CutPrefix(arg, "+")
	if !ok {
		return 0, fmt.Errorf("clock %s: the clock only moves forward, e.g. clock +1d", clip(arg))
	}
	if days, ok := strings.CutSuffix(rest, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || strconv.Itoa(n) != days || n < 1 || n > MaxClockDay {
			return 0, fmt.Errorf("clock %s: days go from +1d to +%dd", clip(arg), MaxClockDay)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(rest)
	switch {
	case err != nil:
		return 0, fmt.Errorf("clock %s: want +Nd (days) or a duration such as +90m or +2h", clip(arg))
	case d <= 0:
		return 0, fmt.Errorf("clock %s: must move the clock forward", arg)
	case d > maxClock:
		return 0, fmt.Errorf("clock %s: at most +%dd", arg, MaxClockDay)
	}
	return d, nil
}
