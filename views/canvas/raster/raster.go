// Package raster is the canvas backend that paints pixels: anti-aliased
// paths by golang.org/x/image/vector, strokes and dashes by
// srwiley/rasterx, text as filled glyph outlines.
package raster

import (
	"image"
	"image/color"
	"math"

	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/aicamps/aicamps/views/canvas"
)

// Canvas paints into an RGBA image.
type Canvas struct {
	canvas.Stack
	img  *image.RGBA
	scan *scanner
	fill *rasterx.Filler
	dash *rasterx.Dasher
}

// New is a canvas of w×h transparent pixels.
func New(w, h int) *Canvas { return On(image.NewRGBA(image.Rect(0, 0, w, h))) }

// On is a canvas that paints over img.
func On(img *image.RGBA) *Canvas {
	b := img.Bounds()
	sc := &scanner{dst: img}
	st := canvas.NewStack(0, 0)
	st.ClipRect = canvas.Rect{Min: canvas.Point{X: float64(b.Min.X), Y: float64(b.Min.Y)}, Max: canvas.Point{X: float64(b.Max.X), Y: float64(b.Max.Y)}}
	return &Canvas{
		Stack: st,
		img:   img,
		scan:  sc,
		fill:  rasterx.NewFiller(b.Dx(), b.Dy(), sc),
		dash:  rasterx.NewDasher(b.Dx(), b.Dy(), sc),
	}
}

// Image is the picture painted so far.
func (c *Canvas) Image() *image.RGBA { return c.img }

func (c *Canvas) Size() (float64, float64) {
	b := c.img.Bounds()
	return float64(b.Dx()), float64(b.Dy())
}

func (c *Canvas) Pop() { c.Restore() }

// Clip keeps whole pixels: the rectangle's edges are rounded to the grid.
func (c *Canvas) Clip(r canvas.Rect) {
	for _, v := range []*float64{&r.Min.X, &r.Min.Y, &r.Max.X, &r.Max.Y} {
		*v = math.Round(*v)
	}
	c.ClipRect = c.ClipRect.Intersect(r)
}

func (c *Canvas) Fill(p canvas.Path) {
	c.paint(c.fill, p.Transform(c.M))
}

func (c *Canvas) Stroke(p canvas.Path) {
	if c.Width <= 0 {
		return
	}
	capF := map[canvas.Cap]rasterx.CapFunc{canvas.ButtCap: rasterx.ButtCap, canvas.RoundCap: rasterx.RoundCap, canvas.SquareCap: rasterx.SquareCap}[c.Cap]
	var dashes []float64
	if len(c.Dashes) > 0 {
		dashes = c.Dashes
	}
	c.dash.SetStroke(fixed.Int26_6(c.Width*64), 4<<6, capF, capF, rasterx.RoundGap, rasterx.Round, dashes, c.Offset)
	c.paint(c.dash, p.Transform(c.M))
}

// Text fills the glyph outlines: the same shapes the PDF and SVG viewers
// draw from the font, so the three backends agree.
func (c *Canvas) Text(f canvas.Face, x, y float64, a canvas.Anchor, s string) {
	var all canvas.Path
	f.Glyphs(s, a.Left(x, f.Width(s)), y, func(o canvas.Path) { all = append(all, o...) })
	if len(all) > 0 {
		c.Fill(all)
	}
}

func (c *Canvas) paint(a rasterx.Adder, p canvas.Path) {
	r := c.ClipRect
	clip := image.Rect(int(r.Min.X), int(r.Min.Y), int(r.Max.X), int(r.Max.Y))
	col := c.Paint()
	if col.A == 0 || clip.Empty() {
		return
	}
	c.scan.clip, c.scan.color = clip, col
	c.scan.Clear()
	feed(a, p)
	switch a := a.(type) {
	case *rasterx.Filler:
		a.Draw()
		a.Clear()
	case *rasterx.Dasher:
		a.Draw()
		a.Clear()
	}
}

