package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
)

// StopSignals end a run early: Ctrl-C where it is not a key (sim, or the
// app without a terminal), kill, and the terminal closing under the
// program.
var StopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// quitGrace is how long the app may take to record what it records on
// quitting after a signal before the program is stopped without it.
const quitGrace = 3 * time.Second

// quitKey is ctrl+c, which the root model takes as "quit" whatever has
// focus: it records what the open pages record on leaving and app_stop,
// as q does, then the program restores the terminal.
var quitKey = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}

// QuitOnSignals makes a stop signal quit p the way the user quits, instead
// of killing the process with the terminal left raw on the alternate
// screen and the session without its app_stop. A second signal, or a model
// that has not quit within quitGrace, stops p at once (still restoring the
// terminal). The returned func stops listening.
func QuitOnSignals(p *tea.Program) (stop func()) {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, StopSignals...)
	done := make(chan struct{})
	go func() {
		select {
		case <-sigs:
		case <-done:
			return
		}
		go p.Send(quitKey) // returns once p has it or has ended
		select {
		case <-sigs:
		case <-time.After(quitGrace):
		case <-done:
			return
		}
		p.Kill()
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}

// UntilSignalled runs work in its own goroutine until it returns or ctx
// (a signal.NotifyContext) ends. On a signal it calls interrupt, which
// must make work return soon (sim closes its store: the next store call
// fails), waits for work, and returns the signal as the error — so that
// the caller's deferred cleanup runs with nothing still writing.
//
// With a nil interrupt it returns at once instead: for work on a temporary
// store that is removed anyway, where waiting for a long transaction (sim
// seeds 100,000 personas in one) would keep Ctrl-C waiting for seconds.
func UntilSignalled(ctx context.Context, interrupt func() error, work func() error) error {
	done := make(chan error, 1)
	go func() { done <- work() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		if interrupt != nil {
			_ = interrupt()
			<-done
		}
		return StoppedError{strings.TrimSuffix(fmt.Sprint(context.Cause(ctx)), " signal received")}
	}
}

// StoppedError is a run stopped by a signal, such as "terminated".
type StoppedError struct{ signal string }

func (e StoppedError) Error() string { return "stopped by a signal (" + e.signal + ")" }
