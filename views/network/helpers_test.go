package network

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

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

// TestLook writes the fixture (or the bundled data with NETWORK_BUNDLED=1)
// as PNG and SVG in both languages and themes to $NETWORK_LOOK, for eyes.
func TestLook(t *testing.T) {
	dir := lookDir(t)
	ds := fixture(t)
	if os.Getenv("NETWORK_BUNDLED") != "" {
		var err error
		if ds, err = data.Bundled(); err != nil {
			t.Fatal(err)
		}
	}
	// One dated picture: only the relations in force then.
	o := export.Defaults()
	o.Scale = 1
	lookExport(t, dir, "en-asof-2024-06.png", Item(ds, "en", time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)), o)
	for _, lang := range []string{"en", "zh"} {
		for _, th := range []export.Theme{export.Light, export.Dark} {
			it := Item(ds, lang, time.Time{})
			for _, c := range []struct {
				format string
				scale  int
			}{{export.PNG, 1}, {export.PNG, 2}, {export.SVG, 1}} {
				o := export.Defaults()
				o.Format, o.Scale, o.Theme, o.Lang = c.format, c.scale, th, lang
				lookExport(t, dir, lang+"-"+th.Name+"-"+string(rune('0'+c.scale))+"x."+c.format, it, o)
			}
		}
	}
}

// lookDir is $NETWORK_LOOK, where the look tests write pictures for eyes;
// without it the test is skipped.
func lookDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("NETWORK_LOOK")
	if dir == "" {
		t.Skip("set NETWORK_LOOK=/tmp/dir to write pictures to look at")
	}
	return dir
}

// lookExport writes it, exported with o, as dir/name.
func lookExport(t *testing.T, dir, name string, it export.Item, o export.Options) {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Render(&buf, it.Apply(o), it.Draw); err != nil {
		t.Fatal(err)
	}
	lookWrite(t, dir, name, buf.Bytes())
}

// lookPNG writes img as dir/name.
func lookPNG(t *testing.T, dir, name string, img image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	lookWrite(t, dir, name, buf.Bytes())
}

func lookWrite(t *testing.T, dir, name string, b []byte) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
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
