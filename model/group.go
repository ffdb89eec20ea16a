package model

import "time"

// GroupMembership is a persona's membership of a topic group.
type GroupMembership struct {
	GroupID  GroupID   `json:"group"`
	JoinedAt time.Time `json:"joined_at"`
}

// GroupIndex maps the normalised name and id of each group to its id, so
// that a post's tags can be matched to groups without comparing every pair.
func GroupIndex(groups []Group) map[string]GroupID {
	idx := make(map[string]GroupID, 2*len(groups))
	for _, g := range groups {
		if n := Normalize(g.Name); n != "" {
			idx[n] = g.ID
		}
		if n := Normalize(string(g.ID)); n != "" {
			idx[n] = g.ID
		}
	}
	return idx
}

// PostGroups lists the groups a post belongs to, each once, in the order
// they are first linked: a group component links its group, and a tag
// links the group whose name or id it is (compared as search compares,
// case- and width-insensitive, so "#shanghai foodies" finds "Shanghai
// Foodies"). idx is a GroupIndex; a component's group is listed even if idx
// does not know it (the page then shows it as missing).
func PostGroups(p Post, idx map[string]GroupID) []GroupID {
	var out []GroupID
	seen := map[GroupID]bool{}
	add := func(id GroupID) {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, c := range p.Components {
		if c.Kind == ComponentGroup {
			add(c.GroupID)
		}
	}
	for _, t := range p.Tags {
		add(idx[Normalize(t)])
	}
	return out
}

// JoinedGroup reports whether the memberships include group id.
func JoinedGroup(list []GroupMembership, id GroupID) bool {
	for _, m := range list {
		if m.GroupID == id {
			return true
		}
	}
	return false
}

// ToggleMembership joins group id at time at if the persona is not a
// member, or leaves it if it is, returning the new list, whether the persona
// is now a member, and the change to the group's member count (+1 or -1).
// The input is not modified.
func ToggleMembership(list []GroupMembership, id GroupID, at time.Time) ([]GroupMembership, bool, int64) {
	out := make([]GroupMembership, 0, len(list)+1)
	for _, m := range list {
		if m.GroupID != id {
			out = append(out, m)
		}
	}
	if len(out) < len(list) {
		return out, false, -1
	}
	return append(out, GroupMembership{GroupID: id, JoinedAt: at}), true, 1
}
