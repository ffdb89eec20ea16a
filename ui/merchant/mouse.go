package merchant

import "lifesim/ui/hit"

// Regions is where the console's last View can be clicked, in its own
// cells (hit.Clickable): the host places them at the terminal's top-left.
func (c *Console) Regions() *hit.Regions { return &c.hits }
