package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"lifesim/cli"
	"lifesim/launch"
	"lifesim/model"
	"lifesim/store"
	"lifesim/ui/screen"
)

// Signals and closed pipes, on the real program in a child process.

// signalChild runs the app headless on $LIFESIM_DURABILITY_DB like the
// durability child, and prints "ready" once app_start is recorded, so that
// the parent knows when a signal lands in a running app.
func signalChild() int {
	o := options{db: os.Getenv(durabilityDBEnv), persona: string(model.DefaultPersona)}
	ready := false
	err := runApp(context.Background(), o, func(*launch.Session) []tea.ProgramOption {
		return []tea.ProgramOption{
			tea.WithInput(os.Stdin), tea.WithOutput(io.Discard),
			tea.WithWindowSize(100, 30), tea.WithColorProfile(colorprofile.ASCII),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
			tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
				if _, ok := msg.(screen.EventLoggedMsg); ok && !ready {
					ready = true
					fmt.Println("ready")
				}
				return msg
			}),
		}
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// SIGTERM, SIGHUP (the terminal closed) and SIGINT quit the app the way q
// does: it exits 0 and the session ends with app_stop in the store.
func TestAppQuitsOnSignal(t *testing.T) {
	t.Parallel()
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "lifesim.db")
			cmd := exec.Command(os.Args[0])
			cmd.Env = append(os.Environ(), childEnv+"=signal", durabilityDBEnv+"="+path, noRaceExitSleep)
			stdin, err := cmd.StdinPipe() // held open: no keys, no end of input
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr lockedBuffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(stdout).ReadString('\n')
			if line != "ready\n" {
				_ = cmd.Process.Kill()
				_ = cmd.Wait()
				t.Fatalf("the app did not start: %q\n%s", line, stderr.String())
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if code := waitExit(t, cmd, 10*time.Second); code != 0 {
				t.Fatalf("exit %d after %v, want 0\n%s", code, sig, stderr.String())
			}
			db, err := store.Open(path, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			evs, err := db.LatestEvents(1)
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) != 1 || evs[0].Kind != model.EventAppStop {
				t.Fatalf("after %v the log ends with %+v, want app_stop", sig, evs)
			}
		})
	}
}

// waitExit waits for cmd to end and returns its exit code (-1 when a
// signal ended it), killing it after timeout.
func waitExit(t *testing.T, cmd *exec.Cmd, timeout time.Duration) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(timeout):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("still running %v later", timeout)
	}
	return cmd.ProcessState.ExitCode()
}

// simChild starts `lifesim sim args…` with $TMPDIR in tmp.
func simChild(t *testing.T, tmp string, stdout io.Writer, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"sim"}, args...)...)
	cmd.Env = []string{childEnv + "=main", noRaceExitSleep, "PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "TMPDIR=" + tmp}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stderr
}

// leftIn lists what is left in dir.
func leftIn(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// sim interrupted by Ctrl-C, kill or a closed terminal removes its
// temporary store (about 3.5 MB per 1,500 personas) before it exits.
func TestSimRemovesItsStoreWhenStopped(t *testing.T) {
	t.Parallel()
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			tmp := t.TempDir()
			cmd, stderr := simChild(t, tmp, io.Discard, "--personas", "100000")
			// wait for the temporary store, then stop the simulation
			deadline := time.Now().Add(10 * time.Second)
			for {
				if m, _ := filepath.Glob(filepath.Join(tmp, "lifesim-sim-*", "sim.db")); len(m) > 0 {
					break
				}
				if time.Now().After(deadline) {
					_ = cmd.Process.Kill()
					_ = cmd.Wait()
					t.Fatalf("no temporary store appeared in %s\n%s", tmp, stderr)
				}
				time.Sleep(5 * time.Millisecond)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if code := waitExit(t, cmd, 10*time.Second); code != cli.ExitError {
				t.Fatalf("exit %d after %v, want %d\n%s", code, sig, cli.ExitError, stderr)
			}
			result{stderr: stderr.String()}.oneLine(t, "sim stopped by a signal", "temporary store was removed")
			if left := leftIn(t, tmp); len(left) > 0 {
				t.Errorf("left in $TMPDIR after %v: %v", sig, left)
			}
		})
	}
}

// `lifesim sim | head`: the reader goes away, the write fails, and sim
// still removes its temporary store. It exits 1 without a message: the
// reader stopped on purpose.
func TestSimRemovesItsStoreOnAClosedPipe(t *testing.T) {
	t.Parallel()
	tmp := t.TempDir()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	_ = r.Close() // nobody reads
	cmd, stderr := simChild(t, tmp, w, "--personas", "20", "--sessions", "1")
	_ = w.Close()
	if code := waitExit(t, cmd, 20*time.Second); code != cli.ExitError {
		t.Fatalf("exit %d writing to a closed pipe, want %d\n%s", code, cli.ExitError, stderr)
	}
	if s := stderr.String(); s != "" {
		t.Errorf("stderr on a closed pipe: %q", s)
	}
	if left := leftIn(t, tmp); len(left) > 0 {
		t.Errorf("left in $TMPDIR: %v", left)
	}
}

// On a real full disk the one line names the problem (by hand:
// lifesim personas > /dev/full).
func TestFullDiskByHand(t *testing.T) {
	t.Parallel()
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full:", err)
	}
	defer full.Close()
	for _, args := range [][]string{{"personas"}, {"--help"}} {
		cmd := exec.Command(os.Args[0], args...)
		cmd.Env = []string{childEnv + "=main", noRaceExitSleep, "PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = full, &stderr
		_ = cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != cli.ExitError {
			t.Errorf("%v > /dev/full: exit %d, want %d", args, code, cli.ExitError)
		}
		if s := stderr.String(); !strings.HasPrefix(s, "lifesim: cannot write the output: no space left on device\n") || strings.Count(s, "\n") != 1 {
			t.Errorf("%v > /dev/full: stderr %q", args, s)
		}
	}
}
