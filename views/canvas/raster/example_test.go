package raster_test

import (
	"fmt"
	"image"
	"image/color"

	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/raster"
)

// A widget keeps a canvas and a few buffers: each frame resets the canvas
// over a free buffer, clears it (or copies a base picture into it), draws
// through the canvas and its shapes, and reads the pixels from Image,
// which paints the queue first.
func Example() {
	c := raster.New(640, 360)
	buffers := []*image.RGBA{image.NewRGBA(image.Rect(0, 0, 640, 360)), image.NewRGBA(image.Rect(0, 0, 640, 360))}
	for frame, buf := range buffers {
		c.Reset(buf)
		c.Clear(color.White)
		c.SetColor(color.NRGBA{0x55, 0x5a, 0x66, 0xb0})
		c.SetLineWidth(2)
		c.SetLineDash([]float64{6, 3}, 0)
		c.Stroke(canvas.Polyline(canvas.Point{X: 100, Y: 100}, canvas.Point{X: 500, Y: 260}))
		canvas.FillRing(c, canvas.Point{X: 100, Y: 100}, 9, 12, []color.Color{color.NRGBA{0x00, 0x72, 0xb2, 0xff}})
		c.SetColor(color.NRGBA{0xf4, 0xf5, 0xf7, 0xff})
		canvas.FillDisc(c, canvas.Point{X: 100, Y: 100}, 9)
		img := c.Image() // == buf, painted
		fmt.Println(frame, img == buf, img.RGBAAt(100, 100))
	}
	// Output:
	// 0 true {244 245 247 255}
	// 1 true {244 245 247 255}
}
