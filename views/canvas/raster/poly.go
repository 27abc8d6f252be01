package raster

import (
	"image"
	"image/color"
	"math"
	"slices"

	"github.com/aicamps/aicamps/views/canvas"
)

// polyEdge is an edge of a polygon, from p to n.
type polyEdge struct{ p, n canvas.Point }

// crossings appends to xs where the edges cross the row centre yc, sorted:
// the polygon's even–odd inside is xs[0]–xs[1], xs[2]–xs[3], …
func crossings(xs []float64, es []polyEdge, yc float64) []float64 {
	for _, e := range es {
		p, n := e.p, e.n
		if (p.Y <= yc) != (n.Y <= yc) {
			xs = append(xs, p.X+(yc-p.Y)/(n.Y-p.Y)*(n.X-p.X))
		}
	}
	slices.Sort(xs)
	return xs
}

// spanPixels is the pixels [xa, xb) whose centres lie between crossings x0
// and x1, within [lo, hi).
func spanPixels(x0, x1 float64, lo, hi int) (xa, xb int) {
	return max(lo, ceilInt(x0-0.5)), min(hi, ceilInt(x1-0.5))
}

// convex is a small convex polygon (an arrow head) as its edges' inward
// normals n and offsets c: a pixel centre p is inside by n·p − c.
type convex struct {
	n [8]canvas.Point
	c [8]float64
	k int
	// box is the polygon's bounds.
	box canvas.Rect
}

// newConvex sets pts up for fillConvex; ok is false when they are not a
// convex polygon of 3 to 8 corners.
func newConvex(pts []canvas.Point) (cv convex, ok bool) {
	if len(pts) < 3 || len(pts) > 8 {
		return cv, false
	}
	area, turn := 0.0, 0.0
	cv.box = canvas.Rect{Min: pts[0], Max: pts[0]}
	for i := range pts {
		p, q, r := pts[i], pts[(i+1)%len(pts)], pts[(i+2)%len(pts)]
		area += p.X*q.Y - q.X*p.Y
		z := (q.X-p.X)*(r.Y-q.Y) - (q.Y-p.Y)*(r.X-q.X)
		if z*turn < 0 {
			return cv, false // turns both ways
		}
		if z != 0 {
			turn = z
		}
		cv.box.Min.X, cv.box.Min.Y = min(cv.box.Min.X, p.X), min(cv.box.Min.Y, p.Y)
		cv.box.Max.X, cv.box.Max.Y = max(cv.box.Max.X, p.X), max(cv.box.Max.Y, p.Y)
	}
	sign := 1.0 // inward normals, whichever way the points turn
	if area < 0 {
		sign = -1
	}
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		d := minus(q, p)
		l := math.Hypot(d.X, d.Y)
		if l < 1e-9 {
			continue
		}
		n := scale(sign/l, canvas.Point{X: -d.Y, Y: d.X})
		cv.n[cv.k], cv.c[cv.k] = n, dot(n, p)
		cv.k++
	}
	return cv, cv.k >= 3 && area != 0
}

// fillConvex paints a small convex polygon, anti-aliased by the distance
// to its nearest edge.
func fillConvex(img *image.RGBA, cv *convex, col color.NRGBA) {
	bb := img.Rect
	x0, x1 := max(bb.Min.X, floorInt(cv.box.Min.X-1)), min(bb.Max.X, ceilInt(cv.box.Max.X+1))
	y0, y1 := max(bb.Min.Y, floorInt(cv.box.Min.Y-1)), min(bb.Max.Y, ceilInt(cv.box.Max.Y+1))
	cl := lanes(col)
	for y := y0; y < y1; y++ {
		// The row's pixels in front of every edge: an edge's coverage
		// n·p − c + ½ is positive on one side of an x; a hundredth of a
		// pixel more for rounding.
		yc := float64(y) + 0.5
		xl, xr := x0, x1
		for k := range cv.k {
			n, c := cv.n[k], cv.c[k]
			if n.X > -1e-6 && n.X < 1e-6 {
				continue
			}
			xe := (c-0.5-n.Y*yc)/n.X - 0.5
			if n.X > 0 {
				xl = max(xl, floorInt(xe-0.01)+1)
			} else {
				xr = min(xr, ceilInt(xe+0.01))
			}
		}
		for x := xl; x < xr; x++ {
			px := float64(x) + 0.5
			cov := 1.0
			for k := range cv.k {
				cov = min(cov, cv.n[k].X*px+cv.n[k].Y*yc-cv.c[k]+0.5)
			}
			if cov > 0 {
				i := img.PixOffset(x, y)
				blendWord(img.Pix[i:i+4:i+4], cl, uint64(float64(col.A)*cov+0.5))
			}
		}
	}
}

// flatten calls edge with each edge of p's sub-paths, closed, curves as
// lines: a flat fill shows no curvature finer than a pixel's.
func flatten(p canvas.Path, edge func(a, b canvas.Point)) {
	var start, cur canvas.Point
	open := false
	line := func(to canvas.Point) {
		if to != cur {
			edge(cur, to)
		}
		cur = to
	}
	closeUp := func() {
		if open {
			line(start)
		}
		open = false
	}
	for _, s := range p {
		switch s.Op {
		case canvas.MoveTo:
			closeUp()
			start, cur, open = s.Pts[0], s.Pts[0], true
		case canvas.LineTo:
			line(s.Pts[0])
		case canvas.QuadTo, canvas.CubicTo:
			k := 2
			if s.Op == canvas.CubicTo {
				k = 3
			}
			ctl := append([]canvas.Point{cur}, s.Pts[:k]...)
			l := 0.0
			for i := 1; i < len(ctl); i++ {
				l += math.Hypot(ctl[i].X-ctl[i-1].X, ctl[i].Y-ctl[i-1].Y)
			}
			n := min(max(ceilInt(math.Sqrt(l)), 1), 64)
			for i := 1; i <= n; i++ {
				line(bezier(ctl, float64(i)/float64(n)))
			}
		case canvas.Close:
			closeUp()
		}
	}
	closeUp()
}

// bezier is the point at t of the curve with control points ctl (de
// Casteljau).
func bezier(ctl []canvas.Point, t float64) canvas.Point {
	var q [4]canvas.Point
	n := copy(q[:], ctl)
	for ; n > 1; n-- {
		for i := 0; i+1 < n; i++ {
			q[i] = canvas.Point{X: q[i].X + t*(q[i+1].X-q[i].X), Y: q[i].Y + t*(q[i+1].Y-q[i].Y)}
		}
	}
	return q[0]
}
