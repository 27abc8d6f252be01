package network

import (
	"testing"

	"github.com/aicamps/aicamps/data/synth"
)

func BenchmarkLayout3k(b *testing.B) {
	ds := synth.Dataset(1000, 3000, 0, 1)
	b.Run("ours", func(b *testing.B) {
		for b.Loop() {
			Layout(ds, LayoutOptions{Seed: 1, Iterations: benchIterations})
		}
	})
	b.Run("eades", func(b *testing.B) {
		for b.Loop() {
			eadesLayout(ds, benchIterations)
		}
	})
}
