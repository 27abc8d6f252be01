package canvas

import (
	"image/color"
	"math"
)

// A big graph is thousands of discs, rings and boxes, which a pixel backend
// paints far faster as shapes than as general paths. Views call the
// functions below; a backend with the Shapes methods paints the shape, and
// any other canvas gets the same shape as a path.

// Shapes is what a backend may offer beyond Canvas. Each paints in the
// current state (colour, opacity, transform, clip), as Fill would.
type Shapes interface {
	// FillDisc fills the circle of radius r about c.
	FillDisc(c Point, r float64)
	// FillRing fills the band from r0 to r1 about c, split into equal
	// sectors clockwise from the top, one per colour (the state's colour
	// is not used; its opacity is).
	FillRing(c Point, r0, r1 float64, cols []color.Color)
	// FillBox fills the axis-aligned box r with corners of radius rad (0:
	// square); its edges may fall between pixels.
	FillBox(r Rect, rad float64)
	// FillFlat fills p where its edge does not show (a large wash, a
	// label's backdrop near the background): a backend may skip the
	// anti-aliasing.
	FillFlat(p Path)
}

// Flusher is a backend that queues what is drawn and paints it later, on
// every core.
type Flusher interface {
	// Flush paints everything queued so far.
	Flush()
}

// FillDisc fills the circle of radius r about c.
func FillDisc(cv Canvas, c Point, r float64) {
	if s, ok := cv.(Shapes); ok {
		s.FillDisc(c, r)
		return
	}
	cv.Fill(Circle(c, r))
}

// FillRing fills the band from r0 to r1 about c in equal sectors clockwise
// from the top, one per colour.
func FillRing(cv Canvas, c Point, r0, r1 float64, cols []color.Color) {
	if s, ok := cv.(Shapes); ok {
		s.FillRing(c, r0, r1, cols)
		return
	}
	if len(cols) == 1 {
		cv.Push()
		cv.SetColor(cols[0])
		cv.Fill(Ring(c, r0, r1))
		cv.Pop()
		return
	}
	cv.Push()
	defer cv.Pop()
	k := float64(len(cols))
	for i, col := range cols {
		a0 := -math.Pi/2 + 2*math.Pi*float64(i)/k
		var p Path
		p.Arc(c, r1, a0, 2*math.Pi/k)
		p.Arc(c, r0, a0+2*math.Pi/k, -2*math.Pi/k)
		p.Close()
		cv.SetColor(col)
		cv.Fill(p)
	}
}

// FillBox fills the box r with corners of radius rad.
func FillBox(cv Canvas, r Rect, rad float64) {
	if s, ok := cv.(Shapes); ok {
		s.FillBox(r, rad)
		return
	}
	cv.Fill(RoundRect(r, rad))
}

// FillFlat fills p where its anti-aliased edge would not show.
func FillFlat(cv Canvas, p Path) {
	if s, ok := cv.(Shapes); ok {
		s.FillFlat(p)
		return
	}
	cv.Fill(p)
}

// Flush paints what cv has queued; other canvases paint as they go.
func Flush(cv Canvas) {
	if f, ok := cv.(Flusher); ok {
		f.Flush()
	}
}

// RoundRect is r as a closed path with corners of radius rad (at most
// half the shorter side; 0 gives RectPath).
func RoundRect(r Rect, rad float64) Path {
	rad = math.Max(0, math.Min(rad, math.Min(r.Max.X-r.Min.X, r.Max.Y-r.Min.Y)/2))
	if rad == 0 {
		return RectPath(r)
	}
	var p Path
	p.Arc(Point{r.Max.X - rad, r.Min.Y + rad}, rad, -math.Pi/2, math.Pi/2)
	p.Arc(Point{r.Max.X - rad, r.Max.Y - rad}, rad, 0, math.Pi/2)
	p.Arc(Point{r.Min.X + rad, r.Max.Y - rad}, rad, math.Pi/2, math.Pi/2)
	p.Arc(Point{r.Min.X + rad, r.Min.Y + rad}, rad, math.Pi, math.Pi/2)
	p.Close()
	return p
}
