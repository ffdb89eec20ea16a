package main

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"
)

// dialing is how many sessions connect at once: a room fills over
// seconds, not in one instant.
const dialing = 8

// drive runs the load and measures it.
func drive(cfg config, progress io.Writer) (*report, error) {
	signer, err := newSigner()
	if err != nil {
		return nil, err
	}
	srv := &server{pid: cfg.pid}
	rep := &report{cfg: cfg}
	if rep.rssBefore, err = srv.rssKB(); err != nil {
		return nil, err
	}
	srv.sample(20 * time.Millisecond)
	defer srv.stopSampling()
	sessions, err := dialAll(cfg, signer)
	if err != nil {
		return nil, err
	}
	defer closeAll(sessions)
	rep.rssConnected, _ = srv.rssKB()
	fmt.Fprintf(progress, "sshload: %d sessions have drawn; walking for %v\n", len(sessions), cfg.duration)
	var paster *session
	if cfg.paste {
		if paster, err = dial(cfg, signer, cfg.prefix+"paste"); err != nil {
			return nil, err
		}
		defer paster.close()
	}
	cpu0, _ := srv.cpu()
	start := time.Now()
	if err := rep.walk(sessions, paster, start); err != nil {
		return nil, err
	}
	rep.walked = time.Since(start)
	rep.rssPeak = srv.stopSampling()
	cpu1, _ := srv.cpu()
	rep.cpu = cpu1 - cpu0
	return rep, nil
}

// walk has every session walk the chain until the run's end, each
// starting at its own phase of the key interval, and the paster paste
// half-way through.
func (rep *report) walk(sessions []*session, paster *session, start time.Time) error {
	cfg := rep.cfg
	end := start.Add(cfg.duration)
	results := make([][]sample, len(sessions))
	errs := make([]error, len(sessions)+1)
	var wg sync.WaitGroup
	for i, s := range sessions {
		phase := cfg.keyInterval * time.Duration(i) / time.Duration(len(sessions))
		wg.Go(func() { results[i], errs[i] = s.walkUntil(start.Add(phase), end, cfg.keyInterval) })
	}
	if paster != nil {
		wg.Go(func() {
			rep.pasteBegan, rep.pasteAnswered, errs[len(sessions)] = paster.pasteAt(start.Add(cfg.duration/2), end, cfg.pasteSize)
		})
	}
	wg.Wait()
	for _, r := range results {
		rep.samples = append(rep.samples, r...)
	}
	return errors.Join(errs...)
}

// dialAll connects cfg.n sessions, a few at a time, and waits for each
// one's first frame. Any failure fails the run.
func dialAll(cfg config, signer ssh.Signer) ([]*session, error) {
	sessions := make([]*session, cfg.n)
	errs := make([]error, cfg.n)
	sem := make(chan struct{}, dialing)
	var wg sync.WaitGroup
	for i := range cfg.n {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			sessions[i], errs[i] = dial(cfg, signer, fmt.Sprintf("%s%03d", cfg.prefix, i+1))
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		closeAll(sessions)
		return nil, err
	}
	return sessions, nil
}

func closeAll(sessions []*session) {
	for _, s := range sessions {
		if s != nil {
			s.close()
		}
	}
}
