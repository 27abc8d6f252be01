package raster

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"

	"github.com/aicamps/aicamps/views/canvas"
)

// Boxes (bars, backdrops, a timeline's dots) are painted by the share of
// each pixel they cover, or for round corners by the distance of its
// centre to the outline; small ones keep their coverage in a mask, since a
// frame's dots are all alike.

// fillBox fills r (any fractions) with col, each pixel by the share of it
// r covers; l is col's blend table, for the rows it covers whole.
func fillBox(img *image.RGBA, r canvas.Rect, col color.NRGBA, l *lut) {
	b := img.Rect
	x0, x1 := math.Max(r.Min.X, float64(b.Min.X)), math.Min(r.Max.X, float64(b.Max.X))
	y0, y1 := math.Max(r.Min.Y, float64(b.Min.Y)), math.Min(r.Max.Y, float64(b.Max.Y))
	if x1 <= x0 || y1 <= y0 || col.A == 0 {
		return
	}
	span := func(v0, v1 float64, i int) float64 { // the part of pixel i within [v0, v1]
		return math.Max(0, math.Min(v1, float64(i+1))-math.Max(v0, float64(i)))
	}
	cl := lanes(col)
	blend := func(row []uint8, cov float64) {
		a := uint64(float64(col.A)*cov + 0.5)
		for i := 0; i+4 <= len(row); i += 4 {
			blendWord(row[i:i+4:i+4], cl, a)
		}
	}
	xl, xr := floorInt(x0), ceilInt(x1)
	opaque := col.A == 255
	for y := floorInt(y0); y < ceilInt(y1); y++ {
		cy := span(y0, y1, y)
		row := img.Pix[img.PixOffset(xl, y) : img.PixOffset(xr-1, y)+4]
		if xr-xl <= 2 {
			for x := xl; x < xr; x++ {
				blend(row[4*(x-xl):4*(x-xl+1)], cy*span(x0, x1, x))
			}
			continue
		}
		blend(row[:4], cy*span(x0, x1, xl))
		blend(row[len(row)-4:], cy*span(x0, x1, xr-1))
		mid := row[4 : len(row)-4]
		switch {
		case cy < 1:
			blend(mid, cy)
		case opaque:
			fillWord(mid, word(col))
		default:
			l.run(mid)
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

// clampRad is rad at most half the shorter side of r, as canvas.RoundRect.
func clampRad(r canvas.Rect, rad float64) float64 {
	return math.Max(0, math.Min(rad, math.Min(r.Max.X-r.Min.X, r.Max.Y-r.Min.Y)/2))
}

// fillRoundBox fills r with corners of radius rad (≥ ½), anti-aliased by
// the distance of each pixel's centre to the outline. Between the corners
// a row's coverage is the same all along: a run.
func fillRoundBox(img *image.RGBA, r canvas.Rect, rad float64, col color.NRGBA, l *lut) {
	b := image.Rect(floorInt(r.Min.X-1), floorInt(r.Min.Y-1), ceilInt(r.Max.X+1), ceilInt(r.Max.Y+1)).Intersect(img.Rect)
	if b.Empty() || col.A == 0 {
		return
	}
	cx, cy := (r.Min.X+r.Max.X)/2, (r.Min.Y+r.Max.Y)/2
	hx, hy := (r.Max.X-r.Min.X)/2-rad, (r.Max.Y-r.Min.Y)/2-rad
	dist := roundDist(cx, cy, hx, hy, rad)
	sl, sr := max(b.Min.X, ceilInt(cx-hx-0.5)), min(b.Max.X, floorInt(cx+hx-0.5)+1)
	cl := lanes(col)
	px := func(row []uint8, i int, cov float64) {
		if cov > 0 {
			blendWord(row[i:i+4:i+4], cl, uint64(float64(col.A)*min(cov, 1)+0.5))
		}
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		py := float64(y) + 0.5
		row := img.Pix[img.PixOffset(b.Min.X, y) : img.PixOffset(b.Max.X-1, y)+4]
		for x := b.Min.X; x < b.Max.X; x++ {
			if x == sl && sr > sl {
				mid := row[4*(sl-b.Min.X) : 4*(sr-b.Min.X)]
				switch cov := 0.5 - dist(cx, py); {
				case cov >= 1 && col.A == 255:
					fillWord(mid, word(col))
				case cov >= 1:
					l.run(mid)
				case cov > 0:
					for i := 0; i < len(mid); i += 4 {
						px(mid, i, cov)
					}
				}
				x = sr - 1
				continue
			}
			px(row, 4*(x-b.Min.X), 0.5-dist(float64(x)+0.5, py))
		}
	}
}

// maskKey is a small round box, filled (stroke 0) or its outline stroked
// stroke wide: where it starts within its mask's first pixel, its size and
// corner radius.
type maskKey struct{ fx, fy, w, h, rad, stroke float64 }

// maskReach is how far a mask reaches beyond a box of outline width sw:
// the stroke's half and the anti-aliasing's pixel.
func maskReach(sw float64) float64 { return sw/2 + 1 }

// roundMask is the coverage of a small round box or its outline, with the
// mask's corner at (0, 0), by the distance of each pixel's centre to the
// outline.
func roundMask(k maskKey) *image.Alpha {
	m0 := maskReach(k.stroke)
	bw, bh := ceilInt(k.fx+k.w+m0), ceilInt(k.fy+k.h+m0)
	m := image.NewAlpha(image.Rect(0, 0, bw, bh))
	dist := roundDist(k.fx+k.w/2, k.fy+k.h/2, k.w/2-k.rad, k.h/2-k.rad, k.rad)
	for y := range bh {
		for x := range bw {
			d := dist(float64(x)+0.5, float64(y)+0.5)
			cov := 0.5 - d
			if k.stroke > 0 {
				cov = math.Min(k.stroke/2+0.5-math.Abs(d), math.Min(k.stroke, 1))
			}
			m.Pix[y*m.Stride+x] = uint8(math.Round(255 * math.Max(0, math.Min(cov, 1))))
		}
	}
	return m
}

// roundMaskAt is the cached mask of the box x0–x1 × y0–y1 (picture
// pixels) with corners of radius rad, filled or stroked sw wide, and where
// its corner lands; ok is false when the box is too big for a mask. The
// box is placed to a sixteenth of a pixel, so that a frame's dots, and the
// next frame's, share a few masks.
func (c *Canvas) roundMaskAt(x0, y0, x1, y1, rad, sw float64) (m *image.Alpha, at image.Point, ok bool) {
	q := func(v float64) float64 { return math.Round(v*16) / 16 }
	w, h := x1-x0, y1-y0
	x0, y0 = q(x0), q(y0)
	x1, y1 = x0+w, y0+h
	r := maskReach(sw)
	at = image.Pt(floorInt(x0-r), floorInt(y0-r))
	if ceilInt(x1+r)-at.X > 64 || ceilInt(y1+r)-at.Y > 64 {
		return nil, at, false
	}
	k := maskKey{x0 - float64(at.X), y0 - float64(at.Y), x1 - x0, y1 - y0, rad, sw}
	if m = c.masks[k]; m == nil {
		m = roundMask(k)
		c.masks[k] = m
	}
	return m, at, true
}

// paintMask blends col over img through the coverage m placed at o (m's
// pixel p lands on o+p−m.Rect.Min), within img's bounds.
func paintMask(img *image.RGBA, m *image.Alpha, o image.Point, col color.NRGBA) {
	r := m.Rect.Sub(m.Rect.Min).Add(o).Intersect(img.Rect)
	if r.Empty() {
		return
	}
	cl, ca, w := lanes(col), uint64(col.A), word(col)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		mrow := m.Pix[m.PixOffset(m.Rect.Min.X+r.Min.X-o.X, m.Rect.Min.Y+y-o.Y):]
		row := img.Pix[img.PixOffset(r.Min.X, y) : img.PixOffset(r.Max.X-1, y)+4]
		for i, j := 0, 0; i < len(row); i, j = i+4, j+1 {
			switch c := uint64(mrow[j]); {
			case c == 0:
			case c == 255 && ca == 255:
				binary.LittleEndian.PutUint32(row[i:i+4:i+4], w)
			default:
				blendWord(row[i:i+4:i+4], cl, (c*ca+127)/255)
			}
		}
	}
}
