package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"lifesim/store"
)

func TestWriteCheck(t *testing.T) {
	healthy := &store.CheckReport{Path: "/tmp/l.db", Size: 8192,
		Steps: []store.CheckStep{{Name: "file", Status: store.StepOK, Note: "2 pages"}}}
	damaged := &store.CheckReport{Path: "/tmp/\x1b]0;x\x07.db", Size: 4096,
		Steps:    []store.CheckStep{{Name: "file", Status: "failed", Note: "short"}},
		Problems: []store.Problem{{Area: "file", Summary: "too short", Detail: "4096 bytes"}}}
	for _, tc := range []struct {
		name string
		r    *store.CheckReport
		want []string
	}{
		{"healthy", healthy, []string{"store /tmp/l.db (8192 bytes)\n", "ok       file     2 pages\n", "healthy\n"}},
		{"damaged", damaged, []string{`store /tmp/\x1b]0;x\x07.db`, "problems:\n  file     too short (4096 bytes)\n", "damaged\n"}},
	} {
		var b bytes.Buffer
		if err := WriteCheck(&b, tc.r); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: lacks %q:\n%s", tc.name, w, b.String())
			}
		}
		if strings.ContainsRune(b.String(), 0x1b) {
			t.Errorf("%s: a terminal control was sent", tc.name)
		}
		b.Reset()
		var out struct {
			Healthy  bool `json:"healthy"`
			Problems []store.Problem
		}
		if err := WriteCheckJSON(&b, tc.r); err != nil || json.Unmarshal(b.Bytes(), &out) != nil {
			t.Fatalf("%s: JSON %v\n%s", tc.name, err, b.String())
		}
		if out.Healthy != tc.r.Healthy() || len(out.Problems) != len(tc.r.Problems) {
			t.Errorf("%s: JSON says healthy %v with %d problems", tc.name, out.Healthy, len(out.Problems))
		}
	}
}
