// Package headless runs a Bubble Tea model with no terminal, in virtual
// time, so the same input gives the same frames on every run: what
// `lifesim demo --headless` records and its tests compare.
package headless
