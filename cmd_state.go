package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"lifesim/model"
)

func newStateCmd(o *options) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "state",
		Short: "Print the persona's state: favourites, recents, follows, likes, comments, orders, coupons",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := openSession(*o)
			if err != nil {
				return err
			}
			defer s.db.Close()
			st, err := s.db.State(s.persona.ID)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			return printState(cmd.OutOrStdout(), s, st)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// printState writes the state for a person to read, with names resolved.
func printState(w io.Writer, s *session, st model.UserState) error {
	name := func(id model.MiniProgramID) string {
		if mp, err := s.db.MiniProgram(id); err == nil {
			return model.CleanLine(mp.Name)
		}
		return string(id)
	}
	fmt.Fprintf(w, "persona      %s (%s)\n", s.persona.ID, model.CleanLine(s.persona.Name))
	fmt.Fprintf(w, "favourites   %d\n", len(st.Favourites))
	for _, id := range st.Favourites {
		fmt.Fprintf(w, "  ★ %s\n", name(id))
	}
	fmt.Fprintf(w, "recents      %d\n", len(st.Recents))
	for _, r := range st.Recents {
		fmt.Fprintf(w, "  · %s  (%s)\n", name(r.MiniProgramID), r.At.Format("2006-01-02 15:04"))
	}
	fmt.Fprintf(w, "follows      %d\n", len(st.Follows))
	for _, f := range st.Follows {
		n := string(f.AccountID)
		if a, err := s.db.Account(f.AccountID); err == nil {
			n = model.CleanLine(a.Name)
		}
		fmt.Fprintf(w, "  ✓ %s\n", n)
	}
	fmt.Fprintf(w, "likes        %d\ncollected    %d posts\ncomments     %d\nforwards     %d\n",
		len(st.Likes), len(st.CollectedPosts), len(st.Comments), len(st.Forwards))
	fmt.Fprintf(w, "orders       %d\n", len(st.Orders))
	for _, od := range st.Orders {
		fmt.Fprintf(w, "  %s  %s  %s\n", od.ID, name(od.MiniProgramID), model.FormatYuan(od.TotalCents))
	}
	fmt.Fprintf(w, "coupons      %d\n", len(st.Coupons))
	for _, c := range st.Coupons {
		status := "unused"
		if c.RedeemedIn != "" {
			status = "used in " + c.RedeemedIn
		}
		fmt.Fprintf(w, "  %s  %s\n", c.CouponID, status)
	}
	return nil
}
