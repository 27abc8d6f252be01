package raster_test

import (
	"image/color"
	"testing"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/canvas/raster/synthframe"
)

// BenchmarkRaster paints the synthetic frame, and each of its layers, on a
// reused 1920×1080 canvas, queued and flushed as the widget does. Compare
// with BenchmarkNetworkDraw/nodes=1000/relations=3000 (views/network).
func BenchmarkRaster(b *testing.B) {
	font, err := canvas.ParseFont(assets.Font, "sans-serif")
	if err != nil {
		b.Fatal(err)
	}
	f := synthframe.New(1000, 3000, font)
	c := raster.New(1920, 1080)
	for _, bc := range []struct {
		name string
		draw func(canvas.Canvas)
	}{
		{"frame/nodes=1000/relations=3000/labels=1000", f.Draw},
		{"relations=3000", f.Relations},
		{"nodes=1000", f.Nodes},
		{"labels=1000", f.Labels},
		{"regions=3", f.Regions},
		{"dots=2000", dots}, // a big timeline's: filled and outlined round boxes
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				c.Reset(nil)
				bc.draw(c)
				c.Flush()
			}
		})
	}
}

// dots are 2,000 timeline dots: a filled round box, its outline stroked.
func dots(c canvas.Canvas) {
	for i := range 2000 {
		x, y := float64(20+(i*37)%1880), float64(20+(i*53)%1040)
		box := canvas.Rect{Min: canvas.Point{X: x - 7, Y: y - 7}, Max: canvas.Point{X: x + 7, Y: y + 7}}
		c.SetColor(color.NRGBA{0, 0x72, 0xb2, 255})
		canvas.FillBox(c, box, 7)
		c.SetColor(color.White)
		c.SetLineWidth(2)
		c.Stroke(canvas.RoundRect(box, 7))
	}
}
