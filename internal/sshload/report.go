package main

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// report is what a run measured.
type report struct {
	cfg     config
	samples []sample
	walked  time.Duration
	cpu     time.Duration // the server's CPU time during the walk

	rssBefore, rssConnected, rssPeak int64 // KiB

	pasteBegan, pasteAnswered time.Time
}

// stats are the percentiles of a set of key-to-frame times.
type stats struct {
	keys, unanswered int
	p50, p95, max    time.Duration
}

// latencies summarises the samples that keep says yes to. A key whose
// frame did not come within noFrame counts as noFrame: left out, it
// would make a slow run look fast.
func latencies(samples []sample, keep func(sample) bool) stats {
	var st stats
	var d []time.Duration
	for _, s := range samples {
		if !keep(s) {
			continue
		}
		st.keys++
		lat := s.latency
		if lat == 0 {
			st.unanswered++
			lat = noFrame
		}
		d = append(d, lat)
	}
	if len(d) == 0 {
		return st
	}
	slices.Sort(d)
	st.p50, st.p95, st.max = rank(d, 50), rank(d, 95), d[len(d)-1]
	return st
}

// rank is the nearest-rank percentile p of sorted d.
func rank(d []time.Duration, p int) time.Duration {
	i := (len(d)*p + 99) / 100
	return d[max(i, 1)-1]
}

func all(sample) bool { return true }

// notEsc leaves out esc, whose frame waits out the input decoder's escape
// timeout (ultraviolet's DefaultEscTimeout, 50 ms): a lone ESC byte may be
// the start of a longer key until then, in any terminal, loaded or not.
func notEsc(s sample) bool { return walk[s.key].bytes != "\x1b" }

// duringPaste says whether a key was sent between the paste's first byte
// and its frame.
func (r *report) duringPaste(s sample) bool {
	return !s.sentAt.Before(r.pasteBegan) && s.sentAt.Before(r.pasteAnswered)
}

func (r *report) print(w io.Writer, perKey bool) {
	c := r.cfg
	st := latencies(r.samples, all)
	fmt.Fprintf(w, "%d sessions at %dx%d, a key every %v for %v: %d keys, %d without a frame within %v\n",
		c.n, c.cols, c.rows, c.keyInterval, c.duration, st.keys, st.unanswered, noFrame)
	ne := latencies(r.samples, notEsc)
	fmt.Fprintf(w, "key to frame: p50 %s, p95 %s, max %s; without esc: p50 %s, p95 %s, max %s\n",
		ms(st.p50), ms(st.p95), ms(st.max), ms(ne.p50), ms(ne.p95), ms(ne.max))
	if c.pid != 0 {
		fmt.Fprintf(w, "server RSS: %s before, %s with every session drawn, %s at peak: %s per session; CPU %s of one core while walking\n",
			mb(r.rssBefore), mb(r.rssConnected), mb(r.rssPeak), mb(r.perSession()), r.cpuShare())
	}
	if c.paste {
		r.printPaste(w)
	}
	if perKey {
		for k, key := range walk {
			ks := latencies(r.samples, func(s sample) bool { return s.key == k })
			fmt.Fprintf(w, "  %2d %-6s p50 %s, p95 %s, max %s (%d keys, %d without a frame)\n",
				k+1, key.name, ms(ks.p50), ms(ks.p95), ms(ks.max), ks.keys, ks.unanswered)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| sessions | keys | p50 | p95 | p95 without esc | max | server RSS before | at peak | per session | server CPU |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|")
	fmt.Fprintf(w, "| %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n",
		c.n, st.keys, ms(st.p50), ms(st.p95), ms(ne.p95), ms(st.max), mb(r.rssBefore), mb(r.rssPeak), mb(r.perSession()), r.cpuShare())
}

func (r *report) printPaste(w io.Writer) {
	if r.pasteAnswered.IsZero() {
		fmt.Fprintf(w, "paste: %s sent; no frame came after it\n", size(r.cfg.pasteSize))
		return
	}
	p := latencies(r.samples, r.duringPaste)
	fmt.Fprintf(w, "paste: %s, its frame %s after its first byte; the others' keys meanwhile: %d, p50 %s, p95 %s, max %s\n",
		size(r.cfg.pasteSize), ms(r.pasteAnswered.Sub(r.pasteBegan)), p.keys, ms(p.p50), ms(p.p95), ms(p.max))
}

// perSession is the server's growth from before the sessions to its peak,
// shared out.
func (r *report) perSession() int64 { return (r.rssPeak - r.rssBefore) / int64(r.cfg.n) }

// cpuShare is the server's CPU time over the walk's, as a share of one core.
func (r *report) cpuShare() string {
	return fmt.Sprintf("%.0f%%", 100*r.cpu.Seconds()/r.walked.Seconds())
}

// size is a paste's size in bytes, as KB or MB.
func size(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%g MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%g KB", float64(n)/(1<<10))
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// mb is KiB as MB (2^20 bytes), as docs/performance.md gives RSS.
func mb(kb int64) string { return fmt.Sprintf("%.1f MB", float64(kb)/1024) }
