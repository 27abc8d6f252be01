// Package gochart lets go-chart draw on a canvas: Renderer is a
// chart.Renderer whose calls become canvas calls, so every go-chart chart
// (and every view written against chart.Renderer) gets the raster, SVG and
// PDF backends with no type check on the renderer.
//
// go-chart's defects that live in its renderers are fixed here, once:
//   - its SVG text was not escaped: the canvas backends escape it;
//   - its SVG truncated stroke widths to whole pixels (0.5 became 0): widths
//     pass through as they are;
//   - its SVG filled a stroked path, and with the font's colour: Stroke only
//     strokes and Fill only fills, as its raster renderer does;
//   - its default font (Roboto) has no CJK glyphs: every font it sets
//     becomes the canvas font.
package gochart

import (
	"io"
	"math"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/views/canvas"
)

// Renderer is a chart.Renderer drawing on a canvas in the canvas font.
type Renderer struct {
	c    canvas.Canvas
	font *canvas.Font
	dpi  float64

	stroke, fill, text drawing.Color
	width              float64
	dashes             []float64
	size               float64
	rotation           *float64
	path               canvas.Path
}

// New is a renderer on c whose text is in font, at 72 DPI (font sizes are
// then pixels).
func New(c canvas.Canvas, font *canvas.Font) *Renderer {
	return &Renderer{c: c, font: font, dpi: 72}
}

// Canvas is the canvas the renderer draws on.
func (r *Renderer) Canvas() canvas.Canvas { return r.c }

// ResetStyle forgets colours, widths, dashes, the size and the rotation.
func (r *Renderer) ResetStyle() {
	r.stroke, r.fill, r.text = drawing.Color{}, drawing.Color{}, drawing.Color{}
	r.width, r.dashes, r.size, r.rotation = 0, nil, 0, nil
	r.path = r.path[:0]
}

func (r *Renderer) GetDPI() float64                { return r.dpi }
func (r *Renderer) SetDPI(dpi float64)             { r.dpi = dpi }
func (r *Renderer) SetClassName(string)            {}
func (r *Renderer) SetStrokeColor(c drawing.Color) { r.stroke = c }
func (r *Renderer) SetFillColor(c drawing.Color)   { r.fill = c }
func (r *Renderer) SetStrokeWidth(w float64)       { r.width = w }
func (r *Renderer) SetStrokeDashArray(d []float64) { r.dashes = d }
func (r *Renderer) SetFont(*truetype.Font)         {}
func (r *Renderer) SetFontColor(c drawing.Color)   { r.text = c }
func (r *Renderer) SetFontSize(size float64)       { r.size = size }
func (r *Renderer) SetTextRotation(rad float64)    { r.rotation = &rad }
func (r *Renderer) ClearTextRotation()             { r.rotation = nil }

// Save writes nothing: the canvas's owner writes the picture.
func (r *Renderer) Save(io.Writer) error { return nil }

func pt(x, y int) canvas.Point { return canvas.Point{X: float64(x), Y: float64(y)} }

func (r *Renderer) MoveTo(x, y int) { r.path.Move(pt(x, y)) }
func (r *Renderer) LineTo(x, y int) { r.path.Line(pt(x, y)) }
func (r *Renderer) Close()          { r.path.Close() }

func (r *Renderer) QuadCurveTo(cx, cy, x, y int) { r.path.Quad(pt(cx, cy), pt(x, y)) }

// ArcTo follows go-chart's raster renderer: from angle start (radians,
// clockwise from 3 o'clock) through delta, a line to the start first.
func (r *Renderer) ArcTo(cx, cy int, rx, ry, start, delta float64) {
	c := pt(cx, cy)
	if rx == ry {
		r.path.Arc(c, rx, start, delta)
		return
	}
	n := max(8, int(math.Abs(delta)*max(rx, ry)/4))
	for i := 0; i <= n; i++ {
		a := start + delta*float64(i)/float64(n)
		p := canvas.Point{X: c.X + rx*math.Cos(a), Y: c.Y + ry*math.Sin(a)}
		if i == 0 && len(r.path) == 0 {
			r.path.Move(p)
		} else {
			r.path.Line(p)
		}
	}
}

// Stroke strokes the path in the stroke colour and width, and ends it.
func (r *Renderer) Stroke() {
	r.strokePath()
	r.path = r.path[:0]
}

// Fill fills the path in the fill colour, and ends it.
func (r *Renderer) Fill() {
	r.fillPath()
	r.path = r.path[:0]
}

// FillStroke fills then strokes the path, and ends it.
func (r *Renderer) FillStroke() {
	r.fillPath()
	r.strokePath()
	r.path = r.path[:0]
}

// Circle adds a circle to the path, as go-chart's raster renderer does
// (its SVG one drew it at once, and the Fill after it drew nothing).
func (r *Renderer) Circle(radius float64, x, y int) {
	r.path = append(r.path, canvas.Circle(pt(x, y), radius)...)
}

func (r *Renderer) fillPath() {
	if len(r.path) == 0 || r.fill.IsTransparent() {
		return
	}
	r.c.SetColor(r.fill)
	r.c.Fill(r.path)
}

func (r *Renderer) strokePath() {
	if len(r.path) == 0 || r.stroke.IsTransparent() || r.width <= 0 {
		return
	}
	r.c.SetColor(r.stroke)
	r.c.SetLineWidth(r.width)
	r.c.SetLineDash(r.dashes, 0)
	r.c.SetLineCap(canvas.ButtCap)
	r.c.Stroke(r.path)
}

// face is the text's font at go-chart's raster size: its 26.6 scale is
// size×DPI where size×DPI×64/72 was meant, so its PNG text is 12.5% larger
// than asked at 72 DPI. The screen and PNG exports show that size, and the
// views were laid out by it, so every canvas gets it too.
func (r *Renderer) face() canvas.Face {
	return canvas.Face{Font: r.font, Size: r.size * r.dpi / 64}
}

// Text draws one line with its baseline at y, turned by the text rotation
// around its start.
func (r *Renderer) Text(body string, x, y int) {
	if body == "" || r.text.IsTransparent() {
		return
	}
	r.c.SetColor(r.text)
	if r.rotation == nil {
		r.c.Text(r.face(), float64(x), float64(y), canvas.Start, body)
		return
	}
	r.c.Push()
	r.c.Translate(float64(x), float64(y))
	r.c.Rotate(*r.rotation)
	r.c.Text(r.face(), 0, 0, canvas.Start, body)
	r.c.Pop()
}

// MeasureText is go-chart's raster measure, which the screen and PNG lay
// out by: the box of the glyphs' outline points from the pen's start,
// rounded up, turned with the text.
func (r *Renderer) MeasureText(body string) chart.Box {
	left, top, right, bottom := r.face().Ink(body)
	// go-chart's normalisation: the box starts at 0 and grows by any offset.
	right += math.Abs(left)
	bottom += math.Abs(top)
	b := chart.Box{Right: int(math.Ceil(right)), Bottom: int(math.Ceil(bottom))}
	if r.rotation != nil {
		b = b.Corners().Rotate(chart.RadiansToDegrees(*r.rotation)).Box()
	}
	return b
}

var _ chart.Renderer = (*Renderer)(nil)
