package raster

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"

	"github.com/aicamps/aicamps/views/canvas"
)

// Straight strokes with butt ends (a big graph's relations, dashed by
// type) are painted by the distance of each pixel's centre across and
// along each segment: through the stroker and the rasterizer a relation
// cost ~40 µs. Round or square caps and curves go the generic way.

func minus(a, b canvas.Point) canvas.Point         { return canvas.Point{X: a.X - b.X, Y: a.Y - b.Y} }
func scale(k float64, a canvas.Point) canvas.Point { return canvas.Point{X: k * a.X, Y: k * a.Y} }
func dot(a, b canvas.Point) float64                { return a.X*b.X + a.Y*b.Y }

// strokeOp paints a polyline of width w with butt ends, dashed when dash
// is given, starting the pattern along its length.
func strokeOp(img *image.RGBA, pts []canvas.Point, w float64, col color.NRGBA, dash *dashBits, along float64) {
	if col.A == 0 {
		return
	}
	for i := 0; i+1 < len(pts); i++ {
		strokeSegment(img, pts[i], pts[i+1], w, col, dash, along)
		d := minus(pts[i+1], pts[i])
		along += math.Sqrt(d.X*d.X + d.Y*d.Y)
	}
}

// dashBits is a dash pattern (on, off, … lengths in pixels) sampled at 128
// points of its period: a lookup per pixel rather than a walk.
type dashBits struct {
	m   [128]int64 // on: all ones, off: zero (a mask for an alpha)
	run [128]uint8 // samples from each in the same state, up to 128
	// back: samples before each in the same state, up to 127
	back [128]uint8
	k    float64 // samples per pixel
}

// dashSlack widens a row's span along the stroke, in pixels: far more
// than the rounding of its stepped positions.
const dashSlack = 1e-6

// runAt is the stretch of samples [lo, hi) about sample i (s·k truncated,
// as at and mask take it) that are all in i's state, and that state.
// Truncation grows with s, so a row whose ends sample within one such
// stretch samples nothing else.
func (d *dashBits) runAt(i int) (lo, hi int, on bool) {
	j := i & 127
	return i - int(d.back[j]), i + int(d.run[j]), d.m[j] != 0
}

func newDashBits(dash []float64) *dashBits {
	period := 0.0
	for _, d := range dash {
		period += d
	}
	if period <= 0 {
		return nil
	}
	d := &dashBits{k: 128 / period}
	for i := range d.m {
		// The pattern walked at the sample's position, which lies within
		// the first period.
		s := (float64(i) + 0.5) / d.k
		for j, l := range dash {
			if s < l {
				if j%2 == 0 {
					d.m[i] = -1
				}
				break
			}
			s -= l
		}
	}
	// Run lengths backwards, twice round: the second lap carries runs
	// across the period's end.
	n := 0
	for j := 255; j >= 0; j-- {
		i := j & 127
		if d.m[i] == d.m[(i+1)&127] {
			n = min(n+1, 128)
		} else {
			n = 1
		}
		d.run[i] = uint8(n)
	}
	n = 0
	for j := range 256 {
		i := j & 127
		if d.m[i] == d.m[(i-1)&127] {
			n = min(n+1, 127)
		} else {
			n = 0
		}
		d.back[i] = uint8(n)
	}
	return d
}

// mask is the pattern at position s along the stroke, as a mask for an
// alpha.
func (d *dashBits) mask(s float64) int64 { return d.m[int(s*d.k)&127] }

// segSpan is a segment's set-up for strokeSegment: the rows it touches, its
// frame (unit u along, n across) and the per-row stepping of its span.
type segSpan struct {
	y0, y1, fx0, fx1 int
	u, n             canvas.Point
	l, reach, na     float64
	slanted          bool
	p, q, dp         float64 // a slanted segment's span on row y0, and its step a row
	tc, dtc          float64 // where the centre line crosses row y0, and its step a row
	tLo, tHi         float64 // rows with tc in tLo–tHi lie away from both ends
}

