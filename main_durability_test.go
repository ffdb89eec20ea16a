package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"lifesim/launch"
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// The durability test runs the real app loop (runApp: the store, the root
// model, every screen, Bubble Tea's input decoder) in a child process fed
// with keystrokes on a pipe. Each time the screen is about to show an action
// as done, the child writes an acknowledgement: the state the screen shows
// and the last event sequence number in the store at that moment. The parent
// SIGKILLs the child at a random point, reopens the store and checks that
// every acknowledged action is there and that state and event log agree
// (nothing half-written), then starts the next child on the same file.

const (
	// durabilityKills is the number of SIGKILLs in a normal test run. Under
	// -race each child is several times slower, so that run (which CI makes
	// in addition to the normal one) kills fewer times and instead checks
	// the real loop for data races.
	durabilityKills     = 50
	durabilityKillsRace = 12
	// durabilitySeedEnv replays another run: LIFESIM_DURABILITY_SEED=n.
	durabilitySeedEnv = "LIFESIM_DURABILITY_SEED"
	durabilityDBEnv   = "LIFESIM_DURABILITY_DB"
)

// ack is one acknowledged action, as the child reports it.
type ack struct {
	Seq   uint64          `json:"seq"` // last event in the store when acknowledged
	State model.UserState `json:"state"`
}

