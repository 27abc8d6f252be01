package timeline

import (
	"image"
	"image/draw"
	"math"
	"testing"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/views/export"
)

// Marks painted straight into the pixels look like go-chart's: the same
// pixels within a little anti-aliasing, for rules, washes, dots and bars.
func TestPixMarksMatchRasterizer(t *testing.T) {
	blue := drawing.ColorFromHex("0072B2")
	// go-chart's circle is four quadratic arcs, 6% out at the diagonals (a
	// squircle); ours is round, like the SVG's <circle>: a thin ring then
	// differs by a sixth of its ink.
	cases := []struct {
		name string
		draw func(r pen)
		tol  float64 // share of the ink that may differ
	}{
		{"rule", func(r pen) { line(r, 10, 20.4, 90, 20.4, blue, 1, nil) }, 0.06},
		{"thick vertical", func(r pen) { line(r, 50, 5, 50, 55, blue, 2, nil) }, 0.06},
		{"wash", func(r pen) { fillRect(r, chart.NewBox(10, 12, 70, 50), blue.WithAlpha(120)) }, 0.06},
		{"dot", func(r pen) { dot(r, 40, 30, 7, blue, drawing.ColorWhite, 2) }, 0.1},
		{"hollow dot", func(r pen) { dot(r, 40.6, 30.2, 7, drawing.ColorWhite, blue, 2) }, 0.2},
		{"bullet", func(r pen) { dot(r, 40, 30, 6, blue, drawing.Color{}, 0) }, 0.1},
		{"pill", func(r pen) {
			roundRect(r, Rect{12, 24, 88, 36}, 6, blue.WithAlpha(90), blue, 1.5, nil)
		}, 0.06},
		{"card", func(r pen) {
			roundRect(r, Rect{8, 8, 92, 52}, 6, drawing.ColorFromHex("F1F3F6"), blue, 2, nil)
		}, 0.06},
		{"halo", func(r pen) { roundRect(r, Rect{20, 19, 60, 41}, 11, blue.WithAlpha(60), drawing.Color{}, 0, nil) }, 0.06},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pics := [2]*image.RGBA{}
			for k := range pics {
				rr, _ := chart.PNG(100, 60)
				img := export.Pixels(rr)
				draw.Draw(img, img.Rect, image.White, image.Point{}, draw.Src)
				p := newPen(rr)
				if k == 0 {
					p.img = nil // through go-chart's rasterizer
				}
				c.draw(p)
				pics[k] = img
			}
			var sum, worst float64
			ink := 0.0
			for i := range pics[0].Pix {
				d := math.Abs(float64(pics[0].Pix[i]) - float64(pics[1].Pix[i]))
				sum += d
				worst = math.Max(worst, d)
				ink += 255 - float64(pics[0].Pix[i])
			}
			// Within a few percent of the ink drawn, and no pixel off by
			// more than half: anti-aliased edges, not moved shapes.
			if ink == 0 || sum > c.tol*ink || worst > 128 {
				t.Errorf("differs from go-chart: total %.0f of ink %.0f, worst channel %.0f", sum, ink, worst)
			}
		})
	}
}
