package store

import (
	"encoding/binary"
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"

	"lifesim/model"
)

// boltFunnels is the funnel fold's state (model.FunnelState) and figures
// (model.FunnelFigures) in the aggregate buckets, read and written in tx.
// appendEvent folds every event into it in the transaction that appends
// the event; the figures are read in any transaction.
type boltFunnels struct{ tx *bolt.Tx }

var (
	_ model.FunnelState   = boltFunnels{}
	_ model.FunnelFigures = boltFunnels{}
)

// foldEvent keeps the aggregates up to date with e, which was just
// appended. The time is folded as it will be read back from the log
// (without a monotonic clock reading), so that the aggregates are always
// the fold of the log as stored.
func foldEvent(tx *bolt.Tx, e model.Event) error {
	e.At = e.At.Round(0)
	return model.FoldEvent(boltFunnels{tx}, e)
}

// sessionRecord is a model.SessionProgress in agg_sessions (its key is the
// id); At holds the times of the steps reached only.
type sessionRecord struct {
	Persona   string            `json:"persona"`
	Variants  map[string]string `json:"variants,omitempty"`
	Start     time.Time         `json:"start"`
	At        []time.Time       `json:"at,omitempty"`
	Opened    []string          `json:"opened,omitempty"`
	Completed int               `json:"completed,omitempty"`
}

// unitRecord is a model.CollectUnit in agg_units (its key is the persona
// and mini program).
type unitRecord struct {
	Session   string            `json:"session"`
	Variants  map[string]string `json:"variants,omitempty"`
	At        time.Time         `json:"at"`
	Revisited bool              `json:"revisited,omitempty"`
	Gap       int64             `json:"gap_ns,omitempty"`
}

// tallyRecord is a model.GroupTally.
type tallyRecord struct {
	Sessions  int                      `json:"sessions"`
	Steps     [model.NumSteps][2]int64 `json:"steps"` // count, sum of ns
	Collected int                      `json:"collected"`
}

func (b boltFunnels) Session(id string) (model.SessionProgress, bool, error) {
	r, ok, err := getJSON[sessionRecord](b.tx.Bucket(bktAggSessions), []byte(id))
	if err != nil || !ok {
		return model.SessionProgress{}, false, err
	}
	s := model.SessionProgress{ID: id, Persona: model.PersonaID(r.Persona), Variants: r.Variants, Start: r.Start,
		Reached: len(r.At), Opened: r.Opened, Completed: r.Completed}
	if s.Reached > int(model.NumSteps) {
		return s, false, errors.New("session " + id + " reached more steps than there are")
	}
	copy(s.At[:], r.At)
	return s, true, nil
}

func (b boltFunnels) HasSession(id string) (bool, error) {
	return b.tx.Bucket(bktAggSessions).Get([]byte(id)) != nil, nil
}

func (b boltFunnels) PutSession(s model.SessionProgress) error {
	r := sessionRecord{Persona: string(s.Persona), Variants: s.Variants, Start: s.Start,
		At: s.At[:s.Reached], Opened: s.Opened, Completed: s.Completed}
	return putJSON(b.tx.Bucket(bktAggSessions), []byte(s.ID), r)
}

func (b boltFunnels) Waiting(p model.PersonaID, mp string) ([]string, error) {
	ids, _, err := getJSON[[]string](b.tx.Bucket(bktAggWaiting), pmKey(p, mp))
	return ids, err
}

func (b boltFunnels) PutWaiting(p model.PersonaID, mp string, sessions []string) error {
	if len(sessions) == 0 {
		return b.tx.Bucket(bktAggWaiting).Delete(pmKey(p, mp))
	}
	return putJSON(b.tx.Bucket(bktAggWaiting), pmKey(p, mp), sessions)
}

func (b boltFunnels) Unit(p model.PersonaID, mp string) (model.CollectUnit, bool, error) {
	r, ok, err := getJSON[unitRecord](b.tx.Bucket(bktAggUnits), pmKey(p, mp))
	if err != nil || !ok {
		return model.CollectUnit{}, false, err
	}
	return model.CollectUnit{Persona: p, MiniProgram: mp, Session: r.Session, Variants: r.Variants, At: r.At,
		Revisited: r.Revisited, Gap: time.Duration(r.Gap)}, true, nil
}

func (b boltFunnels) PutUnit(u model.CollectUnit) error {
	r := unitRecord{Session: u.Session, Variants: u.Variants, At: u.At, Revisited: u.Revisited, Gap: int64(u.Gap)}
	return putJSON(b.tx.Bucket(bktAggUnits), pmKey(u.Persona, u.MiniProgram), r)
}

