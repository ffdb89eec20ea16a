package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"lifesim/cli"
	"lifesim/gen"
)

// genFlags are gen's own flags.
type genFlags struct {
	c     gen.Config
	out   string
	force bool
}

func newGenCmd(_ *options) *cobra.Command {
	var gf genFlags
	cmd := &cobra.Command{
		Use:   "gen",
		Short: "Write a synthetic world of any size, for --fixtures",
		Long: `gen writes a world directory in the format of the built-in world, to load
with lifesim --fixtures DIR: the built-in world (KFC, New Hope, Wild Food
Brother…, the personas newuser and returning) filled up with generated
merchants, mini programs, life accounts, coupons, groups, personas and posts.

Every count is a total that includes the built-in world's: --posts 1000 is
its 81 posts and 919 generated ones. Counts not given scale with --posts: a
tenth as many life accounts, a twentieth as many mini programs, a fifth as
many coupons, a fiftieth as many groups, and --posts/500 personas (10 to
1,000). The same flags write byte-identical files.

--out must be empty or missing. With --force gen writes into it anyway,
replacing the world files and manifest.json and removing pictures in
media/ that it did not write; other files are left alone. --fixtures does
not apply: gen always starts from the built-in world.`,
		Example: `  lifesim gen --posts 100000 --seed 1 --out /tmp/w
  lifesim --fixtures /tmp/w`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := gf.check(cmd); err != nil {
				return err
			}
			return runGen(cmd, gf)
		},
	}
	f := cmd.Flags()
	f.IntVar(&gf.c.Posts, "posts", 0, fmt.Sprintf("posts in all, the built-in world's included (1 to %d; required)", gen.MaxPosts))
	f.IntVar(&gf.c.Accounts, "accounts", 0, "life accounts in all (default --posts/10)")
	f.IntVar(&gf.c.MiniPrograms, "mini-programs", 0, "mini programs in all (default --posts/20)")
	f.IntVar(&gf.c.Coupons, "coupons", 0, "coupons in all (default --posts/5)")
	f.IntVar(&gf.c.Groups, "groups", 0, "groups in all (default --posts/50)")
	f.IntVar(&gf.c.Personas, "personas", 0, "personas in all (default --posts/500, 10 to 1000)")
	f.Uint64Var(&gf.c.Seed, "seed", 1, "random seed: the same seed and counts write the same files")
	f.StringVar(&gf.out, "out", "", "the directory to write (required; created if missing)")
	f.BoolVar(&gf.force, "force", false, "write into --out even if it is not empty")
	return cmd
}

// check refuses flag values gen cannot write a world for, before anything
// is written.
func (gf *genFlags) check(cmd *cobra.Command) error {
	switch {
	case !cmd.Flags().Changed("posts"):
		return cli.Usagef("gen: --posts is required: how many posts the world has, e.g. --posts 100000")
	case gf.out == "":
		return cli.Usagef("gen: --out is required: the directory to write the world to")
	}
	for _, name := range []string{"accounts", "mini-programs", "coupons", "groups", "personas"} {
		if v, _ := cmd.Flags().GetInt(name); cmd.Flags().Changed(name) && v < 1 {
			return cli.Usagef("--%s %d: must be at least 1", name, v)
		}
	}
	if err := gen.Defaults(gf.c).Check(); err != nil {
		return cli.Usage(err)
	}
	return nil
}

func runGen(cmd *cobra.Command, gf genFlags) error {
	began := time.Now()
	if err := gen.PrepareDir(gf.out, gf.force); err != nil {
		if errors.Is(err, gen.ErrNotEmpty) {
			return cli.Usagef("--out %s is not empty; pass --force to write into it", gf.out)
		}
		if errors.Is(err, gen.ErrNotDir) {
			return cli.Usagef("--out %s is not a directory", gf.out)
		}
		return fmt.Errorf("gen: %w", err)
	}
	if err := gen.Write(gf.out, gf.c); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	t, err := gen.Totals(gf.c)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(cmd.OutOrStdout(), "wrote %d posts, %d life accounts, %d mini programs, %d coupons, %d groups and %d personas to %s in %.1fs\n",
		t.Posts, t.Accounts, t.MiniPrograms, t.Coupons, t.Groups, t.Personas, gf.out, time.Since(began).Seconds())
	return err
}
