package export

import (
	"bytes"
	"image/color"
	"image/png"
	"testing"

	"github.com/aicamps/aicamps/views/canvas"
)

// A view that draws on the frame's canvas (which the raster backend
// queues) is in the PNG export and the screen image: the queue is painted
// before the pixels are read.
func TestCanvasDrawingIsPainted(t *testing.T) {
	red := color.NRGBA{0xff, 0, 0, 0xff}
	view := func(f Frame) error {
		f.C.SetColor(red)
		canvas.FillDisc(f.C, canvas.Point{X: 100, Y: 100}, 30)
		return nil
	}
	o := Defaults()
	o.Width, o.Height, o.Scale = 640, 360, 1
	var b bytes.Buffer
	if err := Render(&b, o, view); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&b)
	if err != nil {
		t.Fatal(err)
	}
	screen, err := Image(400, 300, 1, Light, "en", view)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]color.Color{"png": img.At(100, 100), "screen": screen.At(100, 100)} {
		if r, g, _, _ := got.RGBA(); r>>8 != 0xff || g>>8 != 0 {
			t.Errorf("%s: the disc's centre is %v, want red", name, got)
		}
	}
}
