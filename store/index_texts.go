package store

import "lifesim/model"

// What each kind of search result is found by. The first text is the name
// or title; the rest is "text", ranked below it (see Search).

// miniProgramTexts are a mini program's name, category, description,
// keywords and its services' names and descriptions (the dishes and
// products a person searches for: "egg tarts" finds KFC).
func miniProgramTexts(m model.MiniProgram) []string {
	texts := make([]string, 0, 3+len(m.Keywords)+2*len(m.Services))
	texts = append(texts, m.Name, m.Category, m.Description)
	texts = append(texts, m.Keywords...)
	for _, s := range m.Services {
		texts = append(texts, s.Name, s.Description)
	}
	return texts
}

// postTexts are a post's title, text, tags, the labels of its components
// and the name of the account that published it (so that "New Hope" finds
// New Hope Dairy's posts).
func postTexts(p model.Post, account string) []string {
	texts := make([]string, 0, 3+len(p.Tags)+len(p.Components))
	texts = append(texts, p.Title, p.Body, account)
	texts = append(texts, p.Tags...)
	for _, c := range p.Components {
		texts = append(texts, c.Label)
	}
	return texts
}
