// Package search is the Search tab: a text input whose results update as
// you type, grouped as Mini Programs, Life Accounts and Content, from which
// the persona opens a result, collects a mini program or follows an
// account. When the query is empty it offers popular searches.
//
// Each keystroke issues a search command tagged with an increasing sequence
// number; an answer older than the one on screen is dropped, so a slow
// search can never overwrite a newer one. A tap on the box focuses it; a
// tap on a result or a popular search opens or runs it (mouse.go).
package search