// feed hands a path to rasterx, which closes or ends a sub-path on Stop.
func feed(a rasterx.Adder, p canvas.Path) {
	fp := func(pt canvas.Point) fixed.Point26_6 {
		return fixed.Point26_6{X: fixed.Int26_6(math.Round(pt.X * 64)), Y: fixed.Int26_6(math.Round(pt.Y * 64))}
	}
	open := false
	for _, s := range p {
		switch s.Op {
		case canvas.MoveTo:
			if open {
				a.Stop(false)
			}
			a.Start(fp(s.Pts[0]))
			open = true
		case canvas.LineTo:
			a.Line(fp(s.Pts[0]))
		case canvas.QuadTo:
			a.QuadBezier(fp(s.Pts[0]), fp(s.Pts[1]))
		case canvas.CubicTo:
			a.CubeBezier(fp(s.Pts[0]), fp(s.Pts[1]), fp(s.Pts[2]))
		case canvas.Close:
			if open {
				a.Stop(true)
			}
			open = false
		}
	}
	if open {
		a.Stop(false)
	}
}

// scanner is a rasterx.Scanner that rasterises only the bounds of what it
// was given (within the clip), not the whole picture on every fill.
type scanner struct {
	dst   *image.RGBA
	clip  image.Rectangle
	color color.NRGBA
	segs  []float32 // x0 y0 x1 y1 per line
	cur   [2]float32
	min   [2]float32
	max   [2]float32
	z     vector.Rasterizer
}

func (s *scanner) Start(a fixed.Point26_6) {
	s.cur = [2]float32{float32(a.X) / 64, float32(a.Y) / 64}
	s.grow(s.cur)
}

func (s *scanner) Line(b fixed.Point26_6) {
	p := [2]float32{float32(b.X) / 64, float32(b.Y) / 64}
	s.segs = append(s.segs, s.cur[0], s.cur[1], p[0], p[1])
	s.cur = p
	s.grow(p)
}

func (s *scanner) grow(p [2]float32) {
	s.min[0], s.min[1] = min(s.min[0], p[0]), min(s.min[1], p[1])
	s.max[0], s.max[1] = max(s.max[0], p[0]), max(s.max[1], p[1])
}

func (s *scanner) Draw() {
	if len(s.segs) == 0 {
		return
	}
	r := image.Rect(int(math.Floor(float64(s.min[0]))), int(math.Floor(float64(s.min[1]))),
		int(math.Ceil(float64(s.max[0])))+1, int(math.Ceil(float64(s.max[1])))+1).Intersect(s.clip)
	if r.Empty() {
		return
	}
	s.z.Reset(r.Dx(), r.Dy())
	ox, oy := float32(r.Min.X), float32(r.Min.Y)
	for i := 0; i < len(s.segs); i += 4 {
		if i == 0 || s.segs[i] != s.segs[i-2] || s.segs[i+1] != s.segs[i-1] {
			s.z.MoveTo(s.segs[i]-ox, s.segs[i+1]-oy)
		}
		s.z.LineTo(s.segs[i+2]-ox, s.segs[i+3]-oy)
	}
	s.z.Draw(s.dst, r, image.NewUniform(s.color), image.Point{})
}

func (s *scanner) Clear() {
	s.segs = s.segs[:0]
	const big = 1 << 30
	s.min, s.max = [2]float32{big, big}, [2]float32{-big, -big}
}

func (s *scanner) GetPathExtent() fixed.Rectangle26_6 {
	return fixed.Rectangle26_6{
		Min: fixed.Point26_6{X: fixed.Int26_6(s.min[0] * 64), Y: fixed.Int26_6(s.min[1] * 64)},
		Max: fixed.Point26_6{X: fixed.Int26_6(s.max[0] * 64), Y: fixed.Int26_6(s.max[1] * 64)},
	}
}

func (s *scanner) SetBounds(int, int)      {}
func (s *scanner) SetColor(interface{})    {}
func (s *scanner) SetWinding(bool)         {}
func (s *scanner) SetClip(image.Rectangle) {}

var _ canvas.Canvas = (*Canvas)(nil)
