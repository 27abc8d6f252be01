package export

import (
	"bytes"
	"image/png"
	"strings"
	"testing"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// A view drawn Clipped paints nothing outside its box, in PNG and SVG;
// unclipped, the same drawing covers the whole slide.
func TestClippedKeepsToTheBox(t *testing.T) {
	red := drawing.ColorFromHex("ff0000")
	spill := func(f Frame) error {
		f.FillRect(chart.NewBox(-100, -100, 10000, 10000), red)
		return nil
	}
	for _, clip := range []bool{true, false} {
		draw := spill
		if clip {
			draw = func(f Frame) error { return Clipped(f, spill) }
		}
		o := Defaults()
		o.Width, o.Height, o.Scale = 640, 360, 1
		var b bytes.Buffer
		if err := Render(&b, o, draw); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(&b)
		if err != nil {
			t.Fatal(err)
		}
		r, g, _, _ := img.At(2, 2).RGBA()
		cr, cg, _, _ := img.At(320, 180).RGBA()
		if corner := r > 0xf000 && g < 0x1000; corner == clip || cr < 0xf000 || cg > 0x1000 {
			t.Errorf("clipped %v: corner %x,%x, middle %x,%x", clip, r, g, cr, cg)
		}
		o.Format = SVG
		b.Reset()
		if err := Render(&b, o, draw); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "clip") != clip {
			t.Errorf("clipped %v: the SVG's clipping is %v", clip, !clip)
		}
	}
}