// newSegSpan sets up the segment a–b of width w over img's rows; ok is
// false when it touches none or has no length.
func newSegSpan(img *image.RGBA, a, b canvas.Point, w float64) (s segSpan, ok bool) {
	h := w / 2
	s.reach = h + 0.5 // coverage ends half a pixel beyond the edge
	reach := s.reach
	bb := img.Rect
	// A band sees every segment of the relations crossing it: those that
	// miss its rows are dropped before any set-up.
	s.y0 = max(bb.Min.Y, floorInt(min(a.Y, b.Y)-reach))
	s.y1 = min(bb.Max.Y, ceilInt(max(a.Y, b.Y)+reach))
	if s.y0 >= s.y1 {
		return s, false
	}
	v := minus(b, a)
	s.l = math.Sqrt(v.X*v.X + v.Y*v.Y)
	if s.l < 1e-9 {
		return s, false
	}
	u := scale(1/s.l, v)
	n := canvas.Point{X: -u.Y, Y: u.X}
	s.u, s.n = u, n
	bx0 := min(a.X, b.X) - reach
	bx1 := max(a.X, b.X) + reach
	s.fx0, s.fx1 = floorInt(bx0), ceilInt(bx1)
	s.na = dot(n, a)
	// On a slanted segment each row's span is the band |n·p − n·a| ≤ reach,
	// from p to q, moving by dp a row.
	s.slanted = n.X > 1e-9 || n.X < -1e-9
	if s.slanted {
		inv := 1 / n.X
		yc := float64(s.y0) + 0.5
		s.p, s.q, s.dp = (s.na-reach-n.Y*yc)*inv, (s.na+reach-n.Y*yc)*inv, -n.Y*inv
		if s.p > s.q {
			s.p, s.q = s.q, s.p
		}
	}
	// A row whose pixels all lie away from both ends is known from where
	// the centre line crosses it (tc along the segment, stepping by dtc):
	// its pixels are within reach across, so within reach·|u.X/u.Y| of tc
	// along; a fiftieth of a pixel more for the rows' rounding. Rows near
	// an end, and flat segments, are checked pixel by pixel as before.
	if u.Y > 1e-3 || u.Y < -1e-3 {
		k := (reach+0.02)*math.Abs(u.X/u.Y) + 1e-6
		s.tLo, s.tHi = 0.5+k, s.l-0.5-k
		s.tc, s.dtc = (float64(s.y0)+0.5-a.Y)/u.Y, 1/u.Y
	} else {
		s.tLo, s.tHi = 1, 0 // never
	}
	return s, true
}

