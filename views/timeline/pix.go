package timeline

import (
	"image"
	"math"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// On a PNG the timeline paints its marks (dots, bars, rules, washes)
// straight into the pixels: through go-chart each is a path flattened and
// rasterized on its own, which cost a tenth of a 2,000-event frame. The
// shapes are the same; SVG keeps its vector paths.

// painter blends one colour over the picture with a coverage per pixel,
// as go-chart's rasterizer does (freetype's RGBAPainter, Over).
type painter struct {
	img            *image.RGBA
	cr, cg, cb, ca uint32
}

func newPainter(img *image.RGBA, c drawing.Color) painter {
	r, g, b, a := c.RGBA()
	return painter{img, r, g, b, a}
}

// blend covers pixel (x, y) by cov, 0 to 1.
func (p painter) blend(x, y int, cov float64) { p.run(x, x+1, y, cov) }

// run covers pixels x0 ≤ x < x1 of row y by cov, 0 to 1.
func (p painter) run(x0, x1, y int, cov float64) {
	b := p.img.Rect
	x0, x1 = max(x0, b.Min.X), min(x1, b.Max.X)
	if cov <= 0 || x0 >= x1 || y < b.Min.Y || y >= b.Max.Y {
		return
	}
	const m = 1<<16 - 1
	ma := uint32(math.Min(cov, 1) * m)
	a := (m - (p.ca * ma / m)) * 0x101
	r, g, bl, al := p.cr*ma, p.cg*ma, p.cb*ma, p.ca*ma
	i0 := p.img.PixOffset(x0, y)
	pix := p.img.Pix[i0 : i0+4*(x1-x0)]
	for i := 0; i < len(pix); i += 4 {
		px := pix[i : i+4 : i+4]
		px[0] = uint8((uint32(px[0])*a + r) / m >> 8)
		px[1] = uint8((uint32(px[1])*a + g) / m >> 8)
		px[2] = uint8((uint32(px[2])*a + bl) / m >> 8)
		px[3] = uint8((uint32(px[3])*a + al) / m >> 8)
	}
}

// pixRect fills the box [x0,x1]×[y0,y1] (any fractions), each pixel by the
// share of it the box covers.
func pixRect(img *image.RGBA, x0, y0, x1, y1 float64, c drawing.Color) {
	if c.A == 0 || x1 <= x0 || y1 <= y0 {
		return
	}
	b := img.Rect
	x0, x1 = math.Max(x0, float64(b.Min.X)), math.Min(x1, float64(b.Max.X))
	y0, y1 = math.Max(y0, float64(b.Min.Y)), math.Min(y1, float64(b.Max.Y))
	if x1 <= x0 || y1 <= y0 {
		return
	}
	p := newPainter(img, c)
	span := func(v0, v1 float64, i int) float64 { // the part of pixel i within [v0, v1]
		return math.Max(0, math.Min(v1, float64(i+1))-math.Max(v0, float64(i)))
	}
	l, r := int(math.Floor(x0)), int(math.Ceil(x1))
	for y := int(math.Floor(y0)); y < int(math.Ceil(y1)); y++ {
		cy := span(y0, y1, y)
		if r-l <= 2 {
			for x := l; x < r; x++ {
				p.blend(x, y, cy*span(x0, x1, x))
			}
			continue
		}
		p.blend(l, y, cy*span(x0, x1, l))
		p.run(l+1, r-1, y, cy)
		p.blend(r-1, y, cy*span(x0, x1, r-1))
	}
}

// pixLine strokes a horizontal or vertical line of width w, as go-chart
// does: a w-wide box centred on it, without caps. It reports false for
// other lines.
func pixLine(img *image.RGBA, x0, y0, x1, y1 float64, c drawing.Color, w float64) bool {
	switch {
	case x0 == x1:
		pixRect(img, x0-w/2, math.Min(y0, y1), x0+w/2, math.Max(y0, y1), c)
	case y0 == y1:
		pixRect(img, math.Min(x0, x1), y0-w/2, math.Max(x0, x1), y0+w/2, c)
	default:
		return false
	}
	return true
}

// pixRoundRect fills the box [x0,x1]×[y0,y1] with corners of radius rad,
// then strokes its outline w wide (w 0: no outline), anti-aliased by the
// distance of each pixel's centre to the edge. A dot is a round box. Small
// shapes (dots, short bars) keep their coverage in masks, when given: a
// frame's dots are all alike.
func pixRoundRect(img *image.RGBA, masks map[maskKey]*shapeMask, x0, y0, x1, y1, rad float64, fill, stroke drawing.Color, w float64) {
	if x1 < x0 || y1 < y0 {
		return
	}
	if stroke.A == 0 {
		w = 0
	}
	m := w/2 + 1
	b := image.Rect(int(math.Floor(x0-m)), int(math.Floor(y0-m)), int(math.Ceil(x1+m)), int(math.Ceil(y1+m)))
	if masks != nil && b.Dx() <= 64 && b.Dy() <= 64 {
		fx, fy := x0-float64(b.Min.X), y0-float64(b.Min.Y)
		k := maskKey{fx, fy, x1 - x0, y1 - y0, rad, w}
		mk := masks[k]
		if mk == nil {
			mk = roundMask(b.Dx(), b.Dy(), fx, fy, x1-x0, y1-y0, rad, w)
			masks[k] = mk
		}
		mk.paint(img, b.Min, fill, stroke)
		return
	}
	b = b.Intersect(img.Rect)
	cx, cy := (x0+x1)/2, (y0+y1)/2
	dist := roundDist(cx, cy, (x1-x0)/2-rad, (y1-y0)/2-rad, rad)
	pf, ps := newPainter(img, fill), newPainter(img, stroke)
	paint := func(x0, x1, y int, d float64) {
		if fill.A > 0 {
			pf.run(x0, x1, y, fillCov(d))
		}
		if w > 0 {
			ps.run(x0, x1, y, strokeCov(d, w))
		}
	}
	// Between the corners the distance depends on the row alone (inside, a
	// corner's radius from the ends, every pixel is simply filled): a run.
	hx := (x1-x0)/2 - rad
	sl, sr := int(math.Ceil(cx-hx-0.5)), int(math.Floor(cx+hx-0.5))+1
	if rad < w/2+0.5 || rad < 0.5 {
		sl, sr = b.Max.X, b.Max.X
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		py := float64(y) + 0.5
		for x := b.Min.X; x < b.Max.X; x++ {
			if x == sl && sr > sl {
				paint(sl, sr, y, dist(cx, py))
				x = sr - 1
				continue
			}
			paint(x, x+1, y, dist(float64(x)+0.5, py))
		}
	}
}

// roundDist is the signed distance to the outline of a box centred on
// (cx, cy), with corners of radius rad hx and hy from its centre: negative
// inside.
func roundDist(cx, cy, hx, hy, rad float64) func(px, py float64) float64 {
	return func(px, py float64) float64 {
		qx, qy := math.Abs(px-cx)-hx, math.Abs(py-cy)-hy
		out := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
		return out + math.Min(math.Max(qx, qy), 0) - rad
	}
}

func fillCov(d float64) float64      { return 0.5 - d }
func strokeCov(d, w float64) float64 { return math.Min(w/2+0.5-math.Abs(d), math.Min(w, 1)) }

// maskKey is a small shape: where it starts within its first pixel, its
// size, corner radius and stroke width.
type maskKey struct{ fx, fy, w, h, rad, stroke float64 }

// shapeMask is a shape's coverage, fill and stroke, per pixel of its box.
type shapeMask struct {
	w, h         int
	fill, stroke []float64
}

func roundMask(bw, bh int, fx, fy, w, h, rad, sw float64) *shapeMask {
	mk := &shapeMask{w: bw, h: bh, fill: make([]float64, bw*bh), stroke: make([]float64, bw*bh)}
	dist := roundDist(fx+w/2, fy+h/2, w/2-rad, h/2-rad, rad)
	for y := range bh {
		for x := range bw {
			d := dist(float64(x)+0.5, float64(y)+0.5)
			mk.fill[y*bw+x] = fillCov(d)
			if sw > 0 {
				mk.stroke[y*bw+x] = strokeCov(d, sw)
			}
		}
	}
	return mk
}

// paint blends the shape over img with its box at o.
func (mk *shapeMask) paint(img *image.RGBA, o image.Point, fill, stroke drawing.Color) {
	pf, ps := newPainter(img, fill), newPainter(img, stroke)
	for y := range mk.h {
		for x := range mk.w {
			i := y*mk.w + x
			if fill.A > 0 && mk.fill[i] > 0 {
				pf.blend(o.X+x, o.Y+y, mk.fill[i])
			}
			if mk.stroke[i] > 0 {
				ps.blend(o.X+x, o.Y+y, mk.stroke[i])
			}
		}
	}
}
