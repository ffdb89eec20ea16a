package order

import "lifesim/model"

// The order flow happens inside the mini program, so its pages are
// full-screen too (screen.FullScreener): the root keeps the mini
// program's nav line over them and the tab keys cannot throw an order
// away.

// FullScreen is the mini program the order is placed in.
func (c *Confirm) FullScreen() model.MiniProgram { return c.mp }

// FullScreen is the mini program the order was paid in.
func (s *Success) FullScreen() model.MiniProgram { return s.mp }