// durabilityChild runs the app headless on $LIFESIM_DURABILITY_DB, keys
// from stdin, acknowledgements to stdout. It returns the exit code.
func durabilityChild() int {
	out := json.NewEncoder(os.Stdout) // unbuffered: each ack is one write(2)
	o := options{db: os.Getenv(durabilityDBEnv), persona: string(model.DefaultPersona)}
	err := runApp(context.Background(), o, func(s *launch.Session) []tea.ProgramOption {
		acknowledge := func(_ tea.Model, msg tea.Msg) tea.Msg {
			// The filter sees the message before the root shows it.
			if a, ok := msg.(screen.ActionMsg); ok && a.Err == nil && a.State != nil {
				evs, err := s.DB.LatestEvents(1)
				if err != nil {
					fmt.Fprintln(os.Stderr, "ack:", err)
					os.Exit(3)
				}
				var seq uint64
				if len(evs) > 0 {
					seq = evs[0].Seq
				}
				_ = out.Encode(ack{Seq: seq, State: *a.State})
			}
			return msg
		}
		return []tea.ProgramOption{
			tea.WithInput(os.Stdin), tea.WithOutput(io.Discard),
			tea.WithWindowSize(100, 30), tea.WithColorProfile(colorprofile.ASCII),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
			tea.WithoutSignalHandler(), tea.WithFilter(acknowledge),
		}
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// Keys as a terminal sends them.
const (
	keyDown  = "\x1b[B"
	keyUp    = "\x1b[A"
	keyClear = "\x15" // ctrl+u
)

// typist writes a never-ending walk through Search: focus the input, clear
// it, type a brand, go down into the results, then collect, follow and move
// about. Every s and f on a result is an action that commits. Keys pressed
// before the results arrive do nothing, so no pause depends on how fast the
// child is (a -race child is several times slower).
func typist(ctx context.Context, w io.Writer, rng *rand.Rand) {
	queries := []string{"kfc", "new hope", "luckin", "ctrip", "muji", "burger"}
	send := func(s string) bool {
		if _, err := io.WriteString(w, s); err != nil {
			return false
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(time.Duration(2+rng.IntN(4)) * time.Millisecond):
			return true
		}
	}
	for {
		q := queries[rng.IntN(len(queries))]
		// ↑ on the first result goes back into the input, where later
		// keys type: clear it (ctrl+u deletes before the cursor, which
		// focusing puts at the end).
		if !send("/" + keyClear + q + keyDown) {
			return
		}
		for range 15 + rng.IntN(15) {
			if !send([]string{"s", "s", "f", keyDown, keyUp}[rng.IntN(5)]) {
				return
			}
		}
	}
}

func TestDurabilityUnderKill9(t *testing.T) {
	seed := uint64(20260108)
	if s := os.Getenv(durabilitySeedEnv); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		seed = n
	}
	t.Logf("seed %d (replay with %s=%d)", seed, durabilitySeedEnv, seed)
	kills := durabilityKills
	if raceBuild {
		kills = durabilityKillsRace
	}
	// Two lanes of children run side by side, each on its own files: the
	// parent mostly waits, so this halves the time on two cores.
	for lane := range 2 {
		t.Run(fmt.Sprintf("lane%d", lane), func(t *testing.T) {
			t.Parallel()
			killLane(t, seed, uint64(lane), kills/2)
		})
	}
}

// killLane kills children on its own store files kills times.
func killLane(t *testing.T, seed, lane uint64, kills int) {
	rng := rand.New(rand.NewPCG(seed, 1+lane))
	dir := t.TempDir()
	var path string
	total, files := 0, 0
	lastSeq := map[string]uint64{} // per file: the log's end before the run
	for kill := range kills {
		// Every tenth kill starts on a new file, so some land while the
		// store is being created and seeded.
		if kill%10 == 0 {
			files++
			path = filepath.Join(dir, fmt.Sprintf("lifesim-%d.db", files))
		}
		acks := killOnce(t, path, rng)
		total += len(acks)
		lastSeq[path] = checkAfterKill(t, path, acks, lastSeq[path], kill)
		if t.Failed() {
			t.Fatalf("kill %d (seed %d) lost or tore data", kill, seed)
		}
	}
	t.Logf("%d kills, %d acknowledged actions checked", kills, total)
	// Guard against a walk that silently stopped doing anything.
	if total < kills {
		t.Fatalf("only %d acknowledged actions in %d runs: the key walk no longer drives the app", total, kills)
	}
}

// killOnce runs one child on path and SIGKILLs it at a random point: after
// a random number of acknowledgements plus a random delay, or (one run in
// four) after a random delay from start, which can fall in start-up.
func killOnce(t *testing.T, path string, rng *rand.Rand) []ack {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), childEnv+"=durability", durabilityDBEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ctx, stopTyping := context.WithCancel(context.Background())
	typed := make(chan struct{})
	keys := rand.New(rand.NewPCG(rng.Uint64(), 2))
	go func() {
		defer close(typed)
		typist(ctx, stdin, keys)
	}()

	acks := make(chan ack, 1024) // closed when the child's stdout ends
	read := make(chan error, 1)
	go func() {
		defer close(acks)
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var a ack
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				read <- fmt.Errorf("bad ack %q: %w", sc.Text(), err)
				return
			}
			acks <- a
		}
		read <- sc.Err()
	}()

	var got []ack
	timeout := time.After(5 * time.Second)
	if rng.IntN(4) == 0 {
		time.Sleep(time.Duration(rng.IntN(120)) * time.Millisecond)
	} else {
		want := 1 + rng.IntN(5)
	wait:
		for len(got) < want {
			select {
			case a, ok := <-acks:
				if !ok {
					break wait // the child died by itself
				}
				got = append(got, a)
			case <-timeout:
				break wait
			}
		}
		time.Sleep(time.Duration(rng.IntN(8)) * time.Millisecond)
	}
	_ = cmd.Process.Kill() // SIGKILL
	stopTyping()
	for a := range acks {
		got = append(got, a)
	}
	if err := <-read; err != nil {
		t.Error(err)
	}
	_ = cmd.Wait()
	<-typed
	if s := stderr.String(); strings.Contains(s, "DATA RACE") {
		t.Errorf("the app has a data race:\n%s", s)
	} else if s != "" {
		t.Logf("child stderr: %s", s)
	}
	return got
}

// nonActions are event kinds recorded without a user action to show.
var nonActions = []model.EventKind{model.EventAppStart, model.EventAppStop, model.EventTab, model.EventSearch}

