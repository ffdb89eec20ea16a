// Package collected is Collected posts: the posts the persona collected
// with s (in the Life feed, a group or a post's page), most recently
// collected first, each with its account and kind. enter opens the post;
// s uncollects it through the shared action (ui/actions), and the list
// drops it once the fresh state arrives.
package collected
