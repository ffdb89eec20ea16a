package launch

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"lifesim/cli"
	"lifesim/model"
	"lifesim/store"
)

// ensureWorld makes the store o.DB names hold the world o names. When it
// already does (store.HoldsWorldAt with the world's Fingerprint), nothing
// is loaded. Otherwise the world is loaded and validated, the persona and
// arms of the command line are checked against it, and only then is the
// store created or upgraded and seeded: a broken world or a bad flag
// leaves the store as it was, and creates none.
func ensureWorld(o Options) error {
	fp, err := Fingerprint(o.Fixtures)
	if err != nil {
		return err
	}
	holds, err := store.HoldsWorldAt(o.DB, fp, 0)
	if err != nil || holds {
		return err
	}
	w, hash, err := LoadWorld(o.Fixtures)
	if err != nil {
		return err
	}
	if err := checkManifest(o.Fixtures, fp, hash); err != nil {
		return err
	}
	if _, err := cli.ParseVariants(o.Variants, w.Experiments); err != nil {
		return err
	}
	if err := KnownPersona(o); err != nil {
		return err
	}
	db, err := store.OpenForUpdate(o.DB, store.Options{})
	if err != nil {
		return err
	}
	_, err = Seed(context.Background(), db, w, hash, false)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// Seed writes the world w with its hash into db (store.SeedWorld; with
// force even if db holds it already), showing its progress as a bar on
// stderr when stderr is a terminal. The app's screen is not up yet, so
// Ctrl-C, kill and a closed terminal are signals here, as is ctx ending:
// each stops the seed and leaves the store as it was.
func Seed(ctx context.Context, db *store.DB, w model.World, hash string, force bool) (seeded bool, err error) {
	ctx, stop := signal.NotifyContext(ctx, cli.StopSignals...)
	defer stop()
	progress, finish := cli.SeedProgress(os.Stderr)
	seeded, err = db.SeedWorld(ctx, w, hash, store.SeedOptions{Force: force, Progress: progress})
	finish()
	if ctx.Err() != nil {
		why := strings.TrimSuffix(fmt.Sprint(context.Cause(ctx)), " signal received")
		return false, fmt.Errorf("seeding %s stopped (%s); the store is as it was", db.Path(), why)
	}
	return seeded, err
}
