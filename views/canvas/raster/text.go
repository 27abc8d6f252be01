package raster

import (
	"image"
	"image/draw"
	"math"
	"sync"
	"unsafe"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/aicamps/aicamps/views/canvas"
)

// Upright text is painted from a glyph cache: each glyph's coverage at a
// size and a sub-pixel offset is rasterised once and blended wherever it
// lands, rather than every string's outlines filled again (most of a
// labelled frame's time). Rotated text fills the outlines.

// xSubs and ySubs are how finely a glyph's position is kept: a sixteenth
// of a pixel along the line (as the PNG export's cache), a quarter across.
const xSubs, ySubs = 16, 4

// maxGlyphBytes bounds the cache's masks; past it they are dropped and
// drawn again on demand (10,000-character names must not grow memory
// without end).
const maxGlyphBytes = 32 << 20

// glyphKey is one glyph of one font at one size (26.6 pixels).
type glyphKey struct {
	f    *canvas.Font
	size fixed.Int26_6
	i    truetype.Index
}

// cachedGlyph is a glyph's outline at its size (pen at 0, 0), the box of
// its points, and its masks by sub-pixel offset.
type cachedGlyph struct {
	path                   canvas.Path
	minX, minY, maxX, maxY float64
	masks                  [xSubs * ySubs]*image.Alpha // Rect around the pen; nil until drawn
}

// glyphCache is a memo of pure functions of the fonts, safe for
// concurrent use and shared by every canvas (every frame, every export):
// it changes no output.
type glyphCache struct {
	mu    sync.RWMutex
	m     map[glyphKey]*cachedGlyph
	bytes int
	z     vector.Rasterizer // under mu's write lock
}

var glyphs = &glyphCache{m: map[glyphKey]*cachedGlyph{}}

// placed is a glyph mask where its corner lands in the picture.
type placed struct {
	m  *image.Alpha
	at image.Point
}

// Text paints upright text from the glyph cache; rotated text is filled
// as outlines, the same shapes the PDF and SVG viewers draw.
func (c *Canvas) Text(f canvas.Face, x, y float64, a canvas.Anchor, s string) {
	col := c.Paint()
	if col.A == 0 || s == "" || !sane(x, y, f.Size) || !c.saneState() {
		return
	}
	if c.slow || !translateOnly(c.M) {
		var all canvas.Path
		f.Glyphs(s, a.Left(x, f.Width(s)), y, func(o canvas.Path) { all = append(all, o...) })
		if len(all) > 0 {
			c.Fill(all)
		}
		return
	}
	o, ok := c.start(kText, col, false)
	if !ok {
		return
	}
	pen, base := x+c.M.E, y+c.M.F
	if a != canvas.Start {
		pen = a.Left(x, f.Width(s)) + c.M.E
	}
	qy := int(math.Floor(base*ySubs + 0.5))
	iy := floorDiv(qy, ySubs)
	o.i0 = int32(len(c.glyphs))
	box := image.Rectangle{}
	tt := f.Font.TrueType()
	em := fixed.Int26_6(tt.FUnitsPerEm())
	size := fixed.Int26_6(math.Round(f.Size * 64))
	prev, first := truetype.Index(0), true
	for _, r := range s {
		i := tt.Index(r)
		if !first {
			pen += float64(tt.Kern(em, prev, i)) * f.Size / float64(em)
		}
		qx := int(math.Floor(pen*xSubs + 0.5))
		ix := floorDiv(qx, xSubs)
		if m := glyphs.mask(glyphKey{f.Font, size, i}, f, r, qx-ix*xSubs, qy-iy*ySubs); m != nil {
			at := m.Rect.Min.Add(image.Pt(ix, iy))
			c.glyphs = append(c.glyphs, placed{m, at})
			box = box.Union(m.Rect.Sub(m.Rect.Min).Add(at))
		}
		pen += float64(tt.HMetric(em, i).AdvanceWidth) * f.Size / float64(em)
		prev, first = i, false
	}
	o.i1 = int32(len(c.glyphs))
	if o.i1 > o.i0 {
		c.add(o, box.Min.Y, box.Max.Y)
	}
}