// group is g's bucket in agg_groups, created (with its tally and series
// buckets) on first use; nil without create when g has none.
func (b boltFunnels) group(g model.GroupKey, create bool) (*bolt.Bucket, error) {
	groups := b.tx.Bucket(bktAggGroups)
	if gb := groups.Bucket(groupKey(g)); gb != nil || !create {
		return gb, nil
	}
	gb, err := groups.CreateBucket(groupKey(g))
	if err != nil {
		return nil, err
	}
	for _, name := range [][]byte{groupGaps, groupCoarse} {
		if _, err := gb.CreateBucket(name); err != nil {
			return nil, err
		}
	}
	return gb, nil
}

// addTally changes g's tally by fn.
func (b boltFunnels) addTally(g model.GroupKey, fn func(*tallyRecord)) (*bolt.Bucket, error) {
	gb, err := b.group(g, true)
	if err != nil {
		return nil, err
	}
	t, _, err := getJSON[tallyRecord](gb, groupTally)
	if err != nil {
		return nil, err
	}
	fn(&t)
	return gb, putJSON(gb, groupTally, t)
}

func (b boltFunnels) AddSession(g model.GroupKey) error {
	_, err := b.addTally(g, func(t *tallyRecord) { t.Sessions++ })
	return err
}

func (b boltFunnels) AddStep(g model.GroupKey, st model.Step, gap time.Duration) error {
	gb, err := b.addTally(g, func(t *tallyRecord) { t.Steps[st][0]++; t.Steps[st][1] += int64(gap) })
	if err != nil {
		return err
	}
	return addGap(gb, byte(st), gap)
}

func (b boltFunnels) AddCollect(g model.GroupKey) error {
	_, err := b.addTally(g, func(t *tallyRecord) { t.Collected++ })
	return err
}

func (b boltFunnels) AddRevisit(g model.GroupKey, gap time.Duration) error {
	gb, err := b.group(g, true)
	if err != nil {
		return err
	}
	return addGap(gb, revisitSeries, gap)
}

func (b boltFunnels) Arms() ([]model.GroupKey, error) {
	var out []model.GroupKey
	err := b.tx.Bucket(bktAggGroups).ForEach(func(k, _ []byte) error {
		g, err := parseGroupKey(k)
		if err == nil && g != model.GroupAll {
			out = append(out, g)
		}
		return err
	})
	return out, err
}

func (b boltFunnels) Tally(g model.GroupKey) (model.GroupTally, error) {
	gb, err := b.group(g, false)
	if err != nil || gb == nil {
		return model.GroupTally{}, err
	}
	r, _, err := getJSON[tallyRecord](gb, groupTally)
	t := model.GroupTally{Sessions: r.Sessions, Collected: r.Collected}
	for st, c := range r.Steps {
		t.Steps[st] = model.StepTally{Count: int(c[0]), Sum: time.Duration(c[1])}
	}
	return t, err
}

func (b boltFunnels) NthGap(g model.GroupKey, st model.Step, i int) (time.Duration, error) {
	gb, err := b.group(g, false)
	if err != nil || gb == nil {
		return 0, err
	}
	return nthGap(gb, byte(st), i)
}

func (b boltFunnels) RevisitedWithin(g model.GroupKey, limit time.Duration) (int, error) {
	gb, err := b.group(g, false)
	if err != nil || gb == nil || limit < 0 {
		return 0, err
	}
	return countAtMost(gb, revisitSeries, limit)
}

// pmKey is the key of a persona's mini program in agg_waiting and
// agg_units.
func pmKey(p model.PersonaID, mp string) []byte {
	k := binary.AppendUvarint(nil, uint64(len(p)))
	return append(append(k, p...), mp...)
}

// groupKey is g's key in agg_groups.
func groupKey(g model.GroupKey) []byte {
	if g == model.GroupAll {
		return []byte("a")
	}
	k := binary.AppendUvarint([]byte("v"), uint64(len(g.Experiment)))
	return append(append(k, g.Experiment...), g.Arm...)
}

// parseGroupKey reads a groupKey.
func parseGroupKey(k []byte) (model.GroupKey, error) {
	if string(k) == "a" {
		return model.GroupAll, nil
	}
	if len(k) > 0 && k[0] == 'v' {
		n, w := binary.Uvarint(k[1:])
		if w > 0 && uint64(len(k)-1-w) >= n {
			rest := k[1+w:]
			return model.GroupKey{Experiment: string(rest[:n]), Arm: string(rest[n:])}, nil
		}
	}
	return model.GroupKey{}, errors.New("aggregate group key " + keyName(k) + " is not one")
}
