package store

import (
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The indexes that spare the payment page, the suggested accounts and
// publishing a walk are checked like the others.
func TestCheckFindsLookupIndexEntriesPointingAtNothing(t *testing.T) {
	path := busyStore(t)
	edit(t, path, func(tx *bolt.Tx) error {
		for _, d := range []struct{ bucket, key []byte }{
			{bktMiniPrograms, []byte("mp-bk")}, {bktCoupons, []byte("c-nh")},
			{bktAccounts, []byte("acct-citizen")}, {bktGroups, []byte("g-food")},
		} {
			if err := tx.Bucket(d.bucket).Delete(d.key); err != nil {
				return err
			}
		}
		return nil
	})
	r, probs := checked(t, path)
	if r.Healthy() {
		t.Fatal("Check found nothing")
	}
	for _, want := range []string{
		"indexes: index idx_geo points at mini program mp-bk, which does not exist",
		"indexes: index idx_mp_coupons points at coupon c-nh, which does not exist",
		"indexes: index idx_account_words points at life account acct-citizen, which does not exist",
		"indexes: index idx_account_fans points at life account acct-citizen, which does not exist",
		"indexes: index idx_group_names points at group g-food, which does not exist",
	} {
		if !strings.Contains(probs, want) {
			t.Errorf("missing %q in:\n%s", want, probs)
		}
	}
}
