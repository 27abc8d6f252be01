package export

import "github.com/aicamps/aicamps/views/canvas"

// Clipped draws with nothing outside the frame's box: a view framed as on
// screen (zoomed in) reaches past it, over the title and the footer. Every
// format clips on its canvas.
func Clipped(f Frame, paint DrawFunc) error {
	b := f.Box
	f.C.Push()
	defer f.C.Pop()
	f.C.Clip(canvas.Rect{Min: canvas.Point{X: float64(b.Left), Y: float64(b.Top)}, Max: canvas.Point{X: float64(b.Right), Y: float64(b.Bottom)}})
	return paint(f)
}
