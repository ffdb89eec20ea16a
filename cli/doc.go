// Package cli holds the rules every lifesim command shares on the command
// line, so that the commands in package main stay wiring:
//
//   - exit codes (0 ok, 1 the command failed, 2 the command line is wrong)
//     and Run, which maps a command's error to one; RunStyled, the same
//     through fang for the local command line (help and errors styled on
//     a terminal only, --version from the build's info, completion
//     scripts and a man page);
//   - UsageError, and the checks of flag values that return one before a
//     command opens or creates anything (--now, --since, --days, --format,
//     --json, --variant, --persona);
//   - printing errors as "lifesim: …" lines with terminal controls escaped;
//   - stdout that remembers its first failed write, so a report to a full
//     disk or a closed pipe exits 1;
//   - stop signals: quitting the app the way the user quits, and stopping
//     long work (sim, seeding) so its cleanup still runs;
//   - seeding's progress bar, drawn only on a terminal (SeedProgress).
//
// It knows nothing of the store or the UI.
package cli
