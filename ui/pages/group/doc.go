// Package group is the topic group page: the group's name, topic and
// members, its join/leave button, and its posts (those linking the group by
// a group component or a tag naming it), newest first, which can be liked
// and collected right on their cards as in the Life feed.
//
// Posts and accounts open as pages through navigation messages; the page
// itself is pushed by whoever links the group (a post's group component, a
// Life Account page's groups).
package group
