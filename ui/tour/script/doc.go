// Package script is the tour's language: plain text, one instruction per
// line, parsed and checked before anything runs. A bad line is reported
// as FILE:LINE: what is wrong. The built-in tour is itself a script,
// embedded here.
package script
