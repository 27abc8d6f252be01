package charts

import (
	"image"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// hsv is a colour's hue (degrees), saturation and value (0…1).
func hsv(r, g, b uint8) (h, s, v float64) {
	R, G, B := float64(r)/255, float64(g)/255, float64(b)/255
	mx, mn := math.Max(R, math.Max(G, B)), math.Min(R, math.Min(G, B))
	v = mx
	if mx > 0 {
		s = (mx - mn) / mx
	}
	d := mx - mn
	switch {
	case d == 0:
		h = 0
	case mx == R:
		h = 60 * math.Mod((G-B)/d, 6)
	case mx == G:
		h = 60 * ((B-R)/d + 2)
	default:
		h = 60 * ((R-G)/d + 4)
	}
	if h < 0 {
		h += 360
	}
	return h, s, v
}

func hueDist(a, b float64) float64 {
	d := math.Abs(a - b)
	return math.Min(d, 360-d)
}

// chromatic says a colour reads as a hue, not a grey.
func chromatic(c drawing.Color) bool {
	_, s, v := hsv(c.R, c.G, c.B)
	return s > 0.3 && v > 0.25
}

// TestColourRule holds the colour rule (palette.go) over every chart of
// the bundled data and the test fixture, in both themes and languages: a
// data colour is a camp's, on a camp or a camp's deal; every other paint is
// a neutral shade; and no pixel of a chart has a hue that is not one of the
// camps it paints (finding 5).
func TestColourRule(t *testing.T) {
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, ds := range []*data.Dataset{bundled, fixture(t)} {
		campHex := map[string]bool{}
		for _, c := range ds.Camps {
			campHex[strings.ToUpper(strings.TrimPrefix(c.Color, "#"))] = true
		}
		for _, th := range []export.Theme{export.Light, export.Dark} {
			for _, lang := range []string{"en", "zh"} {
				for _, c := range ds.Charts {
					s, err := build(ds, c, lang, time.Time{})
					if err != nil {
						t.Fatal(err)
					}
					checkSpecColours(t, c.ID, th, s, campHex)
					checkPixels(t, c.ID, th, lang, s)
				}
			}
		}
	}
}

func checkSpecColours(t *testing.T, id string, th export.Theme, s spec, campHex map[string]bool) {
	t.Helper()
	check := func(what string, p paint) {
		if p.Hex != "" {
			if !campHex[strings.ToUpper(strings.TrimPrefix(p.Hex, "#"))] {
				t.Errorf("%s (%s): %s is painted %s, not a camp's colour", id, th.Name, what, p.Hex)
			}
			return
		}
		if c := colorOf(th, p); chromatic(c) {
			t.Errorf("%s (%s): %s is painted %v, a hue; only camps get hues", id, th.Name, what, c)
		}
	}
	for _, b := range s.Bars {
		for _, p := range b.Parts {
			check(b.Label+" / "+p.Label, p.Paint)
		}
	}
	for _, e := range s.Legend {
		check("legend "+e.Label, e.Paint)
	}
}

// checkPixels renders the chart and checks that every coloured pixel has
// the hue of a camp the chart paints.
func checkPixels(t *testing.T, id string, th export.Theme, lang string, s spec) {
	t.Helper()
	var hues []float64
	for _, b := range s.Bars {
		for _, p := range b.Parts {
			if p.Paint.Hex != "" {
				c := export.Color(p.Paint.Hex, th.Neutral)
				h, _, _ := hsv(c.R, c.G, c.B)
				hues = append(hues, h)
			}
		}
	}
	img, err := export.Image(960, 540, 0.5, th, lang, func(f export.Frame) error { return draw(f, s) })
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	var first image.Point
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			o := img.PixOffset(x, y)
			c := drawing.Color{R: img.Pix[o], G: img.Pix[o+1], B: img.Pix[o+2], A: 255}
			if !chromatic(c) {
				continue
			}
			h, _, _ := hsv(c.R, c.G, c.B)
			ok := false
			for _, ch := range hues {
				if hueDist(h, ch) < 14 {
					ok = true
				}
			}
			if !ok {
				if bad == 0 {
					first = image.Pt(x, y)
				}
				bad++
			}
		}
	}
	if bad > 20 { // a few anti-aliased pixels between two camps' colours
		o := img.PixOffset(first.X, first.Y)
		t.Errorf("%s (%s, %s): %d pixels have a hue that is no camp's of this chart, the first at %v: %v", id, th.Name, lang, bad, first, img.Pix[o:o+3])
	}
}
