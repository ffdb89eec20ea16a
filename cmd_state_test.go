package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"lifesim/model"
	"lifesim/store"
)

// runInProcess runs the root command with args and returns its stdout.
func runInProcess(t *testing.T, args ...string) string {
	t.Helper()
	root := newRootCmd()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		t.Fatalf("lifesim %v: %v\n%s", args, err, out.String())
	}
	return out.String()
}

// TestStateShowsLifeChannel: what the persona did in the Life channel
// (claimed coupons, comments, groups, orders, own posts) is in `lifesim
// state --json` and the human output, read back from the file.
func TestStateShowsLifeChannel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lifesim.db")
	runInProcess(t, "--db", path, "state") // creates and seeds the store
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := model.Actor{Persona: "newuser", Session: "t", At: model.DefaultSettings().Epoch}
	steps := []func() error{
		func() error { _, err := db.ClaimCoupon(a, "kfc-crayfish-10off", model.SourcePost); return err },
		func() error { _, _, err := db.AddComment(a, "post-kfc-crayfish", "Crispy!"); return err },
		func() error { _, _, err := db.ToggleGroup(a, "kfc-crayfish-fans"); return err },
		func() error {
			o := model.Order{MiniProgramID: "kfc-ordering", Lines: []model.OrderLine{{ServiceID: "crayfish-burger", Qty: 1}}}
			_, err := db.PlaceOrder(a, o, "kfc-crayfish-10off")
			return err
		},
		func() error {
			_, err := db.PublishPost(a, model.Draft{Title: "My crayfish verdict", Body: "Worth it."})
			return err
		},
		func() error { return db.AnswerFollowPrompt(a, "luckin-coffee", "luckin-coffee", false) },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	var st model.UserState
	if err := json.Unmarshal([]byte(runInProcess(t, "--db", path, "state", "--json")), &st); err != nil {
		t.Fatal(err)
	}
	if len(st.Coupons) != 1 || st.Coupons[0].RedeemedIn == "" || len(st.Comments) != 1 || len(st.Groups) != 1 ||
		len(st.Orders) != 1 || st.Orders[0].DiscountCents != 1000 || len(st.OwnPosts) != 1 ||
		st.OwnPosts[0].Title != "My crayfish verdict" || st.FollowPromptDismissals["luckin-coffee"] != 1 {
		t.Fatalf("state --json = %+v", st)
	}
	human := runInProcess(t, "--db", path, "state")
	for _, want := range []string{
		"coupons      1", "kfc-crayfish-10off  used in o-", "Spend ¥39 get ¥10 off",
		"comments     1", "💬 New Year's Crayfish Series: Crispy!",
		"groups       1", "👥 KFC Crayfish Fans",
		"own posts    1", "My crayfish verdict",
		"follow pop-ups closed", "luckin-coffee  1×",
	} {
		if !strings.Contains(human, want) {
			t.Errorf("state lacks %q:\n%s", want, human)
		}
	}
}
