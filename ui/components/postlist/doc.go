// Package postlist is the paged list of post cards that the Life feed, a
// Life Account page and a topic group page share. A List owns everything
// about the posts it shows except the selection:
//
//   - the posts loaded so far and the cursor of the next page, read with a
//     Query the screen passes in (Recommended, Following, an account's or a
//     group's posts…);
//   - the loading flag and stale-answer protection: every answer carries
//     the list's screen.Owner and a sequence number that Reset bumps, so a
//     page asked for before a reload is dropped;
//   - prefetch: MaybeMore asks for the next page when the screen's
//     selection nears the end, so scrolling never waits at the bottom;
//   - the accounts of the loaded posts and their thumbnails (cache.Thumbs),
//     for the cards;
//   - the persona's marks (liked, collected) and fresh counts: SetState
//     re-reads the loaded posts whose counters the persona changed, so a
//     like shows on the card with its new count.
//
// It is a Bubble Tea component: Update takes messages and returns
// commands, and every store read happens inside a tea.Cmd. The screen
// keeps the selection (its rows may hold more than posts) and draws the
// cards List.Card builds.
package postlist