func strokeSegment(img *image.RGBA, a, b canvas.Point, w float64, col color.NRGBA, dash *dashBits, along float64) {
	s, ok := newSegSpan(img, a, b, w)
	if !ok {
		return
	}
	y0, y1, fx0, fx1 := s.y0, s.y1, s.fx0, s.fx1
	u, n, l, reach := s.u, s.n, s.l, s.reach
	slanted, p, q, dp := s.slanted, s.p, s.q, s.dp
	tc, dtc, tLo, tHi := s.tc, s.dtc, s.tLo, s.tHi
	bb := img.Rect
	pix := img.Pix
	ca := float64(col.A)
	cl := lanes(col)
	amax := int64(col.A)
	stride, minX := img.Stride, bb.Min.X
	rowOff := (y0-bb.Min.Y)*stride - minX*4
	var runLo, runHi int // samples of the dash pattern known to be all runOn
	var runOn bool
	for y := y0; y < y1; y, p, q, rowOff, tc = y+1, p+dp, q+dp, rowOff+stride, tc+dtc {
		yc := float64(y) + 0.5
		x0, x1 := max(minX, fx0), min(bb.Max.X, fx1)
		if slanted {
			// Only pixels whose centre lies inside the band, p < x+½ < q,
			// get coverage: the half pixel beyond each side (a pixel a
			// row, a fifth of a thin stroke's) is left alone, less a
			// hundredth for rounding.
			x0 = max(x0, floorInt(p-0.5-0.01)+1)
			x1 = min(x1, ceilInt(q-0.5+0.01))
		}
		if x0 >= x1 {
			continue
		}
		// Distance across and along the segment, stepped per pixel.
		dx, dy := float64(x0)+0.5-a.X, yc-a.Y
		across := dx*n.X + dy*n.Y
		// The row's pixels, sliced once: no bounds check per pixel.
		row := pix[rowOff+4*x0 : rowOff+4*x1]
		// Away from both ends (most rows) only the width limits coverage.
		inside := tc >= tLo && tc <= tHi
		if inside && dash == nil {
			solidRow(row, across, n.X, ca, reach, cl, amax)
			continue
		}
		t := dx*u.X + dy*u.Y
		tEnd := t + float64(x1-x0-1)*u.X
		if !inside {
			lo, hi := t, tEnd // float min and max handle NaN and −0: slower
			if lo > hi {
				lo, hi = hi, lo
			}
			inside = lo >= 0.5 && hi <= l-0.5
		}
		patterned := false // the dash pattern sampled per pixel
		if dash != nil {
			// A steep dashed line crosses a row within one dash or gap:
			// the gap costs nothing and the dash is a solid row. The
			// run found is kept for the rows after, most of which it
			// holds too.
			s0, s1 := along+t, along+tEnd
			if s0 > s1 {
				s0, s1 = s1, s0
			}
			i0, i1 := int((s0-dashSlack)*dash.k), int((s1+dashSlack)*dash.k)
			if i0 < runLo || i0 >= runHi {
				runLo, runHi, runOn = dash.runAt(i0)
			}
			switch {
			case i1 < runHi && !runOn:
				continue
			case i1 < runHi:
				if inside {
					solidRow(row, across, n.X, ca, reach, cl, amax)
					continue
				}
			case inside:
				// Dashed: the pattern first, then the width, without
				// a branch per pixel (they mispredict at a thin
				// stroke's rims and dash ends): the alpha clamped to
				// 0–A and masked by the pattern; at 0 the pixel stays
				// as it was.
				for i := 0; i+4 <= len(row); i, across, t = i+4, across+n.X, t+u.X {
					a := min(max(int64(ca*(reach-math.Abs(across))+0.5), 0), amax) & dash.mask(along+t)
					blendWord(row[i:i+4:i+4], cl, uint64(a))
				}
				continue
			default:
				patterned = true
			}
		}
		// Near an end: coverage across (width), as away from the ends,
		// times along (butt ends) where a pixel is within half a pixel
		// of one.
		full := uint32(cl | cl>>24)
		for i := 0; i+4 <= len(row); i, across, t = i+4, across+n.X, t+u.X {
			a := min(max(int64(ca*(reach-math.Abs(across))+0.5), 0), amax)
			if end := min(t, l-t) + 0.5; end < 1 {
				a = 0
				if cov := reach - math.Abs(across); cov > 0 && end > 0 {
					a = int64(ca*(min(cov, 1)*end) + 0.5)
				}
			}
			if patterned {
				a &= dash.mask(along + t)
			}
			if a == 255 {
				binary.LittleEndian.PutUint32(row[i:i+4:i+4], full)
				continue
			}
			blendWord(row[i:i+4:i+4], cl, uint64(a))
		}
	}
}

// solidRow blends a row of a stroke away from its ends: alpha A·(reach −
// |across|) clamped to 0–A, across stepping by dx a pixel.
// At alpha 255 (an opaque colour, fully covering) the pixel is simply
// the colour, as the blend would make it.
func solidRow(row []uint8, across, dx, ca, reach float64, cl uint64, amax int64) {
	full := uint32(cl | cl>>24)
	for i := 0; i+4 <= len(row); i, across = i+4, across+dx {
		a := min(max(int64(ca*(reach-math.Abs(across))+0.5), 0), amax)
		if a == 255 {
			binary.LittleEndian.PutUint32(row[i:i+4:i+4], full)
			continue
		}
		blendWord(row[i:i+4:i+4], cl, uint64(a))
	}
}
