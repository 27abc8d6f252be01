package network

import (
	"image"
	"math"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// fixture is a small hand-made dataset modelled on the article: four camps
// (one forecast), a company in two camps, one in none, parallel relations,
// ended ties, rumoured and claimed deals.
func fixture(t testing.TB) *data.Dataset {
	t.Helper()
	ds, err := data.LoadFile(filepath.Join("testdata", "fixture.json"))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// strokePolyline paints a polyline of width w with butt ends, dashed when
// dash is given (on, off, … lengths in pixels).
func strokePolyline(img *image.RGBA, pts []r2.Vec, w float64, col drawing.Color, dash []float64) {
	strokeOp(img, pts, w, col, newDashBits(dash))
}

// fillDisc paints a disc of radius r about c.
func fillDisc(img *image.RGBA, c r2.Vec, r float64, col drawing.Color) {
	fillDiscLUT(img, c, r, col, nil)
}

// dashOn is whether position s along a stroke is in a dash of the
// pattern (on, off, … lengths; period their sum), walked: what dashBits
// samples.
func dashOn(dash []float64, period, s float64) bool {
	if s >= 0 && s < 1<<52 {
		s -= period * float64(int64(s/period))
	} else {
		s -= period * math.Floor(s/period)
	}
	for i, d := range dash {
		if s < d {
			return i%2 == 0
		}
		s -= d
	}
	return false
}

// screenImage is export.Image for the widget: the same renderer and frame,
// but the background is filled on every core, or copied from base when it
// is given, and the drawing goes on top.
func screenImage(w, h int, scale float64, th export.Theme, lang string, base *image.RGBA, fn export.DrawFunc) (*image.RGBA, error) {
	return screenImageOn(nil, w, h, scale, th, lang, base, fn)
}

// nodePos is where a company is drawn, in Fyne units on the canvas.
func (v *View) nodePos(id string) (fyne.Position, bool) {
	g := v.geom()
	i, ok := g.byID[id]
	if !ok {
		return fyne.Position{}, false
	}
	c := g.nodes[i].c
	return fyne.NewPos(float32(c.X)/v.px, float32(c.Y)/v.px), true
}