// floorDiv is a/b rounded down, for b > 0.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// mask is glyph k's coverage with the pen at sub-pixel offset (sx/xSubs,
// sy/ySubs), its Rect in pixels around the pen; nil for a blank. r is a
// rune the glyph is for, f its face.
func (gc *glyphCache) mask(k glyphKey, f canvas.Face, r rune, sx, sy int) *image.Alpha {
	j := sy*xSubs + sx
	gc.mu.RLock()
	g := gc.m[k]
	var m *image.Alpha
	if g != nil {
		m = g.masks[j]
	}
	gc.mu.RUnlock()
	if m != nil || (g != nil && len(g.path) == 0) {
		return m
	}
	gc.mu.Lock()
	defer gc.mu.Unlock()
	if g = gc.m[k]; g == nil {
		g = newCachedGlyph(f, r)
		if gc.bytes > maxGlyphBytes {
			clear(gc.m)
			gc.bytes = 0
		}
		gc.m[k] = g
		gc.bytes += int(unsafe.Sizeof(*g)) + len(g.path)*int(unsafe.Sizeof(canvas.Segment{}))
	}
	if len(g.path) == 0 || g.masks[j] != nil {
		return g.masks[j]
	}
	m = gc.rasterize(g, float64(sx)/xSubs, float64(sy)/ySubs)
	g.masks[j] = m
	gc.bytes += len(m.Pix) + int(unsafe.Sizeof(*m))
	return m
}

func newCachedGlyph(f canvas.Face, r rune) *cachedGlyph {
	g := &cachedGlyph{minX: math.MaxFloat64, minY: math.MaxFloat64, maxX: -math.MaxFloat64, maxY: -math.MaxFloat64}
	f.Glyphs(string(r), 0, 0, func(o canvas.Path) { g.path = append(g.path, o...) })
	for _, s := range g.path {
		for _, q := range s.Pts[:points[s.Op]] {
			g.minX, g.maxX = math.Min(g.minX, q.X), math.Max(g.maxX, q.X)
			g.minY, g.maxY = math.Min(g.minY, q.Y), math.Max(g.maxY, q.Y)
		}
	}
	return g
}

// rasterize is g's coverage with the pen at (dx, dy); gc.mu is held.
func (gc *glyphCache) rasterize(g *cachedGlyph, dx, dy float64) *image.Alpha {
	x0, x1 := floorInt(g.minX+dx), ceilInt(g.maxX+dx)+1
	y0, y1 := floorInt(g.minY+dy), ceilInt(g.maxY+dy)+1
	m := image.NewAlpha(image.Rect(0, 0, x1-x0, y1-y0))
	z := &gc.z
	z.Reset(x1-x0, y1-y0)
	z.DrawOp = draw.Src
	ox, oy := float32(dx-float64(x0)), float32(dy-float64(y0))
	pt := func(p canvas.Point) (float32, float32) { return float32(p.X) + ox, float32(p.Y) + oy }
	for _, s := range g.path {
		switch s.Op {
		case canvas.MoveTo:
			z.MoveTo(pt(s.Pts[0]))
		case canvas.LineTo:
			z.LineTo(pt(s.Pts[0]))
		case canvas.QuadTo:
			ax, ay := pt(s.Pts[0])
			bx, by := pt(s.Pts[1])
			z.QuadTo(ax, ay, bx, by)
		case canvas.CubicTo:
			ax, ay := pt(s.Pts[0])
			bx, by := pt(s.Pts[1])
			cx, cy := pt(s.Pts[2])
			z.CubeTo(ax, ay, bx, by, cx, cy)
		case canvas.Close:
			z.ClosePath()
		}
	}
	z.Draw(m, m.Rect, image.Opaque, image.Point{})
	m.Rect = image.Rect(x0, y0, x1, y1)
	return m
}
