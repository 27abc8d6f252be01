package network

import (
	"syscall"
	"testing"
	"time"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
)

// BenchmarkInteraction is make bench's interaction rows for the network
// (tools/bench/inproc.go): a pan and a 2× zoom of synth 1,000/3,000/2,000,
// each a fresh Scene drawn through export.Image at 1920×1080, beside an
// empty frame.
func BenchmarkInteraction(b *testing.B) {
	ds := synth.Dataset(1000, 3000, 2000, 1)
	opt := LayoutOptions{Seed: DefaultSeed}
	pos := Layout(ds, opt)
	screen := func(b *testing.B, draw export.DrawFunc) {
		if _, err := export.Image(1920, 1080, 1, export.Light, "en", draw); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("pan", func(b *testing.B) {
		i := 0
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			sc := Scene{Data: ds, Pos: pos, Layout: opt, Lang: "en", Zoom: 1, Pan: r2.Vec{X: float64(40 + i%5*10), Y: -30}}
			screen(b, func(f export.Frame) error { return Draw(f, sc) })
			i++
		}
	})
	b.Run("zoom2x", func(b *testing.B) {
		i := 0
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			sc := Scene{Data: ds, Pos: pos, Layout: opt, Lang: "en", Zoom: 2 + float64(i%3)*0.1}
			screen(b, func(f export.Frame) error { return Draw(f, sc) })
			i++
		}
	})
	b.Run("empty", func(b *testing.B) {
		for b.Loop() {
			screen(b, func(export.Frame) error { return nil })
		}
	})
}

// cpuTime is the process's user and system time so far: on a shared
// machine it varies less than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU time per op (all cores) since t0 to b's results.
func reportCPU(b *testing.B, t0 time.Duration) {
	b.ReportMetric(float64(cpuTime()-t0)/float64(b.N)/1e6, "cpu-ms/op")
}
