package messages_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/nav"
	"lifesim/ui/screen"
	"lifesim/ui/tabs/messages"
	"lifesim/ui/uitest"
)

// inboxStore is a store whose inbox the test fills: what the merchant
// console's SendMessage would have delivered to newuser.
type inboxStore struct {
	store.Store
	mu    sync.Mutex
	inbox []model.MerchantMessage // newest first
}

func (s *inboxStore) Inbox(p model.PersonaID) ([]model.MerchantMessage, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]model.MerchantMessage(nil), s.inbox...), nil
}

// send puts a message at the top of the inbox, sent ago before the test
// clock.
func (s *inboxStore) send(id string, acc model.AccountID, text string, ago time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := model.MerchantMessage{ID: id, Account: acc, Text: text, SentAt: uitest.Now.Add(-ago), Reached: 1}
	s.inbox = append([]model.MerchantMessage{m}, s.inbox...)
}

func openInbox(t *testing.T, arms model.Assignment, w, h int) (*inboxStore, *uitest.Screen) {
	t.Helper()
	st := &inboxStore{Store: uitest.OpenStore(t)}
	st.send("m1", "kfc", "Crayfish burgers are back this week: ¥5 off with the coupon in our window.", 26*time.Hour)
	st.send("m2", "new-hope-dairy", "Fresh milk delivered every morning — members save 10%.", 2*time.Hour)
	env := uitest.Env(st, "newuser")
	env.Variants = arms
	return st, uitest.NewScreen(t, messages.New(env), w, h)
}

// The followed accounts' messages show newest first, each with the
// account's name, when it was sent and its whole text wrapped to the
// phone; enter opens the account's page, from Messages.
func TestMessagesFromFollowedAccounts(t *testing.T) {
	t.Parallel()
	_, d := openInbox(t, defaultArm, 46, 20)
	v := uitest.Plain(d)
	for _, want := range []string{"From accounts you follow", "› 📣 New Hope Dairy", "2h", "Fresh milk delivered every morning", "KFC", "1d", "Crayfish burgers are back this week", "with the coupon in our window."} {
		if !strings.Contains(v, want) {
			t.Fatalf("view lacks %q:\n%s", want, v)
		}
	}
	if !before(v, "New Hope Dairy", "KFC") || !before(v, "KFC", "Order updates") {
		t.Fatalf("want the newest message first, above the order updates:\n%s", v)
	}
	if strings.Contains(v, "you follow land here") {
		t.Fatalf("the empty state shows beside messages:\n%s", v)
	}
	uitest.ExactSize(t, "messages", d.View(), 46, 20)
	if h := d.S.ShortHelp(); len(h) != 3 || h[2].Help().Desc != "open account" {
		t.Fatalf("help on a message: %v", h)
	}
	d.Keys("enter")
	want := nav.OpenAccountMsg{ID: "new-hope-dairy", Source: model.SourceMessages}
	if got, ok := d.Last().(nav.OpenAccountMsg); !ok || got != want {
		t.Fatalf("enter emitted %#v; want %#v", d.Last(), want)
	}
	d.Keys("down", "enter")
	if got, ok := d.Last().(nav.OpenAccountMsg); !ok || got.ID != "kfc" {
		t.Fatalf("down, enter emitted %#v; want KFC's page", d.Last())
	}
}

// A message sent while the tab is out of view shows when the tab comes
// back (Enter) and after a state change; the selection stays on the
// message it was on.
func TestMessagesReloadWhenShownAgain(t *testing.T) {
	t.Parallel()
	st, d := openInbox(t, messagesArm, 46, 24)
	d.Keys("down") // from Life accounts to the newest message
	st.send("m3", "kfc", "Tonight only: a free drink with any bucket.", time.Minute)
	if v := uitest.Plain(d); strings.Contains(v, "Tonight only") {
		t.Fatalf("the tab read the inbox without being shown:\n%s", v)
	}
	d.Send(uitest.Results(t, d.S.(screen.Enterer).Enter())...)
	v := uitest.Plain(d)
	if !before(v, "Tonight only", "Fresh milk") || !strings.Contains(v, "› 📣 New Hope Dairy") {
		t.Fatalf("after coming back: want the new message on top and the selection kept:\n%s", v)
	}
	st.send("m4", "kfc", "Last call for egg tarts.", 0)
	d.Send(screen.StateMsg{State: uitest.State(t, st, "newuser")})
	uitest.MustContain(t, d, "Last call for egg tarts.")
}

// A message's text is the operator's, shown as text: control sequences
// are removed and it stays inside the phone.
func TestMessageTextIsSafe(t *testing.T) {
	t.Parallel()
	st, d := openInbox(t, defaultArm, 38, 12)
	st.send("m3", "kfc", "\x1b]52;c;aGk=\x07Hi\x1b[2J there\nsecond line", 0)
	d.Send(screen.StateMsg{State: uitest.State(t, st, "newuser")})
	uitest.ExactSize(t, "messages", d.View(), 38, 12)
	if p := uitest.UnsafeControls(d.View()); len(p) > 0 {
		t.Fatalf("unsafe controls: %v", p)
	}
	uitest.MustContain(t, d, "Hi there")
}
