package cli

import (
	"runtime/debug"
)

// version and commit override what the build recorded, for a release
// built outside a git checkout or from a source archive:
//
//	go build -ldflags "-X lifesim/cli.version=v1.2.0 -X lifesim/cli.commit=$(git rev-parse HEAD)"
var version, commit string

// Version is what `lifesim --version` prints after "lifesim version ": the
// build's version and commit. `go build` in a git checkout records both
// (Go 1.24+: a pseudo-version such as v0.0.0-20260108093000-5f87e38c1a2b,
// "+dirty" with uncommitted changes, and vcs.revision); `go run`, and
// builds with -buildvcs=false, record neither, and it says so rather
// than guess.
func Version() string {
	info, _ := debug.ReadBuildInfo()
	return buildVersion(info, version, commit)
}

// buildVersion is Version from the build info (nil when the binary has
// none) and the link-time overrides.
func buildVersion(info *debug.BuildInfo, version, commit string) string {
	if version == "" {
		version = "unknown"
		if info != nil && info.Main.Version != "" {
			version = info.Main.Version // "(devel)" when not stamped
		}
	}
	modified := false
	if commit == "" {
		commit, modified = vcsCommit(info)
	}
	if commit == "" {
		return version + " (commit unknown: not recorded by go run or -buildvcs=false)"
	}
	if modified {
		return version + " (commit " + commit + ", with uncommitted changes)"
	}
	return version + " (commit " + commit + ")"
}

// vcsCommit is the revision go build stamped, if any, and whether the
// tree had uncommitted changes.
func vcsCommit(info *debug.BuildInfo) (revision string, modified bool) {
	if info == nil {
		return "", false
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	return revision, modified
}
