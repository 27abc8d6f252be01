package timeline

import (
	"image/color"
	"math"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/views/canvas"
)

// The timeline's marks on the frame's canvas, at whole pixels as the
// slides were designed. Boxes and dots go through the canvas's shapes,
// which a pixel backend paints fast and a vector one writes as a path.

func pt(x, y float64) canvas.Point { return canvas.Point{X: x, Y: y} }

// line strokes a straight line without caps, dashed when dash is given.
func line(c canvas.Canvas, x0, y0, x1, y1 float64, col color.Color, w float64, dash []float64) {
	c.SetColor(col)
	c.SetLineWidth(w)
	c.SetLineDash(dash, 0)
	c.SetLineCap(canvas.ButtCap)
	c.Stroke(canvas.Polyline(pt(math.Round(x0), math.Round(y0)), pt(math.Round(x1), math.Round(y1))))
}

// dot fills a circle and strokes its edge w wide (w 0: no edge).
func dot(c canvas.Canvas, x, y, radius float64, fill, stroke color.Color, w float64) {
	at := pt(math.Round(x), math.Round(y))
	c.SetColor(fill)
	canvas.FillDisc(c, at, radius)
	if w > 0 {
		c.SetColor(stroke)
		c.SetLineWidth(w)
		c.SetLineDash(nil, 0)
		c.SetLineCap(canvas.ButtCap)
		c.Stroke(canvas.Circle(at, radius))
	}
}

// fillRect fills a box.
func fillRect(c canvas.Canvas, b chart.Box, col color.Color) {
	c.SetColor(col)
	canvas.FillBox(c, canvas.Rect{Min: pt(float64(b.Left), float64(b.Top)), Max: pt(float64(b.Right), float64(b.Bottom))}, 0)
}

// roundRect fills a box with rounded corners of radius rad (clamped to half
// the smaller side), then strokes its edge w wide when stroke is given.
func roundRect(c canvas.Canvas, b Rect, rad float64, fill, stroke color.Color, w float64, dash []float64) {
	x0, y0, x1, y1 := math.Round(b.X0), math.Round(b.Y0), math.Round(b.X1), math.Round(b.Y1)
	rad = math.Round(math.Min(rad, math.Min(x1-x0, y1-y0)/2))
	var p canvas.Path
	p.Move(pt(x0+rad, y0))
	p.Line(pt(x1-rad, y0))
	p.Quad(pt(x1, y0), pt(x1, y0+rad))
	p.Line(pt(x1, y1-rad))
	p.Quad(pt(x1, y1), pt(x1-rad, y1))
	p.Line(pt(x0+rad, y1))
	p.Quad(pt(x0, y1), pt(x0, y1-rad))
	p.Line(pt(x0, y0+rad))
	p.Quad(pt(x0, y0), pt(x0+rad, y0))
	p.Close()
	c.SetColor(fill)
	c.Fill(p)
	if w > 0 {
		c.SetColor(stroke)
		c.SetLineWidth(w)
		c.SetLineDash(dash, 0)
		c.SetLineCap(canvas.ButtCap)
		c.Stroke(p)
	}
}
