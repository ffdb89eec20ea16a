// Package launch opens what a lifesim command runs on: it finds the store
// file (the data paths), makes sure the store holds the world (built in or
// from --fixtures), opens the store — creating and upgrading it as needed,
// or read-only for commands that only read — resolves the persona and the
// forced arms, and starts the simulated clock: at --now, else where the
// last run left off (model.ResumeClock).
//
// Start-up does only what the first frame needs. The world is known by its
// fingerprint (a hash of its bytes, or of a generated world's manifest), and
// is loaded, validated and seeded only when the store does not hold it yet;
// a Session carries what commands need of the world, read from the store,
// never the world itself.
//
// Its errors in the command line are cli.UsageErrors, so a command can
// return them as they are.
package launch
