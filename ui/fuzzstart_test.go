package ui_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
	"unsafe"

	tea "charm.land/bubbletea/v2"

	"lifesim/model"
	"lifesim/store"
	"lifesim/ui"
	"lifesim/ui/screen"
	"lifesim/ui/uitest"
)

// The app's start (New, the first size, Init and every message its
// commands lead to) is the same in every execution of FuzzApp and used to
// be most of its cost: ranking the feed, decoding every post and the
// thumbnails. So each world and persona starts once per fuzz process,
// recorded; every execution builds a new root model with ui.New and gives
// it the recorded messages, in order, without running the commands that
// produced them: the model goes through exactly the Updates of a real
// start. The store the start leaves behind is kept as the executions'
// shared store (cowStore).
//
// The messages are deep-copied for each execution, so that no execution
// sees what another changed, and the screen owners in them are moved to
// the new model's: owners count up in the order screens are made, and a
// new model makes its screens in the same order.

// fuzzStart is one world and persona's recorded start.
type fuzzStart struct {
	persona  model.PersonaID
	snapshot string // the store file just after the start
	dir      string
	shared   *store.DB // a copy of it, shared by the executions
	seq      uint64    // its last event
	msgs     []tea.Msg
	owner    screen.Owner // the last owner made before the recorded model
}

// recordStart starts persona's app on a copy of the seeded store at seed.
func recordStart(tb testing.TB, seed, dir string, persona model.PersonaID) *fuzzStart {
	name := string(persona) + "-" + filepath.Base(seed)
	s := &fuzzStart{persona: persona, snapshot: filepath.Join(dir, "start-"+name), dir: filepath.Join(dir, name)}
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		tb.Fatal(err)
	}
	if err := copyFile(seed, s.snapshot); err != nil {
		tb.Fatal(err)
	}
	db := uitest.OpenAt(tb, s.snapshot)
	l, app, owner := s.newApp(db)
	s.owner = owner
	l.Record = func(m tea.Msg) { s.msgs = append(s.msgs, deepCopy(m, 0, 0)) }
	l.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	l.Run(app.Init())
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	s.shared = s.copyStore(tb, "shared.db")
	var err error
	if s.seq, err = lastSeq(s.shared); err != nil {
		tb.Fatal(err)
	}
	return s
}

// copyStore opens a new copy of the snapshot, named name.
func (s *fuzzStart) copyStore(tb testing.TB, name string) *store.DB {
	path := filepath.Join(s.dir, name)
	_ = os.Remove(path)
	if err := copyFile(s.snapshot, path); err != nil {
		tb.Fatal(err)
	}
	return uitest.OpenAt(tb, path)
}

// newApp builds a root model on st with a loop to run it; owner is the
// last one made before it.
func (s *fuzzStart) newApp(st store.Store) (l *uitest.Loop, app *ui.App, owner screen.Owner) {
	l = &uitest.Loop{Now: uitest.Now}
	opts := testOptions(st, s.persona, string(s.persona))
	opts.Ticker = l.Ticker.Tick
	opts.Clock = func() time.Time { return l.Now }
	owner = screen.NewOwner()
	app = ui.New(opts)
	l.Model = app
	return l, app, owner
}

// replay builds a new root model on st and gives it the recorded start.
func (s *fuzzStart) replay(st store.Store) *uitest.Loop {
	l, _, owner := s.newApp(st)
	delta := uint64(owner - s.owner)
	for _, m := range s.msgs {
		l.Deliver(deepCopy(m, uint64(s.owner), delta))
	}
	return l
}

// lastSeq is the seq of the store's last event (0 if none).
func lastSeq(st store.Store) (uint64, error) {
	var last uint64
	for {
		ev, err := st.Events(last, 1000)
		if err != nil || len(ev) == 0 {
			return last, err
		}
		last = ev[len(ev)-1].Seq
	}
}

// newCow is an execution's store on s's shared one.
func (s *fuzzStart) newCow(t *testing.T) *cowStore {
	return &cowStore{Store: s.shared, start: s, t: t}
}

// check fails if an execution wrote into the shared store: a write method
// is missing from cowStore.
func (s *fuzzStart) check(t *testing.T) {
	if ev, err := s.shared.Events(s.seq, 1); err != nil || len(ev) > 0 {
		t.Fatalf("an execution wrote into the shared fuzz store (%v, %v): a write method is missing from cowStore", ev, err)
	}
}

var (
	ownerType = reflect.TypeFor[screen.Owner]()
	timeType  = reflect.TypeFor[time.Time]()
)

