package raster

import (
	"image/color"
	"math"

	"github.com/aicamps/aicamps/views/canvas"
)

// A timeline's dots and pills are stroked circles and round boxes, a
// couple of thousand a frame; through the stroker each cost ~20 µs. An
// undashed stroke of a path that is canvas.Circle or canvas.RoundRect
// (recognised by rebuilding it) is painted as a ring, or from a cached
// mask of the outline's coverage.

// fastOutline queues p's stroke as a ring or an outline mask when p is a
// circle or a small round box under a translation; false: it is not.
func (c *Canvas) fastOutline(p canvas.Path, col color.NRGBA) bool {
	if len(c.Dashes) > 0 || !translateOnly(c.M) {
		return false
	}
	w := c.Width
	if ctr, r, ok := c.isCircle(p); ok {
		o, ok := c.start(kRing, color.NRGBA{A: 255}, false)
		if !ok {
			return true
		}
		o.i0 = int32(len(c.cols))
		c.cols = append(c.cols, col)
		o.i1 = int32(len(c.cols))
		o.c, o.r0, o.r1 = c.M.Apply(ctr), max(r-w/2, 0), r+w/2
		c.add(o, floorInt(o.c.Y-o.r1-1), ceilInt(o.c.Y+o.r1+1))
		return true
	}
	box, rad, ok := c.isRoundRect(p)
	if !ok {
		return false
	}
	x0, y0, x1, y1 := box.Min.X+c.M.E, box.Min.Y+c.M.F, box.Max.X+c.M.E, box.Max.Y+c.M.F
	m, at, ok := c.roundMaskAt(x0, y0, x1, y1, rad, w)
	if !ok {
		return false
	}
	o, ok := c.start(kMask, col, false)
	if !ok {
		return true
	}
	o.m, o.at = *m, at
	b := m.Rect.Add(at)
	c.add(o, b.Min.Y, b.Max.Y)
	return true
}

// isCircle is the centre and radius of p when p is canvas.Circle's path.
func (c *Canvas) isCircle(p canvas.Path) (canvas.Point, float64, bool) {
	if len(p) != 6 || p[0].Op != canvas.MoveTo || p[2].Op != canvas.CubicTo {
		return canvas.Point{}, 0, false
	}
	a, b := p[0].Pts[0], p[2].Pts[2] // the points at 0 and π
	ctr, r := canvas.Point{X: (a.X + b.X) / 2, Y: a.Y}, (a.X-b.X)/2
	if r <= 0 {
		return canvas.Point{}, 0, false
	}
	q := c.scratch[:0] // canvas.Circle(ctr, r), without allocating
	q.Arc(ctr, r, 0, 2*math.Pi)
	q.Close()
	if c.scratch = q; !samePath(p, q) {
		return canvas.Point{}, 0, false
	}
	return ctr, r, true
}

// isRoundRect is the box and corner radius of p when p is
// canvas.RoundRect's path with round corners.
func (c *Canvas) isRoundRect(p canvas.Path) (canvas.Rect, float64, bool) {
	if len(p) != 9 || p[0].Op != canvas.MoveTo {
		return canvas.Rect{}, 0, false
	}
	box := canvas.Rect{Min: p[0].Pts[0], Max: p[0].Pts[0]}
	for _, s := range p[:8] {
		for _, q := range s.Pts[:points[s.Op]] {
			box.Min.X, box.Min.Y = min(box.Min.X, q.X), min(box.Min.Y, q.Y)
			box.Max.X, box.Max.Y = max(box.Max.X, q.X), max(box.Max.Y, q.Y)
		}
	}
	rad := box.Max.X - p[0].Pts[0].X
	if rad <= 0 || rad > min(box.Max.X-box.Min.X, box.Max.Y-box.Min.Y)/2 {
		return canvas.Rect{}, 0, false
	}
	q := c.scratch[:0] // canvas.RoundRect(box, rad), without allocating
	q.Arc(canvas.Point{X: box.Max.X - rad, Y: box.Min.Y + rad}, rad, -math.Pi/2, math.Pi/2)
	q.Arc(canvas.Point{X: box.Max.X - rad, Y: box.Max.Y - rad}, rad, 0, math.Pi/2)
	q.Arc(canvas.Point{X: box.Min.X + rad, Y: box.Max.Y - rad}, rad, math.Pi/2, math.Pi/2)
	q.Arc(canvas.Point{X: box.Min.X + rad, Y: box.Min.Y + rad}, rad, math.Pi, math.Pi/2)
	q.Close()
	if c.scratch = q; !samePath(p, q) {
		return canvas.Rect{}, 0, false
	}
	return box, rad, true
}

// points is how many points a segment of each op has.
var points = [...]int{canvas.MoveTo: 1, canvas.LineTo: 1, canvas.QuadTo: 2, canvas.CubicTo: 3, canvas.Close: 0}

// samePath says whether p and q are the same segments, within rounding.
func samePath(p, q canvas.Path) bool {
	if len(p) != len(q) {
		return false
	}
	for i := range p {
		if p[i].Op != q[i].Op {
			return false
		}
		for j := range p[i].Pts {
			a, b := p[i].Pts[j], q[i].Pts[j]
			if math.Abs(a.X-b.X) > 1e-6 || math.Abs(a.Y-b.Y) > 1e-6 {
				return false
			}
		}
	}
	return true
}
