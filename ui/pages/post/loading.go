package post

// Loading reports that the post has not arrived yet; a failed load counts
// as loaded (the page shows the error). The re-reads after every action
// do not count: the page already works.
func (m *Page) Loading() bool { return !m.loaded && m.err == nil }