// copier deep-copies values, moving owners above `above` by delta. Its
// memo of deep types is its own, not the package's: fuzz executions and
// tests run in parallel.
type copier struct {
	above, delta uint64
	deep         map[reflect.Type]bool
}

// deepCopy copies v's pointers, slices, maps and interfaces, unexported
// fields included, so that the copy shares nothing that can change.
func deepCopy(v any, above, delta uint64) any {
	if v == nil {
		return nil
	}
	src := writable(reflect.ValueOf(v))
	dst := reflect.New(src.Type()).Elem()
	copier{above, delta, map[reflect.Type]bool{}}.into(dst, src)
	return dst.Interface()
}

// writable is an addressable copy of v.
func writable(v reflect.Value) reflect.Value {
	w := reflect.New(v.Type()).Elem()
	w.Set(v)
	return w
}

// field is v's i-th field, settable even when unexported.
func field(v reflect.Value, i int) reflect.Value {
	f := v.Field(i)
	if !f.CanSet() {
		f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
	}
	return f
}

// into copies src into dst (both settable, of one type).
func (c copier) into(dst, src reflect.Value) {
	t := src.Type()
	if t == ownerType {
		if o := src.Uint(); o > c.above {
			dst.SetUint(o + c.delta)
			return
		}
	}
	if !c.isDeep(t) {
		dst.Set(src)
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if !src.IsNil() {
			p := reflect.New(t.Elem())
			c.into(p.Elem(), src.Elem())
			dst.Set(p)
		}
	case reflect.Interface:
		if !src.IsNil() {
			in := writable(src.Elem())
			out := reflect.New(in.Type()).Elem()
			c.into(out, in)
			dst.Set(out)
		}
	case reflect.Slice:
		if !src.IsNil() {
			s := reflect.MakeSlice(t, src.Len(), src.Len())
			for i := range src.Len() {
				c.into(s.Index(i), src.Index(i))
			}
			dst.Set(s)
		}
	case reflect.Array:
		for i := range src.Len() {
			c.into(dst.Index(i), src.Index(i))
		}
	case reflect.Map:
		if !src.IsNil() {
			m := reflect.MakeMapWithSize(t, src.Len())
			for it := src.MapRange(); it.Next(); {
				k, v := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
				c.into(k, writable(it.Key()))
				c.into(v, writable(it.Value()))
				m.SetMapIndex(k, v)
			}
			dst.Set(m)
		}
	case reflect.Struct:
		for i := range src.NumField() {
			c.into(field(dst, i), field(src, i))
		}
	default:
		dst.Set(src)
	}
}

// isDeep reports whether a value of type t holds memory that can change
// after it is copied with =, or an owner. Strings, funcs and times are
// shared as they are.
func (c copier) isDeep(t reflect.Type) bool {
	if d, ok := c.deep[t]; ok {
		return d
	}
	c.deep[t] = true // a recursive type is deep
	d := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		d = true
	case reflect.Array:
		d = c.isDeep(t.Elem())
	case reflect.Struct:
		if t == timeType {
			break
		}
		for i := range t.NumField() {
			d = d || c.isDeep(t.Field(i).Type)
		}
	}
	d = d || t == ownerType
	c.deep[t] = d
	return d
}

// TestFuzzReplayIsAStart checks the harness: a model given the recorded
// start, then keys, draws the same frames as one started for real.
//
// Not parallel: screen owners are one counter for the process, and the
// replay moves recorded owners by the offset of a model's first one,
// which holds only while no other test makes screens at the same time
// (parallel tests wait until the sequential ones are done; FuzzApp runs
// after every test).
func TestFuzzReplayIsAStart(t *testing.T) {
	r := newFuzzRun(t)
	walk := []string{"3", "down", "enter", "esc", "right", "2", "k", "f", "c", "esc", "5", "1", "down", "enter"}
	for w, seed := range seedFuzzStores(t, t.TempDir()) {
		for p := range 2 {
			start := r.starts[w][p]
			real := func() *uitest.Loop {
				path := filepath.Join(t.TempDir(), "real.db")
				if err := copyFile(seed, path); err != nil {
					t.Fatal(err)
				}
				l, app, _ := start.newApp(uitest.OpenAt(t, path))
				l.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
				l.Run(app.Init())
				return l
			}()
			st := start.newCow(t)
			replayed := start.replay(st)
			for i, k := range walk {
				real.Send(uitest.Key(k))
				replayed.Send(uitest.Key(k))
				if a, b := real.Model.View().Content, replayed.Model.View().Content; a != b {
					t.Fatalf("world %d persona %d after %q (key %d): the replayed start draws\n%s\nthe real one\n%s", w, p, k, i, b, a)
				}
			}
			st.close()
			start.check(t)
		}
	}
}
