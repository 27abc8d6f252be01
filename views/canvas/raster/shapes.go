package raster

import (
	"image"
	"image/color"
	"math"

	"github.com/aicamps/aicamps/views/canvas"
)

// The Shapes methods, and the paths Fill and Stroke recognise as shapes,
// queue ops for the painters of disc.go, box.go, poly.go and stroke.go.
// Under a rotation a shape is a path like any other.

func (c *Canvas) FillDisc(ctr canvas.Point, r float64) {
	if !sane(ctr.X, ctr.Y, r) || !c.saneState() {
		return
	}
	col := c.Paint()
	if c.slow || !translateOnly(c.M) {
		c.Fill(canvas.Circle(ctr, r))
		return
	}
	o, ok := c.start(kDisc, col, false)
	if !ok || r <= 0 {
		return
	}
	o.c, o.r1, o.lut = c.M.Apply(ctr), r, c.lutOf(col)
	if n := len(c.ops); n > 0 {
		// A company is a ring, then a disc inside: one pass (fillNode).
		if last := &c.ops[n-1]; last.kind == kRing && last.c == o.c && last.clip == o.clip {
			last.kind, last.rd, last.col, last.lut = kNode, r, col, o.lut
			last.y0 = min(last.y0, max(floorInt(o.c.Y-r-1), o.clip.Min.Y))
			last.y1 = max(last.y1, min(ceilInt(o.c.Y+r+1), o.clip.Max.Y))
			return
		}
	}
	c.add(o, floorInt(o.c.Y-r-1), ceilInt(o.c.Y+r+1))
}

func (c *Canvas) FillRing(ctr canvas.Point, r0, r1 float64, cols []color.Color) {
	if !sane(ctr.X, ctr.Y, r0, r1) || !c.saneState() {
		return
	}
	if c.slow || !translateOnly(c.M) && len(cols) > 1 {
		canvas.FillRing(plain{c}, ctr, r0, r1, cols)
		return
	}
	o, ok := c.start(kRing, color.NRGBA{A: 255}, false)
	if !ok || r1 <= 0 || len(cols) == 0 {
		return
	}
	o.i0 = int32(len(c.cols))
	for _, col := range cols {
		c.cols = append(c.cols, canvas.NRGBA(col, c.Opacity))
	}
	o.i1 = int32(len(c.cols))
	o.c, o.r0, o.r1 = c.M.Apply(ctr), max(r0, 0), r1
	c.add(o, floorInt(o.c.Y-r1-1), ceilInt(o.c.Y+r1+1))
}

// plain is a canvas without its Shapes, for the helpers' path fallbacks.
type plain struct{ canvas.Canvas }

func (c *Canvas) FillBox(r canvas.Rect, rad float64) {
	if !sane(r.Min.X, r.Min.Y, r.Max.X, r.Max.Y, rad) || !c.saneState() {
		return
	}
	if c.slow || !translateOnly(c.M) {
		c.Fill(canvas.RoundRect(r, rad))
		return
	}
	c.box(r.Min.X+c.M.E, r.Min.Y+c.M.F, r.Max.X+c.M.E, r.Max.Y+c.M.F, rad)
}

// box queues the box (in picture pixels) with corners of radius rad.
func (c *Canvas) box(x0, y0, x1, y1, rad float64) {
	col := c.Paint()
	r := canvas.Rect{Min: canvas.Point{X: x0, Y: y0}, Max: canvas.Point{X: x1, Y: y1}}
	if x1 <= x0 || y1 <= y0 {
		return
	}
	rad = clampRad(r, rad)
	if rad < 0.5 {
		rad = 0
	}
	o, ok := c.start(kBox, col, false)
	if !ok {
		return
	}
	o.box, o.lut = r, c.lutOf(col)
	b := image.Rect(floorInt(x0-1), floorInt(y0-1), ceilInt(x1+1), ceilInt(y1+1))
	if rad > 0 {
		if m, at, ok := c.roundMaskAt(x0, y0, x1, y1, rad, 0); ok {
			o.kind, o.m, o.at = kMask, *m, at
			b = m.Rect.Add(at)
		} else {
			o.kind, o.r0 = kRound, rad
		}
	}
	c.add(o, b.Min.Y, b.Max.Y)
}

// FillFlat fills p without anti-aliasing (sampled at pixel centres, by
// the even–odd rule, curves flattened).
func (c *Canvas) FillFlat(p canvas.Path) {
	if !c.sanePath(p) {
		return
	}
	if c.slow {
		c.Fill(p)
		return
	}
	col := c.Paint()
	o, ok := c.start(kFlat, col, false)
	if !ok {
		return
	}
	e0 := int32(len(c.edges))
	y0, y1 := math.Inf(1), math.Inf(-1)
	flatten(p.Transform(c.M), func(a, b canvas.Point) {
		c.edges = append(c.edges, polyEdge{a, b})
		y0, y1 = min(y0, a.Y, b.Y), max(y1, a.Y, b.Y)
	})
	if int(e0) == len(c.edges) {
		return
	}
	c.regions = append(c.regions, region{e0, int32(len(c.edges)), c.lutOf(col)})
	r0, r1 := max(floorInt(y0), o.clip.Min.Y), min(ceilInt(y1)+1, o.clip.Max.Y)
	if n := len(c.ops); n > 0 {
		last := &c.ops[n-1]
		if last.kind == kFlat && last.clip == o.clip && last.i1-last.i0 < maxRegions && int(last.i1) == len(c.regions)-1 {
			last.i1++ // one more region in the same walk of the rows
			last.y0, last.y1 = min(last.y0, r0), max(last.y1, r1)
			return
		}
		if last.kind == kClear && o.clip.In(last.clip) {
			o.fresh, o.word = true, last.word // over pixels all last.word
		}
	}
	o.i0, o.i1 = int32(len(c.regions)-1), int32(len(c.regions))
	c.add(o, r0, r1)
}

