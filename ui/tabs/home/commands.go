package home

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// channelsMsg carries the exposure slots with their mini programs.
type channelsMsg struct {
	owner    screen.Owner
	channels []channelEntry
	err      error
}

// channelEntry is one exposure slot and the mini programs it leads to.
type channelEntry struct {
	channel  model.Channel
	programs []model.MiniProgram
}

// loadChannels reads the exposure slots and each one's mini programs.
func loadChannels(st store.Store, o screen.Owner) tea.Cmd {
	return func() tea.Msg {
		chs, err := st.Channels()
		if err != nil {
			return channelsMsg{owner: o, err: err}
		}
		out := make([]channelEntry, 0, len(chs))
		for _, c := range chs {
			mps, err := st.MiniPrograms(c.MiniPrograms)
			if err != nil {
				return channelsMsg{owner: o, err: err}
			}
			out = append(out, channelEntry{channel: c, programs: mps})
		}
		return channelsMsg{owner: o, channels: out}
	}
}
