package picture

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"
)

func white(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	return img
}

var black = color.RGBA{A: 255}

// The moved picture puts each pixel where the new pan and zoom put it.
func TestStretchMovesAndScales(t *testing.T) {
	base := white(100, 80)
	base.SetRGBA(60, 40, black)
	// Pan by (+7,−3).
	out := Remap(base, Stretch(100, 50, 1, 0, 7), Stretch(80, 40, 1, 0, -3), color.White)
	if out.RGBAAt(67, 37) != black || out.RGBAAt(60, 40) == black {
		t.Error("pan did not move the dot by (7,−3)")
	}
	// Zoom ×2 about (50,40): (60,40) becomes the 2×2 block at (70,40).
	out = Remap(base, Stretch(100, 50, 2, 0, 0), Stretch(80, 40, 2, 0, 0), color.White)
	for _, p := range []image.Point{{70, 40}, {71, 40}, {70, 41}, {71, 41}} {
		if out.RGBAAt(p.X, p.Y) != black {
			t.Errorf("zoom ×2: %v not inked", p)
		}
	}
	if out.RGBAAt(69, 40) == black || out.RGBAAt(72, 40) == black {
		t.Error("zoom ×2 inked outside the block")
	}
	// Uncovered pixels show the background.
	bg := color.RGBA{10, 20, 30, 255}
	out = Remap(base, Stretch(100, 50, 1, 0, 30), nil, bg)
	if out.RGBAAt(10, 10) != bg || out.RGBAAt(40, 10) != base.RGBAAt(10, 10) {
		t.Errorf("uncovered %v, moved %v", out.RGBAAt(10, 10), out.RGBAAt(40, 10))
	}
}

// Remap copies in runs; the result is the pixel-by-pixel one, for any
// tables (pans, stretches, shrinks, holes).
func TestRemapSameAsPixelByPixel(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const w, h = 37, 23
	base := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range base.Pix {
		base.Pix[i] = uint8(rng.IntN(256))
	}
	bg := color.RGBA{1, 2, 3, 4}
	table := func(n int) []int {
		out := make([]int, n)
		for i := range out {
			switch rng.IntN(4) {
			case 0:
				out[i] = -1
			case 1:
				out[i] = rng.IntN(n)
			default: // a run
				if i > 0 && out[i-1] >= 0 && out[i-1] < n-1 {
					out[i] = out[i-1] + 1
				} else {
					out[i] = i
				}
			}
		}
		return out
	}
	for range 50 {
		cols, rows := table(w), table(h)
		if rng.IntN(5) == 0 {
			cols = nil
		}
		got := Remap(base, cols, rows, bg)
		for y := range h {
			for x := range w {
				want := bg
				sx, sy := x, rows[y]
				if cols != nil {
					sx = cols[x]
				}
				if sx >= 0 && sy >= 0 {
					want = base.RGBAAt(sx, sy)
				}
				if got.RGBAAt(x, y) != want {
					t.Fatalf("(%d,%d) is %v, want %v (cols %v)", x, y, got.RGBAAt(x, y), want, cols)
				}
			}
		}
	}
}
