package raster

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"

	"github.com/aicamps/aicamps/views/canvas"
)

// Discs and rings are painted by the distance of each pixel's centre to
// the centre, anti-aliased over one pixel: through the path rasterizer a
// company's disc cost ~10 µs, too slow for 1,000 of them in a frame.

// fillDisc fills the circle of radius r about c with col, whose blend
// table is l: inside r−½ the coverage is whole and the pixel is looked up.
func fillDisc(img *image.RGBA, c canvas.Point, r float64, col color.NRGBA, l *lut) {
	if col.A == 0 || r <= 0 {
		return
	}
	b := img.Rect
	y0, y1 := max(b.Min.Y, floorInt(c.Y-r-1)), min(b.Max.Y, ceilInt(c.Y+r+1))
	cl := lanes(col)
	// An opaque disc hides what lies under its inside: those pixels are
	// simply its colour, as the table would make them.
	opaque, w := col.A == 255, word(col)
	for y := y0; y < y1; y++ {
		dy, x0, x1, iw, ok := discRow(b, c, y, r+0.5, r-0.5)
		if !ok {
			continue
		}
		i := img.PixOffset(x0, y)
		for x := x0; x < x1; x, i = x+1, i+4 {
			q := img.Pix[i : i+4 : i+4]
			dx := float64(x) + 0.5 - c.X
			if dx > -iw && dx < iw {
				if opaque {
					binary.LittleEndian.PutUint32(q, w)
				} else {
					l.pix(q)
				}
				continue
			}
			cov := r - math.Sqrt(dx*dx+dy*dy) + 0.5
			if cov <= 0 {
				continue
			}
			blendWord(q, cl, uint64(float64(col.A)*min(cov, 1)+0.5))
		}
	}
}

// discRow is where row y crosses a disc about c whose anti-aliased edge
// reaches span: dy, the pixels [x0, x1) in b, and iw, the half width about
// c.X within which pixel centres lie inside radius inner (−1: none). ok is
// false when the row misses the disc.
func discRow(b image.Rectangle, c canvas.Point, y int, span, inner float64) (dy float64, x0, x1 int, iw float64, ok bool) {
	dy = float64(y) + 0.5 - c.Y
	if dy*dy >= span*span {
		return dy, 0, 0, -1, false
	}
	hw := math.Sqrt(span*span - dy*dy)
	iw = -1
	if inner > 0 && dy*dy < inner*inner {
		iw = math.Sqrt(inner*inner - dy*dy)
	}
	return dy, max(b.Min.X, floorInt(c.X-hw)), min(b.Max.X, ceilInt(c.X+hw)), iw, true
}

// fillRing paints the band from rIn to rOut about c, split into equal
// sectors clockwise from the top, one per colour (a company in several
// camps), anti-aliased across its width.
func fillRing(img *image.RGBA, c canvas.Point, rIn, rOut float64, cols []color.NRGBA) {
	if len(cols) == 0 || rOut <= 0 {
		return
	}
	b := img.Rect
	y0, y1 := max(b.Min.Y, floorInt(c.Y-rOut-1)), min(b.Max.Y, ceilInt(c.Y+rOut+1))
	k := float64(len(cols))
	for y := y0; y < y1; y++ {
		// Pixels whose centre lies within rIn − ½ of c get nothing.
		dy, x0, x1, hole, ok := discRow(b, c, y, rOut+0.5, rIn-0.5)
		if !ok {
			continue
		}
		for x := x0; x < x1; x++ {
			dx := float64(x) + 0.5 - c.X
			if dx > -hole && dx < hole {
				x = max(x, ceilInt(c.X+hole-0.5)-1) // to the hole's far side
				continue
			}
			ringPixel(img.Pix, img.PixOffset(x, y), dx, dy, math.Sqrt(dx*dx+dy*dy), rIn, rOut, cols, k)
		}
	}
}

// ringPixel blends the ring's sector over the pixel at i, dx and dy from
// the centre, at distance d; k is len(cols) as a float.
func ringPixel(pix []uint8, i int, dx, dy, d, rIn, rOut float64, cols []color.NRGBA, k float64) {
	if rOut-d+0.5 <= 0 || d-rIn+0.5 <= 0 {
		return
	}
	cov := min(rOut-d+0.5, 1) * min(d-rIn+0.5, 1)
	s := 0
	if len(cols) > 1 {
		a := math.Atan2(dy, dx) + math.Pi/2 // 0 at the top, clockwise on screen
		if a < 0 {
			a += 2 * math.Pi
		}
		s = min(int(a/(2*math.Pi)*k), len(cols)-1)
	}
	if cols[s].A > 0 {
		blendCov(pix, i, cols[s], cov)
	}
}

// fillNode is fillRing(c, rIn, rOut, cols) then fillDisc(c, r, col, l) (a
// company: its camps' ring, a disc inside) in one pass: the same pixels,
// each visited and measured once, and under an opaque disc's inside
// simply the disc's colour.
func fillNode(img *image.RGBA, c canvas.Point, rIn, rOut float64, cols []color.NRGBA, r float64, col color.NRGBA, l *lut) {
	b := img.Rect
	reach := max(rOut, r)
	y0, y1 := max(b.Min.Y, floorInt(c.Y-reach-1)), min(b.Max.Y, ceilInt(c.Y+reach+1))
	k := float64(len(cols))
	cl, opaque, w := lanes(col), col.A == 255, word(col)
	for y := y0; y < y1; y++ {
		dy, x0, x1, _, ok := discRow(b, c, y, reach+0.5, -1)
		if !ok {
			continue
		}
		_, _, _, iw, _ := discRow(b, c, y, r+0.5, r-0.5) // as fillDisc has it
		i := img.PixOffset(x0, y)
		for x := x0; x < x1; x, i = x+1, i+4 {
			q := img.Pix[i : i+4 : i+4]
			dx := float64(x) + 0.5 - c.X
			inside := dx > -iw && dx < iw
			if inside && opaque {
				binary.LittleEndian.PutUint32(q, w)
				continue
			}
			d := math.Sqrt(dx*dx + dy*dy)
			if len(cols) > 0 && rOut > 0 {
				ringPixel(img.Pix, i, dx, dy, d, rIn, rOut, cols, k)
			}
			if col.A == 0 || r <= 0 {
				continue
			}
			if inside {
				l.pix(q)
			} else if cov := r - d + 0.5; cov > 0 {
				blendWord(q, cl, uint64(float64(col.A)*min(cov, 1)+0.5))
			}
		}
	}
}
