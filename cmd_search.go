package main

import (
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"lifesim/cli"
	"lifesim/launch"
	"lifesim/model"
	"lifesim/report"
)

func newSearchCmd(o *options) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Print what the Search tab finds for QUERY: mini programs, life accounts and content, grouped and ranked",
		Example: `  lifesim search "New Hope"
  lifesim search 小龙虾 --json`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			query, err := searchQuery(args)
			if err != nil {
				return err
			}
			s, err := launch.OpenForReading(o.launch())
			if err != nil {
				return err
			}
			defer s.DB.Close()
			rs, err := s.DB.Search(query, model.SearchPerKind)
			if err != nil {
				return err
			}
			if asJSON {
				return report.WriteSearchJSON(cmd.OutOrStdout(), query, rs)
			}
			return report.WriteSearch(cmd.OutOrStdout(), query, rs)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// searchQuery is the query the arguments spell (several words may come
// unquoted), checked before the store is opened: it must hold a letter or
// a digit and fit the Search tab's box.
func searchQuery(args []string) (string, error) {
	q := strings.TrimSpace(strings.Join(args, " "))
	switch {
	case model.Normalize(q) == "":
		return "", cli.Usagef(`search: the query is empty: give the words to look for, e.g. lifesim search "New Hope"`)
	case utf8.RuneCountInString(q) > model.MaxQueryRunes:
		return "", cli.Usagef("search: the query is %d characters; at most %d", utf8.RuneCountInString(q), model.MaxQueryRunes)
	}
	return q, nil
}
