package data_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
)

// synthFile writes a synthetic dataset as Go writes it (nil lists as null).
func synthFile(tb testing.TB, companies int) []byte {
	b, err := json.MarshalIndent(synth.Dataset(companies, 3*companies, companies, 1), "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestSynthLoads: what the generator makes, Load accepts.
func TestSynthLoads(t *testing.T) {
	for _, n := range []int{2, 10, 1000} {
		if _, err := data.Load("synth.json", synthFile(t, n)); err != nil {
			t.Errorf("%d companies:\n%v", n, err)
		}
	}
}

// BenchmarkLoadSynth loads synthetic datasets of 1,000 to 100,000 companies
// (with three relations and one event per company).
func BenchmarkLoadSynth(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		f := synthFile(b, n)
		b.Run(fmt.Sprintf("companies=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(f)))
			for b.Loop() {
				if _, err := data.Load("synth.json", f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
