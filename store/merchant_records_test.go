package store

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
)

// What operators wrote is user state: its records may change only with a
// schemaVersion bump and a migration, as TestRecordFormatIsFrozen says of
// the others (posts are postRecord, frozen there).
func TestOperatorRecordFormatIsFrozen(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{
		{couponRecord{}, `{"id":"s","merchant":"s","mini_program":"s","title":"s","kind":"s","discount_cents":1,"threshold_cents":1,"valid_from":"2026-01-08T09:30:00Z","valid_until":"2026-01-08T09:30:00Z"}`},
		{messageRecord{}, `{"id":"s","account":"s","text":"s","sent_at":"2026-01-08T09:30:00Z","reached":1}`},
	} {
		p := reflect.New(reflect.TypeOf(tc.v))
		fill(p.Elem())
		raw, err := json.Marshal(p.Interface())
		if err != nil {
			t.Fatal(err)
		}
		if string(raw) != tc.want {
			t.Errorf("%T is stored as\n%s\nwas\n%s", tc.v, raw, tc.want)
		}
	}
}

// A coupon record reads back as the coupon it was made from.
func TestCouponRecordRoundTrips(t *testing.T) {
	w := testWorld()
	for _, c := range w.Coupons {
		if got := toCouponRecord(c).model(); !reflect.DeepEqual(got, c) {
			t.Errorf("%s: %s", c.ID, fmt.Sprintf("%+v ≠ %+v", got, c))
		}
	}
}
