package network

import (
	"image"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/export"
	"github.com/wcharczuk/go-chart/v2"
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

// screenImage is the widget's picture of fn: its raster canvas over the
// background, or over a copy of base when it is given.
func screenImage(w, h int, scale float64, th export.Theme, lang string, base *image.RGBA, fn export.DrawFunc) (*image.RGBA, error) {
	return screenImageOn(nil, w, h, scale, th, lang, base, fn)
}

// textSpy passes a drawing on to its canvas and tells on each text: its
// words, its size as the views ask for it (Frame.Text's), and where its
// left end sits on the baseline.
type textSpy struct {
	canvas.Canvas
	on func(s string, size, x, y float64)
}

func (t *textSpy) Text(f canvas.Face, x, y float64, a canvas.Anchor, s string) {
	t.Canvas.Text(f, x, y, a, s)
	t.on(s, f.Size*64/72, a.Left(x, f.Width(s)), y)
}

// spyFrame is a w×h light frame on a raster canvas that tells on its texts.
func spyFrame(w, h int, lang string, on func(s string, size, x, y float64)) export.Frame {
	return export.Frame{C: &textSpy{Canvas: raster.New(w, h), on: on}, Box: chart.NewBox(0, 0, w, h), Scale: 1, Theme: export.Light, Lang: lang}
}
