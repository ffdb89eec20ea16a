package account

// Loading reports that the profile has not arrived yet; a failed load
// counts as loaded (the page shows the error). A later re-read after a
// follow does not count: the page already works.
func (m *Page) Loading() bool { return !m.loaded && m.err == nil }
