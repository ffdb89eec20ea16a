package model

import (
	"slices"
	"time"
)

// memFunnels is the FunnelState and FunnelFigures of Analysis: every
// session, waiting list and retention unit in maps, each group's gaps in
// slices sorted when a median is asked for.
type memFunnels struct {
	sessions map[string]SessionProgress
	waiting  map[personaMP][]string
	units    map[personaMP]CollectUnit
	tallies  map[GroupKey]*memTally
}

type personaMP struct {
	persona PersonaID
	mp      string
}

type memTally struct {
	GroupTally
	gaps     [NumSteps][]time.Duration
	sorted   [NumSteps]bool
	revisits []time.Duration
}

func newMemFunnels() *memFunnels {
	return &memFunnels{
		sessions: map[string]SessionProgress{},
		waiting:  map[personaMP][]string{},
		units:    map[personaMP]CollectUnit{},
		tallies:  map[GroupKey]*memTally{},
	}
}

func (m *memFunnels) Session(id string) (SessionProgress, bool, error) {
	s, ok := m.sessions[id]
	return s, ok, nil
}

func (m *memFunnels) HasSession(id string) (bool, error) {
	_, ok := m.sessions[id]
	return ok, nil
}

func (m *memFunnels) PutSession(s SessionProgress) error {
	m.sessions[s.ID] = s
	return nil
}

func (m *memFunnels) Waiting(p PersonaID, mp string) ([]string, error) {
	return m.waiting[personaMP{p, mp}], nil
}

func (m *memFunnels) PutWaiting(p PersonaID, mp string, sessions []string) error {
	m.waiting[personaMP{p, mp}] = sessions
	return nil
}

func (m *memFunnels) Unit(p PersonaID, mp string) (CollectUnit, bool, error) {
	u, ok := m.units[personaMP{p, mp}]
	return u, ok, nil
}

func (m *memFunnels) PutUnit(u CollectUnit) error {
	m.units[personaMP{u.Persona, u.MiniProgram}] = u
	return nil
}

// tally is g's tally, created on first use.
func (m *memFunnels) tally(g GroupKey) *memTally {
	t := m.tallies[g]
	if t == nil {
		t = &memTally{}
		m.tallies[g] = t
	}
	return t
}

func (m *memFunnels) AddSession(g GroupKey) error {
	m.tally(g).Sessions++
	return nil
}

func (m *memFunnels) AddStep(g GroupKey, st Step, gap time.Duration) error {
	t := m.tally(g)
	t.Steps[st].Count++
	t.Steps[st].Sum += gap
	t.gaps[st], t.sorted[st] = append(t.gaps[st], gap), false
	return nil
}

func (m *memFunnels) AddCollect(g GroupKey) error {
	m.tally(g).Collected++
	return nil
}

func (m *memFunnels) AddRevisit(g GroupKey, gap time.Duration) error {
	t := m.tally(g)
	t.revisits = append(t.revisits, gap)
	return nil
}

func (m *memFunnels) Arms() ([]GroupKey, error) {
	out := make([]GroupKey, 0, len(m.tallies))
	for g := range m.tallies {
		if g != GroupAll {
			out = append(out, g)
		}
	}
	return out, nil
}

func (m *memFunnels) Tally(g GroupKey) (GroupTally, error) {
	if t := m.tallies[g]; t != nil {
		return t.GroupTally, nil
	}
	return GroupTally{}, nil
}

func (m *memFunnels) NthGap(g GroupKey, st Step, i int) (time.Duration, error) {
	t := m.tallies[g]
	if t == nil || i < 0 || i >= len(t.gaps[st]) {
		return 0, nil
	}
	if !t.sorted[st] {
		slices.Sort(t.gaps[st])
		t.sorted[st] = true
	}
	return t.gaps[st][i], nil
}

func (m *memFunnels) RevisitedWithin(g GroupKey, limit time.Duration) (int, error) {
	n := 0
	if t := m.tallies[g]; t != nil {
		for _, gap := range t.revisits {
			if gap <= limit {
				n++
			}
		}
	}
	return n, nil
}
