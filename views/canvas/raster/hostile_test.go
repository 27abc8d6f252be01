package raster

import (
	"image/color"
	"math"
	"testing"

	"github.com/aicamps/aicamps/views/canvas"
)

// Coordinates a broken layout may hand over (NaN, ±Inf, far off the
// picture, huge radii) paint nothing wrong and never panic, on every path.
func TestHostileCoordinates(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	vals := []float64{nan, inf, -inf, 1e18, -1e18, 4e6, -4e6, -3e4, 50}
	c := New(200, 100)
	c.Clear(color.White)
	f := canvas.Face{Font: testFont, Size: 12}
	for _, v := range vals {
		for _, u := range vals {
			c.SetColor(color.NRGBA{0, 0x72, 0xb2, 0x80})
			c.SetLineWidth(2)
			canvas.FillDisc(c, pt(v, u), 10)
			canvas.FillDisc(c, pt(50, 50), v)
			canvas.FillRing(c, pt(v, u), 5, 10, []color.Color{color.Black, color.White})
			canvas.FillRing(c, pt(50, 50), v, u, []color.Color{color.Black})
			canvas.FillBox(c, rect(v, u, 60, 60), 4)
			canvas.FillBox(c, rect(10, 10, v, u), u)
			canvas.FillFlat(c, canvas.Polyline(pt(v, u), pt(100, 10), pt(20, 90)))
			c.Stroke(canvas.Polyline(pt(v, u), pt(100, 50)))
			c.SetLineDash([]float64{4, 2}, v)
			c.Stroke(canvas.Polyline(pt(10, 10), pt(v, u)))
			c.SetLineDash(nil, 0)
			c.Fill(canvas.Polyline(pt(v, u), pt(10, 12), pt(12, 20)))
			c.Fill(canvas.Circle(pt(v, u), 20))
			c.Stroke(canvas.Circle(pt(20, 20), v))
			c.Text(f, v, u, canvas.Middle, "Hostile 敌")
			c.Push()
			c.Translate(v, u)
			c.Text(f, 10, 10, canvas.Start, "moved")
			c.Pop()
			c.Flush()
		}
	}
	if got := c.Image().RGBAAt(199, 0); got.A != 255 {
		t.Errorf("a corner became %v", got)
	}
}
