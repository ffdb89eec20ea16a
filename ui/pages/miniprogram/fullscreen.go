package miniprogram

import "lifesim/model"

// FullScreen makes the page full-screen (screen.FullScreener): the root
// draws its nav line, with the name and the capsule, above it.
func (m *Page) FullScreen() model.MiniProgram {
	if m.ready() {
		return m.mp
	}
	return model.MiniProgram{ID: m.id}
}
