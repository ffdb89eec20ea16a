// Package launch opens what a lifesim command runs on: it finds the store
// file (the data paths), loads and checks the world (built in or from
// --fixtures), opens the store — creating, upgrading and seeding it as
// needed, or read-only for commands that only read — resolves the persona,
// and starts the simulated clock: at --now, else where the last run left
// off (model.ResumeClock).
//
// Its errors in the command line are cli.UsageErrors, so a command can
// return them as they are.
package launch
