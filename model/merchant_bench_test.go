package model

import (
	"os"
	"strconv"
	"testing"
)

// merchantBenchEnv sets the benchmark log's length in events (default
// 20,000): LIFESIM_MERCHANT_BENCH_EVENTS=1000000 go test -bench Merchant ./model
const merchantBenchEnv = "LIFESIM_MERCHANT_BENCH_EVENTS"

func merchantBenchLog(b *testing.B) []Event {
	n := 20_000
	if s := os.Getenv(merchantBenchEnv); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			b.Fatalf("%s=%q: want a positive number of events", merchantBenchEnv, s)
		}
		n = v
	}
	return merchantLog(1, n)
}

// BenchmarkMerchantFold is what folding the log costs a console opening
// on it (the whole log per op; ns/event beside it), and what a live console pays per report it
// draws (a week's span, every figure).
func BenchmarkMerchantFold(b *testing.B) {
	es := merchantBenchLog(b)
	b.Run("add", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			NewMerchantFold(nhScope()).Add(es...)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(es)), "ns/event")
	})
	b.Run("report", func(b *testing.B) {
		f := NewMerchantFold(nhScope())
		f.Add(es...)
		b.ReportAllocs()
		for b.Loop() {
			_ = f.Report(t0, 7)
		}
	})
}
