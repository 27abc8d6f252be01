package export

import (
	"image"
	"image/draw"

	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/gochart"
)

// Clipped draws with nothing outside the frame's box: a view framed as on
// screen (zoomed in) reaches past it, over the title and the footer. SVG
// and PDF clip on their canvas; a PNG draws on a picture of its own, whose
// box is then laid over the slide.
func Clipped(f Frame, paint DrawFunc) error {
	b := f.Box
	if r, ok := f.R.(*gochart.Renderer); ok {
		c := r.Canvas()
		c.Push()
		defer c.Pop()
		c.Clip(canvas.Rect{Min: canvas.Point{X: float64(b.Left), Y: float64(b.Top)}, Max: canvas.Point{X: float64(b.Right), Y: float64(b.Bottom)}})
		return paint(f)
	}
	img := Pixels(f.R)
	if img == nil {
		return paint(f)
	}
	own := NewPNG(img.Rect.Dx(), img.Rect.Dy()) // transparent
	g := f
	g.R = own
	if err := paint(g); err != nil {
		return err
	}
	r := image.Rect(b.Left, b.Top, b.Right, b.Bottom)
	draw.Draw(img, r, Pixels(own), r.Min, draw.Over)
	return nil
}
