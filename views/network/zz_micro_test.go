package network

import (
	"image"
	"math/rand/v2"
	"testing"

	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"
)

func BenchmarkZZStroke(b *testing.B) {
	img := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	rnd := rand.New(rand.NewPCG(1, 2))
	type seg struct{ a, b r2.Vec }
	var segs []seg
	px := 0.0
	for range 1250 {
		a := r2.Vec{X: rnd.Float64() * 1920, Y: rnd.Float64() * 1080}
		d := r2.Vec{X: rnd.NormFloat64() * 150, Y: rnd.NormFloat64() * 150}
		segs = append(segs, seg{a, r2.Add(a, d)})
		px += r2.Norm(d) * 3
	}
	col := drawing.Color{R: 200, G: 30, B: 30, A: 200}
	lut := blendTable(col)
	b.Run("solid", func(b *testing.B) {
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			for _, s := range segs {
				strokeOp(img, []r2.Vec{s.a, s.b}, 2, col, nil, lut)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/px, "ns/px")
	})
}
