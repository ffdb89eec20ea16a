package store

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// stateCheck replays each persona's event log and compares it with the
// persona's state. Every action writes its state change and its event in
// one transaction, so they can only disagree if the file was changed
// behind lifesim's back.
//
// The seed state is the baseline: a persona's bucket starts with the
// favourites and follows its fixture record gives (those that exist in the
// world), with no events. For each id that events name, the last of them
// decides (collect or uncollect, follow or unfollow…); an id no event
// names must be as seeded. Claims, orders, comments, forwards and own
// posts are only ever added, so each must match its event one for one.
type stateCheck struct {
	d        *DB
	personas int
	events   int
	problems []Problem
}

func (c *stateCheck) run() {
	byPersona := map[model.PersonaID][]model.Event{}
	c.events = eachLogPage(c.d, func(evs []model.Event) {
		for _, e := range evs {
			byPersona[e.Persona] = append(byPersona[e.Persona], e)
		}
	})
	personas, err := c.d.Personas()
	if err != nil {
		return
	}
	exists := c.worldIDs()
	for _, p := range personas {
		st, err := c.d.State(p.ID)
		if err != nil {
			continue
		}
		c.personas++
		if !c.hasState(p.ID) {
			p.Favourites, p.Follows = nil, nil // its seed state is applied on its first action
		}
		c.compare(p, st, byPersona[p.ID], exists)
	}
	c.operators(byPersona)
}

// hasState reports whether the persona's state bucket exists.
func (c *stateCheck) hasState(p model.PersonaID) bool {
	found := false
	_ = c.d.view(func(tx *bolt.Tx) error {
		found = tx.Bucket(bktUsers).Bucket([]byte(p)) != nil
		return nil
	})
	return found
}

// worldIDs reports whether an id is a mini program or an account.
func (c *stateCheck) worldIDs() func(bucket []byte, id string) bool {
	return func(bucket []byte, id string) bool {
		found := false
		_ = c.d.view(func(tx *bolt.Tx) error {
			found = tx.Bucket(bucket).Get([]byte(id)) != nil
			return nil
		})
		return found
	}
}

func (c *stateCheck) compare(p model.Persona, st model.UserState, evs []model.Event, exists func([]byte, string) bool) {
	var seedFavs, seedFollows []string
	for _, id := range p.Favourites {
		if exists(bktMiniPrograms, string(id)) {
			seedFavs = append(seedFavs, string(id))
		}
	}
	for _, id := range p.Follows {
		if exists(bktAccounts, string(id)) {
			seedFollows = append(seedFollows, string(id))
		}
	}
	c.toggles(p.ID, "favourites", ids(st.Favourites), seedFavs, evs, model.EventCollect, model.EventUncollect)
	follows := make([]string, len(st.Follows))
	for i, f := range st.Follows {
		follows[i] = string(f.AccountID)
	}
	c.toggles(p.ID, "follows", follows, seedFollows, evs, model.EventFollow, model.EventUnfollow)
	c.toggles(p.ID, "likes", ids(st.Likes), nil, evs, model.EventLike, model.EventUnlike)
	c.toggles(p.ID, "collected posts", ids(st.CollectedPosts), nil, evs, model.EventCollectPost, model.EventUncollectPost)
	groups := make([]string, len(st.Groups))
	for i, g := range st.Groups {
		groups[i] = string(g.GroupID)
	}
	c.toggles(p.ID, "groups", groups, nil, evs, model.EventGroupJoin, model.EventGroupLeave)
	c.additions(p.ID, st, evs)
}