// checkAfterKill reopens the store and checks it against the
// acknowledgements of the run just killed, whose events are those after
// seq before. It returns where the log ends now.
func checkAfterKill(t *testing.T, path string, acks []ack, before uint64, kill int) uint64 {
	t.Helper()
	if _, err := os.Stat(path); os.IsNotExist(err) {
		if len(acks) > 0 {
			t.Errorf("kill %d: store file missing after %d acknowledged actions", kill, len(acks))
		}
		return 0 // killed before the file was created
	}
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Errorf("kill %d: reopening: %v", kill, err)
		return 0
	}
	defer db.Close()
	var events []model.Event
	for after := uint64(0); ; {
		page, err := db.Events(after, 500)
		if err != nil {
			t.Errorf("kill %d: events: %v", kill, err)
			return 0
		}
		if len(page) == 0 {
			break
		}
		events = append(events, page...)
		after = page[len(page)-1].Seq
	}
	for i, e := range events {
		if e.Seq != uint64(i+1) {
			t.Errorf("kill %d: event %d has seq %d: the log has a gap", kill, i+1, e.Seq)
			return 0
		}
	}
	last := uint64(len(events))
	if len(acks) == 0 && len(events) == 0 {
		return last // killed before the world was seeded or anything was done
	}
	// Every acknowledged action of this run has its event in the log.
	done := 0
	for _, e := range events[min(before, last):] {
		if !slices.Contains(nonActions, e.Kind) {
			done++
		}
	}
	if done < len(acks) {
		t.Errorf("kill %d: the screen acknowledged %d actions but the log holds %d: acknowledged actions were lost", kill, len(acks), done)
	}
	p, err := db.Persona(model.DefaultPersona)
	if err != nil {
		t.Errorf("kill %d: persona: %v", kill, err)
		return last
	}
	// Replay the log: the state after each event.
	favs, follows := slices.Clone(p.Favourites), slices.Clone(p.Follows)
	type snap struct {
		seq     uint64
		favs    []model.MiniProgramID
		follows []model.AccountID
	}
	snaps := []snap{{0, slices.Clone(favs), slices.Clone(follows)}}
	for _, e := range events {
		if e.Persona != model.DefaultPersona {
			continue
		}
		switch e.Kind {
		case model.EventCollect:
			favs = append(slices.DeleteFunc(favs, func(id model.MiniProgramID) bool { return string(id) == e.Target }), model.MiniProgramID(e.Target))
		case model.EventUncollect:
			favs = slices.DeleteFunc(favs, func(id model.MiniProgramID) bool { return string(id) == e.Target })
		case model.EventFollow:
			follows = append(slices.DeleteFunc(follows, func(id model.AccountID) bool { return string(id) == e.Target }), model.AccountID(e.Target))
		case model.EventUnfollow:
			follows = slices.DeleteFunc(follows, func(id model.AccountID) bool { return string(id) == e.Target })
		default:
			continue
		}
		snaps = append(snaps, snap{e.Seq, slices.Clone(favs), slices.Clone(follows)})
	}
	followIDs := func(fs []model.Follow) []model.AccountID {
		out := []model.AccountID{}
		for _, f := range fs {
			out = append(out, f.AccountID)
		}
		return out
	}
	same := func(s snap, st model.UserState) bool {
		return slices.Equal(s.favs, st.Favourites) && slices.Equal(s.follows, followIDs(st.Follows))
	}
	for i, a := range acks {
		if a.Seq > last {
			t.Errorf("kill %d: ack %d saw event %d, but the log ends at %d: an acknowledged action was lost", kill, i, a.Seq, last)
			continue
		}
		// The acknowledged state must be one the durable log passed
		// through, no later than the ack.
		found := false
		for _, s := range snaps {
			if s.seq <= a.Seq && same(s, a.State) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("kill %d: ack %d showed favourites %v, follows %v, a state the store's log never had",
				kill, i, a.State.Favourites, followIDs(a.State.Follows))
		}
	}
	st, err := db.State(model.DefaultPersona)
	if err != nil {
		t.Errorf("kill %d: state: %v", kill, err)
		return last
	}
	if !same(snaps[len(snaps)-1], st) {
		t.Errorf("kill %d: state (favourites %v, follows %v) disagrees with its event log (%v, %v): half-written",
			kill, st.Favourites, followIDs(st.Follows), favs, follows)
	}
	return last
}

// lockedBuffer is a bytes.Buffer safe for the exec goroutine and the test.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
