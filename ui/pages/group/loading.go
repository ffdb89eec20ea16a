package group

// Loading reports that the group has not arrived yet; a failed load
// counts as loaded (the page shows the error).
func (m *Page) Loading() bool { return !m.loaded && m.err == nil }
