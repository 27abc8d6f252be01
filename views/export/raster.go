package export

import (
	"image"
	"image/draw"
	"io"
	"math"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/math/fixed"
)

// NewPNG returns a PNG renderer of w×h transparent pixels at 72 DPI (font
// sizes are pixels), as Render and Image use: go-chart's raster renderer,
// except that upright text in the bundled font is drawn from a shared glyph
// cache straight into the pixels (go-chart outlines and rasterises every
// glyph of every string again), and fills skip work that changes no pixel
// (see pngRenderer). Sizes, positions and MeasureText are go-chart's.
// Pixels gives its picture.
//
// Deprecated: export draws on views/canvas/raster; port3 removes the last
// use in views/network (canvas/raster's text test still takes it as its
// reference), and then this file and glyphs.go go.
func NewPNG(w, h int) chart.Renderer {
	inner, _ := chart.PNG(max(w, 1), max(h, 1))
	inner.SetDPI(72)
	var iw chart.ImageWriter
	_ = inner.Save(&iw) // hands over the pixels, no encoding
	img, _ := iw.Image()
	return &pngRenderer{Renderer: inner, img: img.(*image.RGBA), dpi: 72}
}

// pngRenderer mirrors the text state go-chart's raster renderer keeps, so it
// can take over Text and MeasureText when the text is upright.
//
// It also holds a path back until it is filled or stroked: a fill or stroke
// in a transparent colour (go-chart paints its transparent canvas and
// background over the whole chart, ~80 ms at 3840×2160) is dropped, and an
// upright rectangle filled in full is written straight into the pixels.
// Both give go-chart's pixels exactly.
type pngRenderer struct {
	chart.Renderer
	img     *image.RGBA
	font    *truetype.Font
	size    float64
	color   drawing.Color
	dpi     float64
	rotated bool

	fill, stroke drawing.Color
	path         []pathOp
}

func (p *pngRenderer) ResetStyle() {
	p.Renderer.ResetStyle() // keeps the font, as go-chart does
	p.size, p.color, p.rotated = 0, drawing.Color{}, false
	p.fill, p.stroke = drawing.Color{}, drawing.Color{}
}

func (p *pngRenderer) SetDPI(dpi float64) { p.dpi = dpi; p.Renderer.SetDPI(dpi) }
func (p *pngRenderer) SetFont(f *truetype.Font) {
	p.font = f
	p.Renderer.SetFont(f)
}
func (p *pngRenderer) SetFontSize(s float64) { p.size = s; p.Renderer.SetFontSize(s) }
func (p *pngRenderer) SetFontColor(c drawing.Color) {
	p.color = c
	p.Renderer.SetFontColor(c)
}
func (p *pngRenderer) SetTextRotation(rad float64) {
	p.rotated = true
	p.Renderer.SetTextRotation(rad)
}
func (p *pngRenderer) ClearTextRotation() {
	p.rotated = false
	p.Renderer.ClearTextRotation()
}

// cached says whether the glyph cache draws the current text: upright, in
// the bundled font. Anything else goes through go-chart.
func (p *pngRenderer) cached() bool { return !p.rotated && p.font != nil && p.font == Font() }

// scale is go-chart's glyph scale for the current size (RasterGraphicContext.recalc).
func (p *pngRenderer) scale() fixed.Int26_6 { return fixed.Int26_6(p.size * p.dpi) }

func (p *pngRenderer) Text(body string, x, y int) {
	if p.color.A == 0 {
		return // drawn Over, a transparent text changes no pixel
	}
	if !p.cached() {
		p.Renderer.Text(body, x, y)
		return
	}
	glyphs().draw(p.img, body, x, y, p.scale(), p.color)
}

// MeasureText is go-chart's rasterRenderer.MeasureText on cached glyph bounds.
func (p *pngRenderer) MeasureText(body string) chart.Box {
	if !p.cached() {
		return p.Renderer.MeasureText(body)
	}
	l, t, r, b := glyphs().bounds(body, p.scale())
	if l < 0 {
		r = r - l
		l = 0
	}
	if t < 0 {
		b = b - t
		t = 0
	}
	if l > 0 {
		r = r + l
		l = 0
	}
	if t > 0 {
		b = b + t
		t = 0
	}
	return chart.Box{Top: int(math.Ceil(t)), Left: int(math.Ceil(l)), Right: int(math.Ceil(r)), Bottom: int(math.Ceil(b))}
}

func (p *pngRenderer) SetFillColor(c drawing.Color) { p.fill = c; p.Renderer.SetFillColor(c) }
func (p *pngRenderer) SetStrokeColor(c drawing.Color) {
	p.stroke = c
	p.Renderer.SetStrokeColor(c)
}

