package collected

// Loading reports that the list has not arrived yet, so the root holds
// keys pressed meanwhile (↓ enter typed straight after opening the page)
// and applies them once it has. A failed load counts as loaded: the page
// shows the error.
func (m *List) Loading() bool { return !m.loaded }
