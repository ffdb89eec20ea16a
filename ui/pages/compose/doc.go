// Package compose is the page where the persona writes a post of its own
// (C-end users now publish): a title, a body, an optional topic and an
// optional topic group. Publishing commits the post through the store,
// which files it under the persona's creator account so that it appears in
// the Life feeds, on the persona's own page and on the group's page.
package compose
