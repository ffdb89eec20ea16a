package merchant_test

import (
	"fmt"
	"testing"

	"lifesim/model"
	"lifesim/ui/uitest"
)

// BenchmarkView draws each screen at 160×40 after the chain:
// the console draws once per message, and a busy room sends many.
func BenchmarkView(b *testing.B) {
	db := uitest.OpenStore(b)
	walkChain(b, db)
	for s := range 6 {
		b.Run(fmt.Sprint(s+1), func(b *testing.B) {
			d := openConsole(b, db, 160, 40)
			d.Keys(fmt.Sprint(s + 1))
			for b.Loop() {
				_ = d.c.View()
			}
		})
	}
}

// BenchmarkFollow is one event appended by a persona elsewhere and the
// console reading it: the write, the wait's end, the view caught up, the
// report, the account, scope and messages read, and the frame drawn.
func BenchmarkFollow(b *testing.B) {
	db := uitest.OpenStore(b)
	d := openConsole(b, db, 160, 40)
	a := model.Actor{Persona: model.DefaultPersona, Session: "bench", At: uitest.Now}
	for b.Loop() {
		if err := db.OpenedAccount(a, "new-hope-dairy", model.SourceSearch); err != nil {
			b.Fatal(err)
		}
		d.release()
		_ = d.c.View()
	}
}
