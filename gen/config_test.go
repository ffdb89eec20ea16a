package gen_test

import (
	"strings"
	"testing"

	"lifesim/gen"
)

func TestDefaultsScaleWithPosts(t *testing.T) {
	for _, tc := range []struct {
		in, want gen.Config
	}{
		{gen.Config{Posts: 100000}, gen.Config{Posts: 100000, Accounts: 10000, MiniPrograms: 5000, Coupons: 20000, Groups: 2000, Personas: 200}},
		{gen.Config{Posts: 1000000}, gen.Config{Posts: 1000000, Accounts: 100000, MiniPrograms: 50000, Coupons: 200000, Groups: 20000, Personas: 1000}},
		{gen.Config{Posts: 1}, gen.Config{Posts: 1, Accounts: 40, MiniPrograms: 35, Coupons: 40, Groups: 10, Personas: 10}},
		{gen.Config{Posts: 2000, Accounts: 7, Personas: 3, Seed: 9}, gen.Config{Posts: 2000, Accounts: 7, MiniPrograms: 100, Coupons: 400, Groups: 40, Personas: 3, Seed: 9}},
	} {
		if got := gen.Defaults(tc.in); got != tc.want {
			t.Errorf("Defaults(%+v) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestCheckNamesTheCountOutOfRange(t *testing.T) {
	ok := gen.Defaults(gen.Config{Posts: 10})
	if err := ok.Check(); err != nil {
		t.Fatalf("%+v: %v", ok, err)
	}
	for _, tc := range []struct {
		change func(*gen.Config)
		want   string
	}{
		{func(c *gen.Config) { c.Posts = 0 }, "--posts 0"},
		{func(c *gen.Config) { c.Posts = gen.MaxPosts + 1 }, "--posts 1000001"},
		{func(c *gen.Config) { c.Accounts = -1 }, "--accounts -1"},
		{func(c *gen.Config) { c.MiniPrograms = gen.MaxCount + 1 }, "--mini-programs"},
		{func(c *gen.Config) { c.Coupons = -2 }, "--coupons -2"},
		{func(c *gen.Config) { c.Groups = -3 }, "--groups -3"},
		{func(c *gen.Config) { c.Personas = gen.MaxPersonas + 1 }, "--personas 100001"},
	} {
		c := ok
		tc.change(&c)
		if err := c.Check(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: Check = %v, want an error naming %q", c, err, tc.want)
		}
	}
}
