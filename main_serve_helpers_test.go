package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"lifesim/internal/sshtest"
	"lifesim/model"
	"lifesim/store"
)

// A room served by the real program in a child process, reached by the
// real OpenSSH client (main_serve_test.go).

// Waits in the SSH tests: generous, since CI runs them under -race on two
// cores; a wait ends as soon as its text is on the screen.
const (
	serveStart = 20 * time.Second // the server's first line
	onScreen   = 10 * time.Second // a key's result on a participant's screen
	clientExit = 10 * time.Second // an ssh client's end
)

// servedRoom is `lifesim serve` on a random loopback port with a store of
// its own, and a client with a participant's key.
type servedRoom struct {
	cmd    *exec.Cmd
	dir    string
	db     string
	stdout *firstLine
	stderr lockedBuffer
	client sshtest.Client
}

// serveRoom starts the room with extra flags. It skips the test when
// there is no ssh client; the test's cleanup kills a room still running.
func serveRoom(t *testing.T, extra ...string) *servedRoom {
	t.Helper()
	sshPath := sshtest.SSH(t)
	dir := t.TempDir()
	r := &servedRoom{dir: dir, db: filepath.Join(dir, "lifesim.db"), stdout: newFirstLine()}
	args := append([]string{"serve", "--listen", "127.0.0.1:0", "--db", r.db, "--host-key", filepath.Join(dir, "ssh_host_ed25519")}, extra...)
	r.cmd = exec.Command(os.Args[0], args...)
	r.cmd.Env = []string{childEnv + "=main", noRaceExitSleep, "PATH=" + os.Getenv("PATH"), "HOME=" + dir}
	r.cmd.Stdout, r.cmd.Stderr = r.stdout, &r.stderr
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if r.cmd.ProcessState == nil {
			_ = r.cmd.Process.Kill()
			_ = r.cmd.Wait()
		}
	})
	var line string
	select {
	case line = <-r.stdout.line:
	case <-time.After(serveStart):
		t.Fatalf("no first line from lifesim serve within %v\nstderr: %s", serveStart, r.stderr.String())
	}
	m := regexp.MustCompile(`ssh -p (\d+) `).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("the first line has no \"ssh -p PORT\": %q\nstderr: %s", line, r.stderr.String())
	}
	port, _ := strconv.Atoi(m[1])
	r.client = sshtest.Client{SSH: sshPath, Port: port, Key: sshtest.NewKey(t, dir, "participant_ed25519")}
	return r
}

// stop sends SIGTERM and returns the exit code and how long the room took
// to exit; it fails the test if the room is still running 10 s later.
func (r *servedRoom) stop(t *testing.T) (int, time.Duration) {
	t.Helper()
	start := time.Now()
	if err := r.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	code := waitExit(t, r.cmd, 10*time.Second)
	return code, time.Since(start)
}

// stopped stops the room and fails the test unless it exits 0 at once.
func (r *servedRoom) stopped(t *testing.T) {
	t.Helper()
	if code, took := r.stop(t); code != 0 || took > 5*time.Second {
		t.Fatalf("SIGTERM: exit %d after %v, want 0 within 5s\nstderr: %s", code, took, r.stderr.String())
	}
}

// local runs a lifesim command on the room's store (stopped: the room
// holds the store's lock while it runs).
func (r *servedRoom) local(t *testing.T, args ...string) result {
	t.Helper()
	res := lifesim(t, r.dir, nil, append([]string{"--db", r.db}, args...)...)
	if res.code != 0 {
		t.Fatalf("lifesim %v: exit %d\n%s", args, res.code, res.stderr)
	}
	return res
}

// events reads the room's whole event log (the room stopped).
func (r *servedRoom) events(t *testing.T) []model.Event {
	t.Helper()
	db, err := store.Open(r.db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	evs, err := db.LatestEvents(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// firstLine is a child's stdout: it keeps everything and hands over the
// first line once it is complete.
type firstLine struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	sent bool
	line chan string
}

func newFirstLine() *firstLine { return &firstLine{line: make(chan string, 1)} }

func (f *firstLine) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.buf.Write(p)
	if i := bytes.IndexByte(f.buf.Bytes(), '\n'); i >= 0 && !f.sent {
		f.sent = true
		f.line <- string(f.buf.Bytes()[:i])
	}
	return len(p), nil
}

func (f *firstLine) String() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.buf.String()
}