// fastFill queues p as a shape when it is one (an upright rectangle, a
// small convex polygon) under a translation; false: it is not.
func (c *Canvas) fastFill(p canvas.Path, col color.NRGBA) bool {
	var buf [9]canvas.Point
	pts := buf[:0]
	for i, s := range p {
		switch {
		case s.Op == canvas.MoveTo && i == 0, s.Op == canvas.LineTo && i > 0:
			if len(pts) == len(buf) {
				return false
			}
			pts = append(pts, canvas.Point{X: s.Pts[0].X + c.M.E, Y: s.Pts[0].Y + c.M.F})
		case s.Op == canvas.Close && i == len(p)-1:
		default:
			return false
		}
	}
	if n := len(pts); n > 3 && pts[n-1] == pts[0] {
		pts = pts[:n-1]
	}
	if r, ok := uprightRect(pts); ok {
		c.box(r.Min.X, r.Min.Y, r.Max.X, r.Max.Y, 0)
		return true
	}
	cv, ok := newConvex(pts)
	if !ok || cv.box.Max.X-cv.box.Min.X > 64 || cv.box.Max.Y-cv.box.Min.Y > 64 {
		return false
	}
	o, ok := c.start(kConvex, col, false)
	if !ok {
		return true
	}
	o.i0 = int32(len(c.convs))
	c.convs = append(c.convs, cv)
	c.add(o, floorInt(cv.box.Min.Y-1), ceilInt(cv.box.Max.Y+1))
	return true
}

// uprightRect is the box of four points when they are its corners, in
// order round it.
func uprightRect(pts []canvas.Point) (canvas.Rect, bool) {
	if len(pts) != 4 {
		return canvas.Rect{}, false
	}
	a, b, cc, d := pts[0], pts[1], pts[2], pts[3]
	ok := a.Y == b.Y && b.X == cc.X && cc.Y == d.Y && d.X == a.X ||
		a.X == b.X && b.Y == cc.Y && cc.X == d.X && d.Y == a.Y
	r := canvas.Rect{Min: canvas.Point{X: min(a.X, cc.X), Y: min(a.Y, cc.Y)}, Max: canvas.Point{X: max(a.X, cc.X), Y: max(a.Y, cc.Y)}}
	return r, ok
}

// fastStroke queues a stroke of straight segments with butt ends under a
// translation (dashed by an even pattern) as stroke ops, one a sub-path;
// false: it is something else.
func (c *Canvas) fastStroke(p canvas.Path, col color.NRGBA) bool {
	if c.Cap != canvas.ButtCap || !translateOnly(c.M) || len(c.Dashes)%2 != 0 {
		return false
	}
	for _, s := range p {
		if s.Op != canvas.MoveTo && s.Op != canvas.LineTo {
			return false
		}
	}
	var dash *dashBits
	if len(c.Dashes) > 0 {
		if dash = c.dashOf(c.Dashes); dash == nil {
			return false
		}
	}
	o, ok := c.start(kStroke, col, false)
	if !ok {
		return true
	}
	o.r1, o.dash, o.r0 = c.Width, dash, c.Offset
	for i := 0; i < len(p); {
		j := i + 1
		for j < len(p) && p[j].Op == canvas.LineTo {
			j++
		}
		s := o
		s.i0 = int32(len(c.pts))
		y0, y1 := math.Inf(1), math.Inf(-1)
		for _, seg := range p[i:j] {
			pt := canvas.Point{X: seg.Pts[0].X + c.M.E, Y: seg.Pts[0].Y + c.M.F}
			c.pts = append(c.pts, pt)
			y0, y1 = min(y0, pt.Y), max(y1, pt.Y)
		}
		s.i1 = int32(len(c.pts))
		if s.i1-s.i0 >= 2 {
			c.add(s, floorInt(y0-c.Width/2-1), ceilInt(y1+c.Width/2+1))
		}
		i = j
	}
	return true
}

// dashKey is a short dash pattern, as a map key.
type dashKey [6]float64

// dashOf is pattern's dashBits, kept across frames (a graph's relations
// share a few); nil when its period is not positive.
func (c *Canvas) dashOf(pattern []float64) *dashBits {
	if len(pattern) > len(dashKey{}) {
		return newDashBits(pattern)
	}
	var k dashKey
	copy(k[:], pattern)
	d, ok := c.dashes[k]
	if !ok {
		d = newDashBits(pattern)
		c.dashes[k] = d
	}
	return d
}
