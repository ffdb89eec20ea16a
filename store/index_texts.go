package store

import "lifesim/model"

// searchTexts are what a search result is found by: its key texts (name
// or title, category, keywords, tags), which rank a match above one only
// in the rest (description, bio, post text, services); see Search.
type searchTexts struct{ key, rest []string }

// miniProgramTexts: a mini program's name, category and keywords, then its
// description and its services' names and descriptions (the dishes and
// products a person searches for: "egg tarts" finds KFC).
func miniProgramTexts(m model.MiniProgram) searchTexts {
	t := searchTexts{key: append([]string{m.Name, m.Category}, m.Keywords...)}
	t.rest = append(t.rest, m.Description)
	for _, s := range m.Services {
		t.rest = append(t.rest, s.Name, s.Description)
	}
	return t
}

// accountTexts: a life account's name and keywords, then its bio.
func accountTexts(a model.LifeAccount) searchTexts {
	return searchTexts{key: append([]string{a.Name}, a.Keywords...), rest: []string{a.Bio}}
}

// postTexts: a post's title, tags and the name of the account that
// published it (so that "New Hope" finds New Hope Dairy's posts), then its
// text and the labels of its components.
func postTexts(p model.Post, account string) searchTexts {
	t := searchTexts{key: append([]string{p.Title, account}, p.Tags...), rest: []string{p.Body}}
	for _, c := range p.Components {
		t.rest = append(t.rest, c.Label)
	}
	return t
}
