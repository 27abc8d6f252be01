package canvas

import (
	"fmt"
	"math"
	"sync"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// Font is a TrueType font: its bytes (the PDF backend embeds them), its
// parsed outlines (measures and the raster backend) and the CSS family list
// the SVG backend names, since an SVG does not carry the font.
type Font struct {
	TTF    []byte
	Family string
	tt     *truetype.Font

	mu       sync.Mutex
	outlines map[truetype.Index]glyph

	// runes memoises what a measure needs of each character: layouts
	// measure the same few thousand characters over and over.
	rmu   sync.RWMutex
	runes map[rune]*runeInfo
}

// runeInfo is a character's glyph, its advance in font units and its
// outline at one pixel per em.
type runeInfo struct {
	idx truetype.Index
	adv float64
	g   glyph
}

// maxRunes bounds the rune memo (a hostile text may hold every code point).
const maxRunes = 1 << 16

// info is r's glyph, advance and outline, from the memo.
func (f *Font) info(r rune) *runeInfo {
	f.rmu.RLock()
	ri := f.runes[r]
	f.rmu.RUnlock()
	if ri != nil {
		return ri
	}
	i := f.tt.Index(r)
	em := fixed.Int26_6(f.tt.FUnitsPerEm())
	ri = &runeInfo{idx: i, adv: float64(f.tt.HMetric(em, i).AdvanceWidth), g: f.outline(i)}
	f.rmu.Lock()
	if len(f.runes) >= maxRunes {
		clear(f.runes)
	}
	f.runes[r] = ri
	f.rmu.Unlock()
	return ri
}

// glyph is an outline at 1 pixel per em, y down, and the box of its points.
type glyph struct {
	path                   Path
	minX, minY, maxX, maxY float64
}

// ParseFont reads a TrueType font (outlines only, as golang/freetype does).
func ParseFont(ttf []byte, family string) (*Font, error) {
	tt, err := truetype.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("font: %w", err)
	}
	return &Font{TTF: ttf, Family: family, tt: tt, outlines: map[truetype.Index]glyph{}, runes: map[rune]*runeInfo{}}, nil
}

// TrueType is the parsed font.
func (f *Font) TrueType() *truetype.Font { return f.tt }

// Face is a font at a size in pixels (ems).
type Face struct {
	Font *Font
	Size float64
}

// Width is the advance of s, unhinted, with kerning: the same number on
// every backend, so a layout measured once fits all of them.
func (fc Face) Width(s string) float64 {
	em := fixed.Int26_6(fc.Font.tt.FUnitsPerEm())
	var w fixed.Int26_6
	prev, first := truetype.Index(0), true
	for _, r := range s {
		ri := fc.Font.info(r)
		if !first {
			w += fc.Font.tt.Kern(em, prev, ri.idx)
		}
		w += fixed.Int26_6(ri.adv)
		prev, first = ri.idx, false
	}
	return float64(w) * fc.Size / float64(em)
}

// Glyphs calls fn with each glyph of s at size, placed from x on the
// baseline y: its outline (nil for a blank) already at that place.
func (fc Face) Glyphs(s string, x, y float64, fn func(outline Path)) {
	f := fc.Font
	em := fixed.Int26_6(f.tt.FUnitsPerEm())
	prev, first := truetype.Index(0), true
	for _, r := range s {
		ri := f.info(r)
		if !first {
			x += float64(f.tt.Kern(em, prev, ri.idx)) * fc.Size / float64(em)
		}
		if g := ri.g; len(g.path) > 0 {
			fn(g.path.Transform(Matrix{A: fc.Size, D: fc.Size, E: x, F: y}))
		}
		x += ri.adv * fc.Size / float64(em)
		prev, first = ri.idx, false
	}
}

// Ink is the box of the outline points of s (control points included) from
// the pen's start on the baseline, y down: what go-chart's raster renderer
// measures a string by. It is all zeros when s has no ink.
func (fc Face) Ink(s string) (left, top, right, bottom float64) {
	f := fc.Font
	em := fixed.Int26_6(f.tt.FUnitsPerEm())
	left, top = math.MaxFloat64, math.MaxFloat64
	x, prev, first := 0.0, truetype.Index(0), true
	for _, r := range s {
		ri := f.info(r)
		if !first {
			x += float64(f.tt.Kern(em, prev, ri.idx)) * fc.Size / float64(em)
		}
		if g := &ri.g; len(g.path) > 0 {
			left, right = math.Min(left, x+g.minX*fc.Size), math.Max(right, x+g.maxX*fc.Size)
			top, bottom = math.Min(top, g.minY*fc.Size), math.Max(bottom, g.maxY*fc.Size)
		}
		x += ri.adv * fc.Size / float64(em)
		prev, first = ri.idx, false
	}
	if left == math.MaxFloat64 {
		return 0, 0, 0, 0
	}
	return left, top, right, bottom
}

// outline is glyph i's outline at one pixel per em, from the glyph's
// quadratic contours (consecutive off-curve points imply the on-curve
// midpoint between them).
func (f *Font) outline(i truetype.Index) glyph {
	f.mu.Lock()
	defer f.mu.Unlock()
	if g, ok := f.outlines[i]; ok {
		return g
	}
	var g truetype.GlyphBuf
	const unit = 1 << 12 // load at 4096 ppem in 26.6 for precision
	var p Path
	if err := g.Load(f.tt, fixed.Int26_6(unit*64), i, font.HintingNone); err == nil {
		pt := func(k int) Point {
			return Point{float64(g.Points[k].X) / 64 / unit, -float64(g.Points[k].Y) / 64 / unit}
		}
		start := 0
		for _, end := range g.Ends {
			contour(&p, start, end, pt, func(k int) bool { return g.Points[k].Flags&1 != 0 })
			start = end
		}
	}
	gl := glyph{path: p, minX: math.MaxFloat64, minY: math.MaxFloat64, maxX: -math.MaxFloat64, maxY: -math.MaxFloat64}
	for _, s := range p {
		n := map[Op]int{MoveTo: 1, LineTo: 1, QuadTo: 2, CubicTo: 3}[s.Op]
		for _, q := range s.Pts[:n] {
			gl.minX, gl.maxX = math.Min(gl.minX, q.X), math.Max(gl.maxX, q.X)
			gl.minY, gl.maxY = math.Min(gl.minY, q.Y), math.Max(gl.maxY, q.Y)
		}
	}
	f.outlines[i] = gl
	return gl
}

func contour(p *Path, start, end int, pt func(int) Point, on func(int) bool) {
	n := end - start
	if n < 2 {
		return
	}
	mid := func(a, b Point) Point { return Point{(a.X + b.X) / 2, (a.Y + b.Y) / 2} }
	// Start on an on-curve point, or the midpoint of the first two.
	first := -1
	for k := 0; k < n; k++ {
		if on(start + k) {
			first = k
			break
		}
	}
	var origin Point
	if first < 0 {
		origin, first = mid(pt(start), pt(start+1)), 0
	} else {
		origin = pt(start + first)
		first++
	}
	p.Move(origin)
	var ctrl *Point
	for j := 0; j < n; j++ {
		k := start + (first+j)%n
		q := pt(k)
		switch {
		case on(k) && ctrl == nil:
			p.Line(q)
		case on(k):
			p.Quad(*ctrl, q)
			ctrl = nil
		case ctrl != nil:
			m := mid(*ctrl, q)
			p.Quad(*ctrl, m)
			c := q
			ctrl = &c
		default:
			c := q
			ctrl = &c
		}
	}
	if ctrl != nil {
		p.Quad(*ctrl, origin)
	}
	p.Close()
}
