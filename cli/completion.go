package cli

import (
	"io"

	"github.com/spf13/cobra"
)

// addCompletionCmd adds cobra's `completion` command now rather than when
// root runs, so that markUsageErrors sees it, and makes a shell it has no
// script for a usage error: cobra alone would print the help and exit 0.
// The bash script gets bashFallback after it.
func addCompletionCmd(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Args = cobra.MaximumNArgs(1)
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			return Usagef("completion %q: lifesim has scripts for bash, zsh, fish and powershell (see lifesim completion --help)", args[0])
		}
		for _, shell := range c.Commands() {
			if shell.Name() == "bash" {
				appendToScript(shell, bashFallback)
			}
		}
	}
}

// appendToScript makes shell's command write text after its script.
func appendToScript(shell *cobra.Command, text string) {
	script := shell.RunE
	shell.RunE = func(cmd *cobra.Command, args []string) error {
		if err := script(cmd, args); err != nil {
			return err
		}
		_, err := io.WriteString(cmd.OutOrStdout(), text)
		return err
	}
}

// bashFallback replaces the bash script's __lifesim_init_completion, which
// calls _get_comp_words_by_ref from the bash-completion package and so
// fails with "command not found" on every tab where that package is not
// loaded (minimal systems, containers, macOS's bash). This one uses the
// package when it is there, and bash's own words otherwise; those split
// --flag=value at the "=", so there only --flag value completes its value.
const bashFallback = `
# lifesim: complete without the bash-completion package too.
__lifesim_init_completion()
{
    COMPREPLY=()
    if declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
        _get_comp_words_by_ref "$@" cur prev words cword
        return
    fi
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
}
`
