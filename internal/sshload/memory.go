package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// server reads the server's resident memory and CPU time from /proc.
// With pid 0 it measures nothing and reports zeros.
type server struct {
	pid  int
	mu   sync.Mutex
	peak int64 // KiB, the highest VmRSS sampled
	stop chan struct{}
	done chan struct{}
	once sync.Once
}

// rssKB is the process's VmRSS in KiB.
func (m *server) rssKB() (int64, error) {
	if m.pid == 0 {
		return 0, nil
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", m.pid))
	if err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			return strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		}
	}
	return 0, fmt.Errorf("no VmRSS in /proc/%d/status", m.pid)
}

// cpu is the process's user and system CPU time so far.
func (m *server) cpu() (time.Duration, error) {
	if m.pid == 0 {
		return 0, nil
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", m.pid))
	if err != nil {
		return 0, err
	}
	// The fields after the command name, which is in parentheses and may
	// hold spaces: state is the first, utime and stime the 12th and 13th.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return 0, fmt.Errorf("short /proc/%d/stat", m.pid)
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	s, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("bad /proc/%d/stat", m.pid)
	}
	const ticks = 100 // USER_HZ on Linux
	return time.Duration(u+s) * time.Second / ticks, nil
}

// sample starts noting the highest RSS every interval until stopSampling.
func (m *server) sample(interval time.Duration) {
	m.stop, m.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(m.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			m.note()
			select {
			case <-m.stop:
				m.note()
				return
			case <-t.C:
			}
		}
	}()
}

func (m *server) note() {
	if kb, err := m.rssKB(); err == nil {
		m.mu.Lock()
		m.peak = max(m.peak, kb)
		m.mu.Unlock()
	}
}

// stopSampling ends sample and returns the peak; it may be called again.
func (m *server) stopSampling() int64 {
	m.once.Do(func() { close(m.stop) })
	<-m.done
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.peak
}
