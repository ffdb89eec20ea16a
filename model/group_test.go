package model

import (
	"slices"
	"testing"
	"time"
)

func TestPostGroups(t *testing.T) {
	groups := []Group{
		{ID: "shanghai-foodies", Name: "Shanghai Foodies"},
		{ID: "kfc-crayfish-fans", Name: "KFC Crayfish Fans"},
	}
	idx := GroupIndex(groups)
	comp := func(id GroupID) Component { return Component{Kind: ComponentGroup, GroupID: id} }
	for _, tc := range []struct {
		name string
		post Post
		want []GroupID
	}{
		{"nothing", Post{Tags: []string{"Coffee"}}, nil},
		{"component", Post{Components: []Component{comp("kfc-crayfish-fans")}}, []GroupID{"kfc-crayfish-fans"}},
		{"tag by name, any case", Post{Tags: []string{"shanghai FOODIES"}}, []GroupID{"shanghai-foodies"}},
		{"tag by id", Post{Tags: []string{"kfc-crayfish-fans"}}, []GroupID{"kfc-crayfish-fans"}},
		{"full-width tag", Post{Tags: []string{"Ｓｈａｎｇｈａｉ Ｆｏｏｄｉｅｓ"}}, []GroupID{"shanghai-foodies"}},
		{"component and tag once", Post{Components: []Component{comp("shanghai-foodies")}, Tags: []string{"Shanghai Foodies"}},
			[]GroupID{"shanghai-foodies"}},
		{"both, component first", Post{Components: []Component{comp("kfc-crayfish-fans")}, Tags: []string{"Shanghai Foodies"}},
			[]GroupID{"kfc-crayfish-fans", "shanghai-foodies"}},
		{"service component is not a group", Post{Components: []Component{{Kind: ComponentService, GroupID: "x"}}}, nil},
		{"unknown component group still listed", Post{Components: []Component{comp("gone")}}, []GroupID{"gone"}},
		{"a tag that only contains a name", Post{Tags: []string{"Shanghai Foodies week"}}, nil},
	} {
		if got := PostGroups(tc.post, idx); !slices.Equal(got, tc.want) {
			t.Errorf("%s: PostGroups = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestToggleMembership(t *testing.T) {
	t0 := time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)
	a := GroupMembership{GroupID: "a", JoinedAt: t0}
	for _, tc := range []struct {
		name   string
		list   []GroupMembership
		id     GroupID
		want   []GroupID
		member bool
		delta  int64
	}{
		{"join the first", nil, "a", []GroupID{"a"}, true, 1},
		{"join another", []GroupMembership{a}, "b", []GroupID{"a", "b"}, true, 1},
		{"leave", []GroupMembership{a, {GroupID: "b"}}, "a", []GroupID{"b"}, false, -1},
		{"leave the last", []GroupMembership{a}, "a", []GroupID{}, false, -1},
	} {
		in := slices.Clone(tc.list)
		got, member, delta := ToggleMembership(tc.list, tc.id, t0)
		ids := []GroupID{}
		for _, m := range got {
			ids = append(ids, m.GroupID)
		}
		if !slices.Equal(ids, tc.want) || member != tc.member || delta != tc.delta {
			t.Errorf("%s: got %v %v %d, want %v %v %d", tc.name, ids, member, delta, tc.want, tc.member, tc.delta)
		}
		if !slices.Equal(in, tc.list) {
			t.Errorf("%s: input modified", tc.name)
		}
		if member && (!JoinedGroup(got, tc.id) || !got[len(got)-1].JoinedAt.Equal(t0)) {
			t.Errorf("%s: membership not recorded with its time: %+v", tc.name, got)
		}
		if !member && JoinedGroup(got, tc.id) {
			t.Errorf("%s: still a member", tc.name)
		}
	}
}
