package cache

import (
	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/ui/screen"
)

// ProgramsLoadedMsg carries mini program records read for one screen.
type ProgramsLoadedMsg struct {
	Owner    screen.Owner
	Programs []model.MiniProgram
	Err      error
}

// Programs caches the mini program records a screen draws (Home's grid,
// My Mini Programs). Catalogue records never change, so an answer can be
// merged whatever its age. The zero value is ready.
type Programs struct {
	byID map[model.MiniProgramID]model.MiniProgram
}

// Get is the record of id, if it has been read.
func (p *Programs) Get(id model.MiniProgramID) (model.MiniProgram, bool) {
	mp, ok := p.byID[id]
	return mp, ok
}

// Load reads, in a command, the records of ids not cached yet (each once);
// nil when there is nothing to read.
func (p *Programs) Load(env screen.Env, owner screen.Owner, ids []model.MiniProgramID) tea.Cmd {
	var missing []model.MiniProgramID
	seen := map[model.MiniProgramID]bool{}
	for _, id := range ids {
		if _, ok := p.byID[id]; !ok && !seen[id] {
			seen[id] = true
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	st := env.Store
	return func() tea.Msg {
		mps, err := st.MiniPrograms(missing)
		return ProgramsLoadedMsg{Owner: owner, Programs: mps, Err: err}
	}
}

// Add keeps the records that arrived; a read error becomes a notice.
func (p *Programs) Add(msg ProgramsLoadedMsg) tea.Cmd {
	if p.byID == nil {
		p.byID = map[model.MiniProgramID]model.MiniProgram{}
	}
	for _, mp := range msg.Programs {
		p.byID[mp.ID] = mp
	}
	if msg.Err != nil {
		return screen.Send(screen.StatusMsg{Err: msg.Err})
	}
	return nil
}
