package export

import (
	"image"
	"image/color"
	"image/draw"
	"iter"
	"math"
	"sync"
	"unsafe"

	"github.com/golang/freetype/raster"
	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2/drawing"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// subPixels is how finely a glyph's horizontal position is kept: go-chart
// places glyphs to 1/64 px; at 1/16 the PNG goldens still match (a quarter
// pixel, as x/image/font faces keep, moved edges past their tolerance).
const subPixels = 16

// maxGlyphBytes bounds a glyph cache's masks; past it the masks are dropped
// and drawn again on demand (a dataset of 10,000-character names must not
// grow memory without end).
const maxGlyphBytes = 32 << 20

// glyphCache holds, for one font, each glyph's metrics and its rasterised
// masks per size (go-chart's 26.6 scale) and quarter-pixel offset. It is a
// memo of pure functions of the font, safe for concurrent use, so every
// renderer of every export and screen frame shares it.
type glyphCache struct {
	f     *truetype.Font
	mu    sync.RWMutex
	sizes map[fixed.Int26_6]map[truetype.Index]*glyph
	bytes int
	gen   int       // how many times trim emptied the cache
	pool  sync.Pool // *glyphWork
}

// glyph is one glyph at one scale: what go-chart's GetStringBounds reads
// (the outline points' extent, as floats in go-chart's arithmetic), the
// advance, the outline to rasterise, and its masks.
type glyph struct {
	adv                    fixed.Int26_6
	minX, minY, maxX, maxY float64 // over the outline points; +/-MaxFloat64 when it has none
	points                 []truetype.Point
	ends                   []int
	masks                  [subPixels]*image.Alpha // nil until drawn; Rect is in pixels around the pen
	gen                    int                     // the cache's gen when it was added
}

// glyphBytes is what a glyph holds before its masks: the struct, 12 bytes a
// point (X, Y, flags) and 8 an end.
func glyphBytes(g *glyph) int {
	return int(unsafe.Sizeof(*g)) + 12*len(g.points) + 8*len(g.ends)
}

type glyphWork struct {
	buf  truetype.GlyphBuf
	r    *raster.Rasterizer
	path drawing.Path
}

func newGlyphCache(f *truetype.Font) *glyphCache {
	return &glyphCache{f: f, sizes: map[fixed.Int26_6]map[truetype.Index]*glyph{}}
}

// glyphs is the bundled font's cache, made on first use like the font.
// Package-level so that every export and screen frame shares one bounded,
// lock-guarded memo; it holds pure functions of the font, so it changes no output.
var glyphs = sync.OnceValue(func() *glyphCache { return newGlyphCache(Font()) })

// get returns glyph i at scale, loading its outline on first use.
func (c *glyphCache) get(scale fixed.Int26_6, i truetype.Index) *glyph {
	c.mu.RLock()
	g := c.sizes[scale][i]
	c.mu.RUnlock()
	if g != nil {
		return g
	}
	w := c.work()
	defer c.pool.Put(w)
	g = &glyph{minX: math.MaxFloat64, minY: math.MaxFloat64, maxX: -math.MaxFloat64, maxY: -math.MaxFloat64}
	g.adv = c.f.HMetric(scale, i).AdvanceWidth
	if err := w.buf.Load(c.f, scale, i, xfont.HintingNone); err == nil {
		g.points = append([]truetype.Point(nil), w.buf.Points...)
		g.ends = append([]int(nil), w.buf.Ends...)
		e0 := 0
		for _, e1 := range g.ends {
			for _, p := range g.points[e0:e1] {
				x, y := pointF64(p)
				g.minX, g.maxX = math.Min(g.minX, x), math.Max(g.maxX, x)
				g.minY, g.maxY = math.Min(g.minY, y), math.Max(g.maxY, y)
			}
			e0 = e1
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.sizes[scale]
	if m == nil {
		m = map[truetype.Index]*glyph{}
		c.sizes[scale] = m
	}
	if old := m[i]; old != nil {
		return old // another goroutine loaded it meanwhile
	}
	g.gen = c.gen
	m[i] = g
	c.bytes += glyphBytes(g)
	c.trim()
	return g
}

func (c *glyphCache) work() *glyphWork {
	if w, ok := c.pool.Get().(*glyphWork); ok {
		return w
	}
	return &glyphWork{r: raster.NewRasterizer(0, 0)}
}

// trim drops everything when the cache outgrows its bound; c.mu is held.
func (c *glyphCache) trim() {
	if c.bytes > maxGlyphBytes {
		clear(c.sizes)
		c.bytes = 0
		c.gen++
	}
}

// mask returns g's coverage with the pen at sub-pixel offset sub (of
// subPixels), rasterised as go-chart fills text: even–odd.
func (c *glyphCache) mask(g *glyph, sub int) *image.Alpha {
	c.mu.RLock()
	m := g.masks[sub]
	c.mu.RUnlock()
	if m != nil || len(g.points) == 0 {
		return m
	}
	dx := float64(sub) / subPixels
	x0, x1 := int(math.Floor(g.minX+dx)), int(math.Ceil(g.maxX+dx))+1
	y0, y1 := int(math.Floor(g.minY)), int(math.Ceil(g.maxY))+1
	m = image.NewAlpha(image.Rect(0, 0, x1-x0, y1-y0)) // the painter writes from (0, 0)
	w := c.work()
	defer c.pool.Put(w)
	r := w.r
	r.SetBounds(x1-x0, y1-y0)
	r.UseNonZeroWinding = false
	// go-chart's own outline and flattening, relative to the mask's corner,
	// so that the coverage is what its Fill gives.
	w.path.Clear()
	e0 := 0
	for _, e1 := range g.ends {
		drawing.DrawContour(&w.path, g.points[e0:e1], dx-float64(x0), -float64(y0))
		e0 = e1
	}
	drawing.Flatten(&w.path, drawing.FtLineBuilder{Adder: r}, 1)
	r.Rasterize(raster.NewAlphaSrcPainter(m))
	r.Clear()
	m.Rect = image.Rect(x0, y0, x1, y1) // then around the pen
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := g.masks[sub]; old != nil {
		return old
	}
	g.masks[sub] = m
	if g.gen == c.gen { // a glyph trimmed meanwhile is no longer the cache's to count
		c.bytes += len(m.Pix) + int(unsafe.Sizeof(*m))
		c.trim()
	}
	return m
}

// pointF64 is go-chart's pointToF64Point: pixels, y down.
func pointF64(p truetype.Point) (x, y float64) { return fUnits(p.X), -fUnits(p.Y) }

// fUnits is go-chart's fUnitsToFloat64, kept to the bit so that widths agree.
func fUnits(x fixed.Int26_6) float64 {
	scaled := x << 2
	return float64(scaled/256) + float64(scaled%256)/256.0
}

// pens yields each glyph of s at scale with its pen position: from start,
// kerned and advanced as go-chart's GetStringBounds and CreateStringPath
// walk a string, the same floats in the same order.
func (c *glyphCache) pens(s string, scale fixed.Int26_6, start float64) iter.Seq2[*glyph, float64] {
	return func(yield func(*glyph, float64) bool) {
		pen := start
		prev, hasPrev := truetype.Index(0), false
		for _, rc := range s {
			i := c.f.Index(rc)
			if hasPrev {
				pen += fUnits(c.f.Kern(scale, prev, i))
			}
			g := c.get(scale, i)
			if !yield(g, pen) {
				return
			}
			pen += fUnits(g.adv)
			prev, hasPrev = i, true
		}
	}
}

// bounds is go-chart's GetStringBounds from cached glyphs (min and max
// commute with adding the pen position).
func (c *glyphCache) bounds(s string, scale fixed.Int26_6) (left, top, right, bottom float64) {
	left, top = math.MaxFloat64, math.MaxFloat64
	for g, cursor := range c.pens(s, scale, 0) {
		if len(g.points) > 0 {
			top = math.Min(top, g.minY)
			bottom = math.Max(bottom, g.maxY)
			left = math.Min(left, g.minX+cursor)
			right = math.Max(right, g.maxX+cursor)
		}
	}
	return left, top, right, bottom
}

// draw paints s with its pen starting at (x, y) on the baseline over img, as
// go-chart's CreateStringPath places it, glyph by glyph from the cache.
func (c *glyphCache) draw(img *image.RGBA, s string, x, y int, scale fixed.Int26_6, col color.Color) {
	src := image.NewUniform(col)
	for g, pen := range c.pens(s, scale, float64(x)) {
		q := int(math.Floor(pen*subPixels + 0.5)) // the nearest sub-pixel
		ix := int(math.Floor(float64(q) / subPixels))
		sub := q - ix*subPixels
		if m := c.mask(g, sub); m != nil {
			r := m.Rect.Add(image.Pt(ix, y))
			draw.DrawMask(img, r, src, image.Point{}, m, m.Rect.Min, draw.Over)
		}
	}
}