// pathOp is one held-back path call.
type pathOp struct {
	kind                 byte // 'M', 'L', 'Q', 'A', 'C' (circle), 'Z'
	x, y, cx, cy         int
	rx, ry, start, delta float64
}

func (p *pngRenderer) MoveTo(x, y int) { p.path = append(p.path, pathOp{kind: 'M', x: x, y: y}) }
func (p *pngRenderer) LineTo(x, y int) { p.path = append(p.path, pathOp{kind: 'L', x: x, y: y}) }
func (p *pngRenderer) QuadCurveTo(cx, cy, x, y int) {
	p.path = append(p.path, pathOp{kind: 'Q', x: x, y: y, cx: cx, cy: cy})
}
func (p *pngRenderer) ArcTo(cx, cy int, rx, ry, start, delta float64) {
	p.path = append(p.path, pathOp{kind: 'A', cx: cx, cy: cy, rx: rx, ry: ry, start: start, delta: delta})
}
func (p *pngRenderer) Circle(radius float64, x, y int) {
	p.path = append(p.path, pathOp{kind: 'C', x: x, y: y, rx: radius})
}
func (p *pngRenderer) Close() { p.path = append(p.path, pathOp{kind: 'Z'}) }

// replay hands the held path to go-chart.
func (p *pngRenderer) replay() {
	r := p.Renderer
	for _, o := range p.path {
		switch o.kind {
		case 'M':
			r.MoveTo(o.x, o.y)
		case 'L':
			r.LineTo(o.x, o.y)
		case 'Q':
			r.QuadCurveTo(o.cx, o.cy, o.x, o.y)
		case 'A':
			r.ArcTo(o.cx, o.cy, o.rx, o.ry, o.start, o.delta)
		case 'C':
			r.Circle(o.rx, o.x, o.y)
		case 'Z':
			r.Close()
		}
	}
}

// rect returns the held path as a pixel rectangle when it is one: a move,
// three or four lines along the axes back round, perhaps closed. go-chart's
// coordinates are whole pixels, so its fill covers exactly these pixels.
func (p *pngRenderer) rect() (image.Rectangle, bool) {
	ops := p.path
	if n := len(ops); n > 0 && ops[n-1].kind == 'Z' {
		ops = ops[:n-1]
	}
	if len(ops) == 5 && ops[4].x == ops[0].x && ops[4].y == ops[0].y {
		ops = ops[:4]
	}
	if len(ops) != 4 || ops[0].kind != 'M' || ops[1].kind != 'L' || ops[2].kind != 'L' || ops[3].kind != 'L' || p.rotated {
		return image.Rectangle{}, false
	}
	a, b, c, d := ops[0], ops[1], ops[2], ops[3]
	if a.x == c.x || a.y == c.y {
		return image.Rectangle{}, false
	}
	// b and d are the other two corners, in either order.
	at := func(o pathOp, x, y int) bool { return o.x == x && o.y == y }
	if !(at(b, c.x, a.y) && at(d, a.x, c.y) || at(b, a.x, c.y) && at(d, c.x, a.y)) {
		return image.Rectangle{}, false
	}
	return image.Rect(a.x, a.y, c.x, c.y), true
}

func (p *pngRenderer) Fill() {
	defer p.clearPath()
	if p.fill.A == 0 {
		return
	}
	if r, ok := p.rect(); ok {
		draw.Draw(p.img, r, image.NewUniform(p.fill), image.Point{}, draw.Over)
		return
	}
	p.replay()
	p.Renderer.Fill()
}

func (p *pngRenderer) Stroke() {
	defer p.clearPath()
	if p.stroke.A == 0 {
		return
	}
	p.replay()
	p.Renderer.Stroke()
}

func (p *pngRenderer) FillStroke() {
	switch {
	case p.stroke.A == 0:
		p.Fill()
	case p.fill.A == 0:
		p.Stroke()
	default:
		if r, ok := p.rect(); ok { // fill then stroke, as go-chart paints them
			draw.Draw(p.img, r, image.NewUniform(p.fill), image.Point{}, draw.Over)
			p.Stroke()
			return
		}
		p.replay()
		p.Renderer.FillStroke()
		p.clearPath()
	}
}

func (p *pngRenderer) clearPath() { p.path = p.path[:0] }

// Save hands the pixels to an RGBACollector, or writes them with EncodePNG.
func (p *pngRenderer) Save(w io.Writer) error {
	if c, ok := w.(chart.RGBACollector); ok {
		c.SetRGBA(p.img)
		return nil
	}
	return EncodePNG(w, p.img)
}
