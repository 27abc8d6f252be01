package raster_test

import (
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
