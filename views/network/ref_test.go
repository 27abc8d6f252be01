package network

// The pixel paths as they were before they were sped up (net3k): the
// reference their pixels are pinned to.

import (
	"image"
	"math"

	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"
)

func refStrokeSegment(img *image.RGBA, a, b r2.Vec, w float64, col drawing.Color, lut *[4][256]uint8, dash *dashBits, along float64) {
	v := r2.Sub(b, a)
	l := math.Sqrt(v.X*v.X + v.Y*v.Y)
	if l < 1e-9 {
		return
	}
	u := r2.Scale(1/l, v)
	n := r2.Vec{X: -u.Y, Y: u.X}
	h := w / 2
	reach := h + 0.5 // coverage ends half a pixel beyond the edge
	bb := img.Rect
	y0 := max(bb.Min.Y, int(math.Floor(min(a.Y, b.Y)-reach)))
	y1 := min(bb.Max.Y, int(math.Ceil(max(a.Y, b.Y)+reach)))
	bx0 := min(a.X, b.X) - reach
	bx1 := max(a.X, b.X) + reach
	na := r2.Dot(n, a)
	pix := img.Pix
	ca := float64(col.A)
	cl := lanes(col)
	// On a slanted segment each row's span is the band |n·p − n·a| ≤ reach,
	// from p to q, moving by dp a row.
	slanted := n.X > 1e-9 || n.X < -1e-9
	var p, q, dp float64
	if slanted {
		inv := 1 / n.X
		yc := float64(y0) + 0.5
		p, q, dp = (na-reach-n.Y*yc)*inv, (na+reach-n.Y*yc)*inv, -n.Y*inv
		if p > q {
			p, q = q, p
		}
	}
	for y := y0; y < y1; y, p, q = y+1, p+dp, q+dp {
		yc := float64(y) + 0.5
		xa, xb := bx0, bx1
		if slanted {
			if p > xa {
				xa = p
			}
			if q < xb {
				xb = q
			}
		}
		x0, x1 := max(bb.Min.X, int(math.Floor(xa))), min(bb.Max.X, int(math.Ceil(xb)))
		if x0 >= x1 {
			continue
		}
		// Distance across and along the segment, stepped per pixel.
		dx, dy := float64(x0)+0.5-a.X, yc-a.Y
		across := dx*n.X + dy*n.Y
		t := dx*u.X + dy*u.Y
		i := img.PixOffset(x0, y)
		// Away from both ends (most rows) only the width limits coverage.
		tEnd := t + float64(x1-x0-1)*u.X
		lo, hi := t, tEnd // float min and max handle NaN and −0: slower
		if lo > hi {
			lo, hi = hi, lo
		}
		inside := lo >= 0.5 && hi <= l-0.5
		if inside && dash != nil {
			// Dashed: the pattern first, then the width.
			for x := x0; x < x1; x, i, across, t = x+1, i+4, across+n.X, t+u.X {
				if !dash.at(along + t) {
					continue
				}
				cov := reach - math.Abs(across)
				if cov >= 1 {
					p := (*[4]uint8)(pix[i : i+4])
					p[0], p[1], p[2], p[3] = lut[0][p[0]], lut[1][p[1]], lut[2][p[2]], lut[3][p[3]]
				} else if cov > 0 {
					blendLanes(pix, i, cl, uint64(ca*cov+0.5))
				}
			}
			continue
		}
		if inside {
			for x := x0; x < x1; x, i, across = x+1, i+4, across+n.X {
				cov := reach - math.Abs(across)
				if cov >= 1 {
					p := (*[4]uint8)(pix[i : i+4])
					p[0], p[1], p[2], p[3] = lut[0][p[0]], lut[1][p[1]], lut[2][p[2]], lut[3][p[3]]
				} else if cov > 0 {
					blendLanes(pix, i, cl, uint64(ca*cov+0.5))
				}
			}
			continue
		}
		for x := x0; x < x1; x, i, across, t = x+1, i+4, across+n.X, t+u.X {
			// Coverage across (width) times along (butt ends).
			cov := reach - math.Abs(across)
			if cov <= 0 {
				continue
			}
			if cov > 1 {
				cov = 1
			}
			end := t
			if l-t < end {
				end = l - t
			}
			end += 0.5
			if end <= 0 {
				continue
			}
			if end < 1 {
				cov *= end
			}
			if dash != nil && !dash.at(along+t) {
				continue
			}
			if cov >= 1 {
				p := (*[4]uint8)(pix[i : i+4])
				p[0], p[1], p[2], p[3] = lut[0][p[0]], lut[1][p[1]], lut[2][p[2]], lut[3][p[3]]
				continue
			}
			blendLanes(pix, i, cl, uint64(ca*cov+0.5))
		}
	}
}

func refFillConvex(img *image.RGBA, pts []r2.Vec, col drawing.Color) {
	if len(pts) < 3 || col.A == 0 {
		return
	}
	// Inward normals, whichever way the points turn.
	area := 0.0
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		area += p.X*q.Y - q.X*p.Y
	}
	sign := 1.0
	if area < 0 {
		sign = -1
	}
	type edge struct {
		n r2.Vec
		c float64
	}
	edges := make([]edge, 0, len(pts))
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		d := r2.Sub(q, p)
		l := r2.Norm(d)
		if l < 1e-9 {
			continue
		}
		n := r2.Scale(sign/l, r2.Vec{X: -d.Y, Y: d.X})
		edges = append(edges, edge{n, r2.Dot(n, p)})
	}
	q := bounds(pts) // 12 px of slack each side, clipped below
	bb := img.Rect
	x0, x1 := max(bb.Min.X, int(math.Floor(q.x0+11))), min(bb.Max.X, int(math.Ceil(q.x1-11)))
	y0, y1 := max(bb.Min.Y, int(math.Floor(q.y0+11))), min(bb.Max.Y, int(math.Ceil(q.y1-11)))
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			p := r2.Vec{X: float64(x) + 0.5, Y: float64(y) + 0.5}
			cov := 1.0
			for _, e := range edges {
				cov = min(cov, e.n.X*p.X+e.n.Y*p.Y-e.c+0.5)
			}
			if cov > 0 {
				blendPix(img.Pix, img.PixOffset(x, y), col, cov)
			}
		}
	}
}

// at is whether position s along the stroke is in a dash, as the
// reference samples it.
func (d *dashBits) at(s float64) bool { return d.m[int(s*d.k)&127] != 0 }
