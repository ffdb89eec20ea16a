package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/muesli/mango"
	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// ManCmd is `lifesim man`: the man page, in roff, built from the command
// tree it is added to (every visible command and flag), written to the
// command's output like any report, so that a full disk exits 1.
func ManCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the man page (roff), for man(1)",
		Example: `  lifesim man > ~/.local/share/man/man1/lifesim.1 && man lifesim
  lifesim man | man -l -`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := manPage(cmd.Root())
			if err != nil {
				return err
			}
			_, err = io.WriteString(cmd.OutOrStdout(), page)
			return err
		},
	}
}

// manPage is root's man page: NAME, SYNOPSIS, DESCRIPTION (root's Long),
// OPTIONS, COMMANDS with theirs, EXAMPLES (root's Example) and EXIT
// STATUS.
func manPage(root *cobra.Command) (string, error) {
	page := mango.NewManPage(1, root.Name(), root.Short).
		WithLongDescription(roffText(unwrap(root.Long)))
	if err := mcobra.AddCommand(page, root); err != nil {
		return "", fmt.Errorf("man page: %w", err)
	}
	if root.Example != "" {
		page.WithSection("Examples", roffText(examples(root.Example)))
	}
	page.WithSection("Exit status", fmt.Sprintf(
		"%d: done.\n%d: the command failed (a locked or damaged store, bad fixtures, output not written).\n%d: the command line is wrong (an unknown command or flag, a stray argument, a bad value); nothing was opened or changed.",
		ExitOK, ExitError, ExitUsage))
	return page.Build(roff.NewDocument()), nil
}

// roffText is text for roff.Document.Text, which uses each line as a
// format string: a % would come out as %!v(MISSING). (Flags' help goes
// through mango-cobra untouched: the tests look for "%!" in the page.)
func roffText(s string) string { return strings.ReplaceAll(s, "%", "%%") }

// unwrap joins the lines of each paragraph of help text (wrapped for an
// 80-column terminal) into one line: the man page's renderer wraps text
// itself, and takes each line given to it for a paragraph of its own.
func unwrap(s string) string {
	paras := strings.Split(strings.TrimSpace(s), "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n")
}

// examples is help's Example block for the man page: one example a line,
// its leading indentation gone.
func examples(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, "\n")
}
