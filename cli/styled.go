package cli

import (
	"context"
	"io"

	"charm.land/fang/v2"
	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"
)

// RunStyled is Run with Charm's manners, for the local command line: fang
// on cobra, as gum, soft-serve and crush do. It adds to root
//
//   - help styled on a terminal (fang's), plain on a pipe or a file;
//   - --version (and -v): the build's version and commit (Version);
//   - `completion bash|zsh|fish|powershell`, cobra's scripts;
//   - `man`, a man page built from the command tree (ManCmd).
//
// Exit codes and error lines are Run's: every error line starts
// "lifesim:", which fang's error handler draws bold in fang's error
// colour when stderr is a terminal. On anything else nothing is styled:
// fang's writers (colorprofile) drop every escape sequence there.
func RunStyled(root *cobra.Command, args []string, stdout, stderr io.Writer) int {
	out := setUp(root, args, stdout, stderr)
	root.AddCommand(ManCmd())
	addCompletionCmd(root) // after setUp: cobra writes its scripts where root's output was then
	markUsageErrors(root)
	printed := false
	onError := func(w io.Writer, styles fang.Styles, err error) {
		if _, report := outcome(err, out); report != nil {
			printError(w, report, errorStyle(styles).Render(errorPrefix))
		}
		printed = true
	}
	ctx := root.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	err := fang.Execute(ctx, root,
		fang.WithVersion(Version()),
		fang.WithoutManpage(), // ManCmd instead: fang's writes to os.Stdout, past a failed-write check and the tests
		fang.WithErrorHandler(onError))
	code, report := outcome(err, out)
	if report != nil && !printed {
		// The run succeeded but its output was not all written (help or
		// a completion script to a full disk): fang has not seen an error.
		PrintError(stderr, report)
	}
	return code
}

// errorStyle is the "lifesim:" of an error line on a terminal: bold, in
// the colour of fang's ERROR badge. It has no padding or margin, so the
// line still starts "lifesim:" once a non-terminal's writer strips the
// colour.
func errorStyle(s fang.Styles) lipgloss.Style {
	return lipgloss.NewStyle().Bold(true).Foreground(s.ErrorHeader.GetBackground())
}
