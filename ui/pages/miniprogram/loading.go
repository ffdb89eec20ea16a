package miniprogram

// Loading reports that the page's open-and-load command has not answered
// yet; a failed load counts as loaded (the page shows the error).
func (m *Page) Loading() bool { return !m.loaded }
