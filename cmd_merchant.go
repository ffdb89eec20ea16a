package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"lifesim/cli"
	"lifesim/model"
	"lifesim/report"
	"lifesim/store"
)

// maxMerchantDays bounds merchant --days: a simulated year (a leap one)
// of day-by-day figures.
const maxMerchantDays = 366

func newMerchantCmd(o *options) *cobra.Command { return merchantCmd(o, localStore()) }

// merchantCmd is `merchant` on the store src opens: the local file, or a
// room's (cmd_room.go), with the same output.
func merchantCmd(o *options, src source) *cobra.Command {
	var days int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "merchant [ACCOUNT]",
		Short: "Print a life account's private domain as its merchant sees it, or list the accounts that have one",
		Long: `Print what the merchant console shows for a life account, read from the event
log with the same definitions: followers gained and lost and collects of its
mini programs, each credited to the public place they came through (search,
the Life feed, its account page, the follow pop-up, a payment-success page),
revisits from the Home grid and My Mini Programs, orders and revenue, coupons
issued, claimed and redeemed, the private-domain funnel per persona (public
touch → open → collect/follow → revisit → repeat order) by experiment arm,
and each of its posts' reach.

The day-by-day figures cover --days simulated days ending today (the
simulated clock: --now, or just after the last recorded event); the rest
is over the whole log. Without ACCOUNT, the life accounts that have a
merchant are listed, with their followers.`,
		Example: `  lifesim merchant
  lifesim merchant new-hope-dairy
  lifesim merchant new-hope-dairy --json --days 30`,
		Args: merchantArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			// every flag is checked before the store is opened
			if days < 1 || days > maxMerchantDays {
				return cli.Usagef("--days %d: must be between 1 and %d", days, maxMerchantDays)
			}
			s, err := src.open(o.launch())
			if err != nil {
				return err
			}
			defer src.close(s)
			if len(args) == 0 {
				return listOperators(cmd.OutOrStdout(), s.DB, asJSON)
			}
			// the clock to the second: --now is the report's now as given
			r, err := report.MerchantReport(s.DB, model.AccountID(args[0]), s.Clock().Truncate(time.Second), days)
			if err != nil {
				return merchantError(args[0], err)
			}
			if asJSON {
				return report.WriteMerchantJSON(cmd.OutOrStdout(), r)
			}
			return report.WriteMerchant(cmd.OutOrStdout(), r)
		},
	}
	cmd.Flags().IntVar(&days, "days", 7, fmt.Sprintf("simulated days of day-by-day figures, ending today (1 to %d)", maxMerchantDays))
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (its shape is in the README)")
	return cmd
}

// merchantArgs takes at most one account, which cannot be blank.
func merchantArgs(_ *cobra.Command, args []string) error {
	switch {
	case len(args) > 1:
		return fmt.Errorf("merchant takes one life account; %q is one too many", args[1])
	case len(args) == 1 && strings.TrimSpace(args[0]) == "":
		return errors.New("merchant: the account is empty: give a life account's id, e.g. lifesim merchant new-hope-dairy")
	}
	return nil
}

// merchantError is a report's error as the command line says it: an
// account that does not exist or has no merchant is a mistake on the
// command line (exit 2), anything else a failure.
func merchantError(account string, err error) error {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return cli.Usagef("unknown life account %q (see lifesim merchant for the list)", account)
	case errors.Is(err, report.ErrNoMerchant):
		return cli.Usagef("life account %q has no merchant, so no private domain to report (see lifesim merchant for the accounts that have one)", account)
	}
	return err
}

// jsonOperator is one line of `merchant --json` without an account.
type jsonOperator struct {
	Account   string `json:"account"`
	Name      string `json:"name"`
	Kind      string `json:"kind"`
	Followers int64  `json:"followers"`
}

// listOperators prints the accounts that have a merchant: id, name and
// followers in lifesim (the world's and the personas'), one a line, or
// as a JSON array.
func listOperators(w io.Writer, db store.Merchants, asJSON bool) error {
	ops, err := db.Operators()
	if err != nil {
		return err
	}
	if asJSON {
		out := make([]jsonOperator, 0, len(ops))
		for _, a := range ops {
			out = append(out, jsonOperator{Account: string(a.ID), Name: a.Name, Kind: string(a.Kind), Followers: a.Fans})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	// padded by display width, not tabwriter's runes: a name may be
	// Chinese
	ids, names := make([]string, len(ops)), make([]string, len(ops))
	var idW, nameW, fansW int
	for i, a := range ops {
		ids[i], names[i] = model.CleanLine(string(a.ID)), model.CleanLine(a.Name)
		idW, nameW = max(idW, lipgloss.Width(ids[i])), max(nameW, lipgloss.Width(names[i]))
		fansW = max(fansW, len(strconv.FormatInt(a.Fans, 10)))
	}
	var b strings.Builder
	for i, a := range ops {
		fmt.Fprintf(&b, "%s  %s  %*d followers\n", padRight(ids[i], idW), padRight(names[i], nameW), fansW, a.Fans)
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// padRight pads s with spaces to width display columns.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-lipgloss.Width(s)))
}
