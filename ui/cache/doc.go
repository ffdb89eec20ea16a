// Package cache holds the per-screen caches of things that never change
// once read: post thumbnails (already shrunk) and mini program records. A
// screen owns its caches; it loads what is missing in a command and adds
// the answer tagged with its screen.Owner.
package cache
