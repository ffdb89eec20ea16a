package cli

import (
	"runtime/debug"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	stamped := func(version string, settings ...string) *debug.BuildInfo {
		info := &debug.BuildInfo{Main: debug.Module{Path: "lifesim", Version: version}}
		for i := 0; i+1 < len(settings); i += 2 {
			info.Settings = append(info.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return info
	}
	const rev = "5f87e38c1a2b3c4d5e6f708192a3b4c5d6e7f809"
	for _, tc := range []struct {
		name            string
		info            *debug.BuildInfo
		version, commit string // the -ldflags -X overrides
		want            string
	}{
		{"go build in a clean checkout", stamped("v0.0.0-20260108093000-5f87e38c1a2b", "vcs.revision", rev, "vcs.modified", "false"), "", "",
			"v0.0.0-20260108093000-5f87e38c1a2b (commit " + rev + ")"},
		{"go build with uncommitted changes", stamped("v0.0.0-20260108093000-5f87e38c1a2b+dirty", "vcs.revision", rev, "vcs.modified", "true"), "", "",
			"v0.0.0-20260108093000-5f87e38c1a2b+dirty (commit " + rev + ", with uncommitted changes)"},
		{"go install at a tag", stamped("v1.2.0"), "", "",
			"v1.2.0 (commit unknown: not recorded by go run or -buildvcs=false)"},
		{"go run", stamped("(devel)"), "", "",
			"(devel) (commit unknown: not recorded by go run or -buildvcs=false)"},
		{"no build info", nil, "", "",
			"unknown (commit unknown: not recorded by go run or -buildvcs=false)"},
		{"-ldflags -X over a stamped build", stamped("(devel)", "vcs.revision", rev, "vcs.modified", "true"), "v1.3.0", "abc1234",
			"v1.3.0 (commit abc1234)"},
		{"-ldflags -X version only", stamped("(devel)", "vcs.revision", rev), "v1.3.0", "",
			"v1.3.0 (commit " + rev + ")"},
	} {
		if got := buildVersion(tc.info, tc.version, tc.commit); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
