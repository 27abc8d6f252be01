package picture

import (
	"image"
	"image/color"
	"math"
)

// Remap is base moved: the pixel at (x, y) of the result is base's at
// (cols[x], rows[y]), nearest pixel, and bg where either is -1. A nil table
// leaves that axis as it is. Indices count from base.Rect.Min.
func Remap(base *image.RGBA, cols, rows []int, bg color.Color) *image.RGBA {
	b := base.Rect
	w, h := b.Dx(), b.Dy()
	out := image.NewRGBA(b)
	if w == 0 || h == 0 {
		return out
	}
	r, g, bl, a := bg.RGBA()
	bgRow := make([]uint8, 4*w)
	for i := 0; i < len(bgRow); i += 4 {
		bgRow[i], bgRow[i+1], bgRow[i+2], bgRow[i+3] = uint8(r>>8), uint8(g>>8), uint8(bl>>8), uint8(a>>8)
	}
	segs := segments(cols, w)
	// Runs shorter than a few pixels (a zoom in) cost more as copies than
	// pixel by pixel.
	byPixel := len(segs) > w/4
	for y := range h {
		sy := y
		if rows != nil {
			sy = rows[y]
		}
		dst := out.Pix[y*out.Stride : y*out.Stride+4*w]
		if sy < 0 {
			copy(dst, bgRow)
			continue
		}
		src := base.Pix[sy*base.Stride:]
		if byPixel {
			for x, sx := range cols {
				if sx < 0 {
					copy(dst[4*x:4*x+4], bgRow)
				} else {
					copy(dst[4*x:4*x+4], src[4*sx:4*sx+4])
				}
			}
			continue
		}
		for _, s := range segs {
			d := dst[4*s.dst : 4*(s.dst+s.n)]
			if s.src < 0 {
				copy(d, bgRow)
			} else {
				copy(d, src[4*s.src:4*(s.src+s.n)])
			}
		}
	}
	return out
}

// segment is a run of n columns from dst on that show base's columns from
// src on (consecutive), or the background when src is -1.
type segment struct{ dst, src, n int }

// segments cuts a column table into runs, so that a pan copies each row in
// a few pieces rather than pixel by pixel.
func segments(cols []int, w int) []segment {
	if cols == nil {
		return []segment{{0, 0, w}}
	}
	var out []segment
	for x := 0; x < w; {
		s := segment{dst: x, src: cols[x], n: 1}
		for x+s.n < w && ((s.src < 0 && cols[x+s.n] < 0) || (s.src >= 0 && cols[x+s.n] == s.src+s.n)) {
			s.n++
		}
		out = append(out, s)
		x += s.n
	}
	return out
}

// Stretch is the table of one axis of n pixels scaled by k about c and
// shifted from pan0 to pan1: base's pixel s0 lands at
// s1 = c + k·(s0 − c − pan0) + pan1. An entry is -1 where it falls outside
// [0, n).
func Stretch(n int, c, k, pan0, pan1 float64) []int {
	out := make([]int, n)
	for s1 := range out {
		s0 := int(math.Floor((float64(s1)+0.5-c-pan1)/k + c + pan0))
		if s0 < 0 || s0 >= n {
			s0 = -1
		}
		out[s1] = s0
	}
	return out
}
