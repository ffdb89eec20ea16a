package cli

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestUntilSignalledReturnsWhatWorkReturns(t *testing.T) {
	want := errors.New("seed failed")
	if err := UntilSignalled(context.Background(), nil, func() error { return want }); err != want {
		t.Errorf("got %v, want %v", err, want)
	}
}

// On a signal, interrupt is called and work is waited for, so that the
// caller's cleanup runs with nothing still writing.
func TestUntilSignalledInterruptsAndWaits(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	stop := make(chan struct{})
	finished := false
	interrupt := func() error { close(stop); return nil }
	work := func() error {
		<-stop
		time.Sleep(10 * time.Millisecond)
		finished = true
		return errors.New("store closed")
	}
	cancel(errors.New("terminated signal received"))
	err := UntilSignalled(ctx, interrupt, work)
	if !errors.As(err, new(StoppedError)) || err.Error() != "stopped by a signal (terminated)" {
		t.Errorf("got %v, want stopped by a signal (terminated)", err)
	}
	if !finished {
		t.Error("returned before work did")
	}
}

// Without interrupt (a temporary store) it returns at once.
func TestUntilSignalledWithoutInterruptReturnsAtOnce(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("interrupt signal received"))
	block := make(chan struct{})
	defer close(block)
	start := time.Now()
	err := UntilSignalled(ctx, nil, func() error { <-block; return nil })
	if !strings.Contains(fmtErr(err), "interrupt") || time.Since(start) > time.Second {
		t.Errorf("got %v after %v", err, time.Since(start))
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
