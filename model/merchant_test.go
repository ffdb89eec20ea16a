package model

import "testing"

func TestOriginOf(t *testing.T) {
	tests := []struct {
		src  Source
		want Origin
	}{
		{SourceSearch, OriginSearch},
		{SourceFeed, OriginFeed},
		{SourcePost, OriginFeed},
		{SourcePostComponent, OriginFeed},
		{SourceGroup, OriginFeed},
		{SourceAccountProfile, OriginAccount},
		{SourceFollowPrompt, OriginFollowPrompt},
		{SourcePaySuccess, OriginPaySuccess},
		{SourceHomeGrid, OriginOther},
		{SourceMyMiniPrograms, OriginOther},
		{SourceHome, OriginOther},
		{SourceCardPack, OriginOther},
		{SourceMessages, OriginOther},
		{"", OriginUnknown},
		{SourceUnknown, OriginUnknown},
		{"somewhere_new", OriginUnknown},
	}
	for _, tt := range tests {
		if got := OriginOf(tt.src); got != tt.want {
			t.Errorf("OriginOf(%q) = %q; want %q", tt.src, got, tt.want)
		}
	}
}

func TestMerchantAccount(t *testing.T) {
	tests := []struct {
		p    PersonaID
		acc  AccountID
		isOp bool
	}{
		{MerchantPersona("new-hope-dairy"), "new-hope-dairy", true},
		{"newuser", "newuser", false},
		{"@", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		acc, ok := tt.p.MerchantAccount()
		if ok != tt.isOp || (ok && acc != tt.acc) {
			t.Errorf("%q.MerchantAccount() = %q, %v; want %q, %v", tt.p, acc, ok, tt.acc, tt.isOp)
		}
	}
}

// An operator's events never make a session of the chain funnel, even
// when they look like a walk of the chain.
func TestFunnelSkipsOperators(t *testing.T) {
	op := MerchantPersona("kfc")
	es := log(
		ev(op, "op1", "on", 0, EventAppStart, "", ""),
		ev(op, "op1", "on", 10*sec(1), EventSearch, "", ""),
		ev(op, "op1", "on", 20*sec(1), EventOpenMiniProgram, "mp1", SourceSearch),
		ev(op, "op1", "on", 30*sec(1), EventCollect, "mp1", ""),
		ev("A", "s1", "on", 0, EventSearch, "", ""),
	)
	a := NewAnalysis()
	a.Add(es...)
	f := a.Funnel()
	if f.Sessions != 1 || f.Steps[StepSearch].Count != 1 || f.Steps[StepOpen].Count != 0 {
		t.Errorf("funnel %+v; want only A's session, searching", f)
	}
	if got := a.SessionFunnel("op1"); got.Sessions != 0 {
		t.Errorf("operator's session funnel %+v; want none", got)
	}
	if r := a.Retention(7); r.Collected != 0 {
		t.Errorf("retention %+v; want no operator collect", r)
	}
	if g := a.Groups(7); len(g) != 2 || g[0].Funnel.Sessions != 1 {
		t.Errorf("groups %+v; want all and one arm, of one session", g)
	}
}
