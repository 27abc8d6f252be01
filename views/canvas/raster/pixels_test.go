package raster

import (
	"image/color"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/aicamps/aicamps/views/canvas"
)

// dashOn says whether position s along a stroke is in a dash of pattern.
func dashOn(pattern []float64, s float64) bool {
	period := 0.0
	for _, d := range pattern {
		period += d
	}
	s -= period * math.Floor(s/period)
	for i, d := range pattern {
		if s < d {
			return i%2 == 0
		}
		s -= d
	}
	return false
}

// Dashed strokes, across a row and down a column (where a row crosses one
// dash or gap), ink the pixels the pattern puts in a dash and leave the
// gaps, from the offset on, wherever a pixel is clear of a dash's end.
func TestDashesWhereThePatternSays(t *testing.T) {
	for _, tc := range []struct {
		pattern []float64
		offset  float64
	}{{[]float64{6, 3}, 0}, {[]float64{12, 6}, 5}, {[]float64{14, 4, 3, 4}, 2.5}, {[]float64{2, 5}, 0}, {[]float64{3.5, 2.25}, 7}} {
		for _, down := range []bool{false, true} {
			img := picture(320, 320, false, func(c canvas.Canvas) {
				c.SetColor(color.Black)
				c.SetLineWidth(3)
				c.SetLineDash(tc.pattern, tc.offset)
				if down {
					c.Stroke(canvas.Polyline(pt(10.5, 0), pt(10.5, 320)))
				} else {
					c.Stroke(canvas.Polyline(pt(0, 10.5), pt(320, 10.5)))
				}
			})
			period := 0.0
			for _, d := range tc.pattern {
				period += d
			}
			slack := 0.5 + period/128 + 1e-9 // a pixel's half, and the pattern's sampling
			for i := 2; i < 318; i++ {
				s := float64(i) + 0.5 + tc.offset
				if dashOn(tc.pattern, s-slack) != dashOn(tc.pattern, s+slack) {
					continue // a dash's end crosses the pixel
				}
				x, y := i, 10
				if down {
					x, y = 10, i
				}
				ink := 255 - img.Pix[img.PixOffset(x, y)]
				if want := dashOn(tc.pattern, s); want != (ink > 250) || !want && ink > 5 {
					t.Fatalf("%v from %g, down %v: pixel %d has ink %d, in a dash %v", tc.pattern, tc.offset, down, i, ink, want)
				}
			}
		}
	}
}

// A blend is (c·a + p·(255−a) + 127) / 255 per channel, exactly, for every
// alpha and a spread of colours and pixels, through the words and the
// tables alike.
func TestBlendExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		c := color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256))}
		p := [4]uint8{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256))}
		a := uint32(rng.IntN(256))
		q := p
		blendWord(q[:], lanes(c), uint64(a))
		r := p
		cc := c
		cc.A = uint8(a)
		newLUT(cc).pix(r[:])
		for ch, v := range [4]uint32{uint32(c.R), uint32(c.G), uint32(c.B), 255} {
			want := uint8((v*a + uint32(p[ch])*(255-a) + 127) / 255)
			if q[ch] != want || r[ch] != want {
				t.Fatalf("c %v at %d over %v, channel %d: word %d, table %d, want %d", c, a, p, ch, q[ch], r[ch], want)
			}
		}
	}
}

// floorInt and ceilInt stand in for int(math.Floor(x)) and
// int(math.Ceil(x)) in the pixel loops: they must agree on every x there.
func TestFloorCeilInt(t *testing.T) {
	xs := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1, -1, 2.999999, -2.000001, 1e-300, -1e-300, 1919.5, -12.25, 1 << 40, -(1 << 40) - 0.5}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		xs = append(xs, (rng.Float64()-0.5)*5000)
	}
	for _, x := range xs {
		if got, want := floorInt(x), int(math.Floor(x)); got != want {
			t.Errorf("floorInt(%v) = %d, want %d", x, got, want)
		}
		if got, want := ceilInt(x), int(math.Ceil(x)); got != want {
			t.Errorf("ceilInt(%v) = %d, want %d", x, got, want)
		}
	}
}
