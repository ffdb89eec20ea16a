package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"lifesim/model"
)

// A persona who has done nothing still has every list, empty, so that a
// script can range over it without a check.
func TestStateJSONListsAreNeverNull(t *testing.T) {
	var b bytes.Buffer
	if err := WriteStateJSON(&b, model.UserState{Persona: "newuser"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "null") {
		t.Errorf("null in %s", b.String())
	}
	var out map[string]any
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"favourites", "recents", "follows", "likes", "collected_posts", "comments",
		"forwards", "orders", "coupons", "groups", "own_posts", "follow_prompt_dismissals"} {
		if _, ok := out[key]; !ok {
			t.Errorf("no %q key", key)
		}
	}
}

// The stable names of the shapes, not the model's field names, are what
// a script reads.
func TestStateJSONUsesStableNames(t *testing.T) {
	at := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	st := model.UserState{
		Persona: "newuser",
		Recents: []model.Recent{{MiniProgramID: "kfc-ordering", At: at}},
		Orders: []model.Order{{ID: "o-1", MiniProgramID: "kfc-ordering", TotalCents: 2900, PaidAt: at,
			Lines: []model.OrderLine{{ServiceID: "crayfish-burger", Name: "Crayfish burger", Qty: 1, PriceCents: 2900}}}},
	}
	var b bytes.Buffer
	if err := WriteStateJSON(&b, st); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"mini_program": "kfc-ordering"`, `"total_cents": 2900`, `"service": "crayfish-burger"`, `"price_cents": 2900`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("state JSON lacks %s:\n%s", want, b.String())
		}
	}
}
