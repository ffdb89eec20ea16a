package store

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"lifesim/model"
)

var updateFormat = flag.Bool("update-format", false, "rewrite testdata/record_format.golden (only together with a migration or a worldFormat bump)")

// TestRecordFormatIsFrozen: what the store writes may change only on
// purpose. Each stored type is filled in every field and encoded; the
// encodings are compared with testdata/record_format.golden. A renamed or
// removed json tag on a user or event record needs a schemaVersion bump
// and a migration (migrate.go); on a world record (a model type the seed
// writes) it needs a worldFormat bump, which reseeds the world. Then run
// go test ./store -run TestRecordFormatIsFrozen -update-format.
func TestRecordFormatIsFrozen(t *testing.T) {
	kinds := []struct {
		section string
		values  []any
	}{
		{fmt.Sprintf("user and event records (schema %d)", schemaVersion), []any{
			recentRecord{}, followRecord{}, claimRecord{}, commentRecord{}, forwardRecord{},
			orderRecord{}, membershipRecord{}, countsRecord{}, eventRecord{}, postRecord{},
			draftRecord{},
			model.Persona{}, // a participant (participants.go)
		}},
		{"world records (world format " + worldFormat + ")", []any{
			model.Merchant{}, model.MiniProgram{}, model.LifeAccount{}, model.Coupon{}, model.Group{},
			model.Persona{}, model.Channel{}, model.Settings{}, model.Experiment{}, searchDoc{},
		}},
	}
	var b strings.Builder
	for _, k := range kinds {
		fmt.Fprintf(&b, "# %s\n", k.section)
		for _, v := range k.values {
			p := reflect.New(reflect.TypeOf(v))
			fill(p.Elem())
			raw, err := json.Marshal(p.Interface())
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%T %s\n", v, raw)
		}
	}
	const golden = "testdata/record_format.golden"
	if *updateFormat {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	gotLines, wantLines := strings.Split(b.String(), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(gotLines), len(wantLines)) {
		g, w := line(gotLines, i), line(wantLines, i)
		if g != w {
			t.Errorf("stored format changed (see this test's comment for what to do):\ngot  %s\nwant %s", g, w)
		}
	}
}

func line(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}

// fill sets every field of v to a non-zero value, so that omitempty hides
// nothing.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("s")
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16, reflect.Int8:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint64, reflect.Uint32, reflect.Uint16, reflect.Uint8:
		v.SetUint(1)
	case reflect.Float64, reflect.Float32:
		v.SetFloat(1.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0))
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k)
		fill(e)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem())
		v.Set(p)
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2026, 1, 8, 9, 30, 0, 0, time.UTC)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i))
			}
		}
	}
}
