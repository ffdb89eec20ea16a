// Package messages is the Messages tab, a slot of the bottom bar in every
// experiment arm. It holds the persona's notices, as Alipay's Messages
// does:
//
//   - messages from followed life accounts: what their operators sent
//     followers from the merchant console (store.Inbox), newest first,
//     each with the account's name, when it was sent (simulated clock)
//     and its text wrapped to the phone; enter opens the account's page
//     (source "messages"). The inbox is read on Init, on every
//     screen.StateMsg and each time the tab comes back into view
//     (screen.Enterer), so a message sent meanwhile shows;
//   - order updates, under them: one notice per order paid (or booked)
//     in a mini program, newest first, read from the persona's state;
//     enter opens that order's mini program (source "messages").
//
// In the life_entry=messages arm (Alipay before the 2022 upgrade, no Life
// slot in the bar) a "Life accounts" entry comes first: the old secondary
// directory, which opens the Life feed as a page.
//
// The state arrives as screen.StateMsg (after actions.LoadState in Init,
// and after every action, a new order too), so the notices stay current;
// the mini programs' names are read through cache.Programs. A tap on a
// row opens it, as enter does (mouse.go).
package messages