func ids[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

// toggles compares a set of ids with the seed and the on/off events.
func (c *stateCheck) toggles(p model.PersonaID, what string, have, seed []string, evs []model.Event, on, off model.EventKind) {
	want := map[string]bool{}
	for _, id := range seed {
		want[id] = true
	}
	for _, e := range evs {
		switch e.Kind {
		case on:
			want[e.Target] = true
		case off:
			delete(want, e.Target)
		}
	}
	got := map[string]bool{}
	for _, id := range have {
		got[id] = true
	}
	c.sets(p, what, got, want)
}

// sets reports the ids in one of got (the state) and want (the log) only.
func (c *stateCheck) sets(p model.PersonaID, what string, got, want map[string]bool) {
	var extra, missing []string
	for id := range got {
		if !want[id] {
			extra = append(extra, id)
		}
	}
	for id := range want {
		if !got[id] {
			missing = append(missing, id)
		}
	}
	if len(extra)+len(missing) == 0 {
		return
	}
	var d []string
	if len(extra) > 0 {
		d = append(d, "in the state but not the log: "+someIDs(extra))
	}
	if len(missing) > 0 {
		d = append(d, "in the log but not the state: "+someIDs(missing))
	}
	c.problems = append(c.problems, Problem{Area: "state",
		Summary: fmt.Sprintf("persona %s's %s disagree with the event log", keyName([]byte(p)), what),
		Detail:  strings.Join(d, "; ")})
}

// additions compares what is only ever added: claims (and which order
// redeemed each), orders, comments, forwards and own posts.
func (c *stateCheck) additions(p model.PersonaID, st model.UserState, evs []model.Event) {
	logged := map[model.EventKind]map[string]bool{}
	count := map[model.EventKind]int{}
	for _, e := range evs {
		key := e.Target
		switch e.Kind {
		case model.EventOrder:
			key = e.Detail // the order id
		case model.EventCouponRedeem:
			key = e.Target + " in " + e.Detail
		}
		if logged[e.Kind] == nil {
			logged[e.Kind] = map[string]bool{}
		}
		logged[e.Kind][key] = true
		count[e.Kind]++
	}
	has := func(keys ...string) map[string]bool {
		m := map[string]bool{}
		for _, k := range keys {
			m[k] = true
		}
		return m
	}
	var claims, redeems, orders, posts, comments []string
	for _, cc := range st.Coupons {
		claims = append(claims, string(cc.CouponID))
		if cc.RedeemedIn != "" {
			redeems = append(redeems, string(cc.CouponID)+" in "+cc.RedeemedIn)
		}
	}
	for _, o := range st.Orders {
		orders = append(orders, o.ID)
	}
	for _, post := range st.OwnPosts {
		posts = append(posts, string(post.ID))
	}
	for _, cm := range st.Comments {
		comments = append(comments, string(cm.PostID))
	}
	c.sets(p, "claimed coupons", has(claims...), orEmpty(logged[model.EventCouponClaim]))
	c.sets(p, "redeemed coupons", has(redeems...), orEmpty(logged[model.EventCouponRedeem]))
	c.sets(p, "orders", has(orders...), orEmpty(logged[model.EventOrder]))
	c.sets(p, "own posts", has(posts...), orEmpty(logged[model.EventPublishPost]))
	c.sets(p, "commented posts", has(comments...), orEmpty(logged[model.EventComment]))
	for _, n := range []struct {
		what string
		have int
		kind model.EventKind
	}{
		{"claimed coupons", len(st.Coupons), model.EventCouponClaim},
		{"orders", len(st.Orders), model.EventOrder},
		{"comments", len(st.Comments), model.EventComment},
		{"forwards", len(st.Forwards), model.EventForward},
	} {
		if n.have != count[n.kind] {
			c.problems = append(c.problems, Problem{Area: "state",
				Summary: fmt.Sprintf("persona %s's %s disagree with the event log", keyName([]byte(p)), n.what),
				Detail:  fmt.Sprintf("%d in the state, %d %s events", n.have, count[n.kind], n.kind)})
		}
	}
}

// someIDs lists up to ten ids, sorted and quoted if they are not plain.
func someIDs(ids []string) string {
	slices.Sort(ids)
	var out []string
	for i, id := range ids {
		if i == 10 {
			out = append(out, fmt.Sprintf("and %d more", len(ids)-i))
			break
		}
		out = append(out, keyName([]byte(id)))
	}
	return strings.Join(out, ", ")
}

func orEmpty(m map[string]bool) map[string]bool {
	if m == nil {
		return map[string]bool{}
	}
	return maps.Clone(m)
}
