package raster

import (
	"bytes"
	"image"
	"image/color"
	"math/rand/v2"
	"testing"

	"github.com/aicamps/aicamps/views/canvas"
)

// flushing paints every call as it is made: painting one by one.
type flushing struct{ *Canvas }

func (f flushing) Fill(p canvas.Path)   { f.Canvas.Fill(p); f.Flush() }
func (f flushing) Stroke(p canvas.Path) { f.Canvas.Stroke(p); f.Flush() }
func (f flushing) Text(fc canvas.Face, x, y float64, a canvas.Anchor, s string) {
	f.Canvas.Text(fc, x, y, a, s)
	f.Flush()
}
func (f flushing) FillDisc(c canvas.Point, r float64) { f.Canvas.FillDisc(c, r); f.Flush() }
func (f flushing) FillRing(c canvas.Point, r0, r1 float64, cols []color.Color) {
	f.Canvas.FillRing(c, r0, r1, cols)
	f.Flush()
}
func (f flushing) FillBox(r canvas.Rect, rad float64) { f.Canvas.FillBox(r, rad); f.Flush() }
func (f flushing) FillFlat(p canvas.Path)             { f.Canvas.FillFlat(p); f.Flush() }

// randomOps draws n random calls of every kind the canvas has, in random
// states, over a picture taller than several bands. Queued, the first
// flat fills are painted as one op over the cleared picture.
func randomOps(c canvas.Canvas, n int, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 7))
	w, h := c.Size()
	p := func() canvas.Point { return pt(rng.Float64()*(w+40)-20, rng.Float64()*(h+40)-20) }
	col := func() color.NRGBA {
		return color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256))}
	}
	// Camp regions first: over a fresh picture, in one walk of the rows.
	for range 3 {
		c.SetColor(color.NRGBA{uint8(rng.IntN(256)), 0x72, 0xb2, uint8(rng.IntN(256))})
		canvas.FillFlat(c, canvas.Polyline(p(), p(), p(), p(), p()))
	}
	for i := range n {
		c.Push()
		c.SetColor(col())
		if rng.IntN(4) == 0 {
			c.SetOpacity(rng.Float64())
		}
		if rng.IntN(4) == 0 {
			a, b := p(), p()
			c.Clip(canvas.Rect{Min: pt(min(a.X, b.X), min(a.Y, b.Y)), Max: pt(max(a.X, b.X), max(a.Y, b.Y))})
		}
		if rng.IntN(3) == 0 {
			c.Translate(rng.Float64()*20-10, rng.Float64()*20-10)
		}
		if rng.IntN(10) == 0 {
			c.Rotate(rng.Float64())
		}
		c.SetLineWidth(0.5 + rng.Float64()*5)
		if rng.IntN(2) == 0 {
			c.SetLineDash([]float64{1 + rng.Float64()*8, 1 + rng.Float64()*5}, rng.Float64()*5)
		}
		if rng.IntN(6) == 0 {
			c.SetLineCap(canvas.RoundCap)
		}
		a := p()
		switch i % 10 {
		case 0:
			canvas.FillDisc(c, a, rng.Float64()*30)
		case 1:
			cols := []color.Color{col(), col(), col()}[:1+rng.IntN(3)]
			r0 := rng.Float64() * 10
			canvas.FillRing(c, a, r0, 10+rng.Float64()*20, cols)
			if rng.IntN(2) == 0 { // a company: a disc inside its ring
				c.SetColor(col())
				if rng.IntN(2) == 0 {
					c.SetColor(color.NRGBA{0xf4, 0xf5, 0xf7, 0xff})
				}
				canvas.FillDisc(c, a, r0+rng.Float64()*3-1)
			}
		case 2:
			b := p()
			canvas.FillBox(c, canvas.Rect{Min: pt(min(a.X, b.X), min(a.Y, b.Y)), Max: pt(max(a.X, b.X), max(a.Y, b.Y))}, rng.Float64()*12)
		case 3:
			canvas.FillFlat(c, canvas.Polyline(a, p(), p(), p()))
		case 4, 5:
			c.Stroke(canvas.Polyline(a, p(), p()))
		case 6:
			c.Fill(canvas.Polyline(a, pt(a.X+rng.Float64()*20, a.Y+rng.Float64()*10), pt(a.X+rng.Float64()*10, a.Y+rng.Float64()*20)))
		case 7:
			var q canvas.Path
			q.Move(a)
			q.Cubic(p(), p(), p())
			q.Close()
			if rng.IntN(2) == 0 {
				c.Fill(q)
			} else {
				c.Stroke(q)
			}
		case 8:
			c.Text(canvas.Face{Font: testFont, Size: 8 + rng.Float64()*30}, a.X, a.Y, canvas.Anchor(rng.IntN(3)), "Band 带 ✓")
		case 9:
			c.Fill(canvas.RectPath(canvas.Rect{Min: a, Max: pt(a.X+rng.Float64()*60, a.Y+rng.Float64()*60)}))
		}
		c.Pop()
	}
}

// Painting the queue in bands on every core gives the very pixels of
// painting each call as it comes over the whole picture.
func TestBandsPaintAsOneByOne(t *testing.T) {
	for seed := range uint64(4) {
		queued := New(300, 330)
		queued.Clear(color.White)
		randomOps(queued, 400, seed)
		serial := New(300, 330)
		serial.oneBand = true
		serial.Clear(color.White)
		randomOps(flushing{serial}, 400, seed)
		if !bytes.Equal(queued.Image().Pix, serial.Image().Pix) {
			t.Fatalf("seed %d: the bands' picture differs from one by one", seed)
		}
	}
}

// A canvas reset over its old pixels paints the same picture as a new one,
// its scratch memory reused.
func TestResetSameAsNew(t *testing.T) {
	c := New(300, 330)
	c.Clear(color.White)
	randomOps(c, 300, 1)
	c.Flush()
	c.Reset(nil)
	c.Clear(color.White)
	randomOps(c, 300, 2)
	fresh := New(300, 330)
	fresh.Clear(color.White)
	randomOps(fresh, 300, 2)
	if !bytes.Equal(c.Image().Pix, fresh.Image().Pix) {
		t.Fatal("a reset canvas paints another picture than a new one")
	}
}

// Copy under an overlay gives the picture of drawing the overlay on the
// base itself; Clear writes its colour within the clip only, unblended.
func TestCopyAndClear(t *testing.T) {
	base := New(300, 200)
	base.Clear(color.White)
	randomOps(base, 200, 3)
	reused := New(300, 200)
	reused.Clear(color.Black)
	reused.Copy(base.Image())
	randomOps(reused, 50, 4)
	if !bytes.Equal(reused.Image().Pix, paint(base.Image(), 50, 4).Pix) {
		t.Error("a copied base with an overlay differs from the overlay drawn on the base")
	}
	c := New(10, 10)
	c.Clear(color.NRGBA{10, 20, 30, 255})
	c.Clip(canvas.Rect{Min: pt(2, 3), Max: pt(6, 8)})
	c.Clear(color.NRGBA{0, 0, 0, 0})
	img := c.Image()
	for y := range 10 {
		for x := range 10 {
			got := img.RGBAAt(x, y)
			want := color.RGBA{10, 20, 30, 255}
			if x >= 2 && x < 6 && y >= 3 && y < 8 {
				want = color.RGBA{}
			}
			if got != want {
				t.Fatalf("pixel (%d, %d) is %v, want %v", x, y, got, want)
			}
		}
	}
}

// paint is a copy of img with n random ops drawn over it.
func paint(img *image.RGBA, n int, seed uint64) *image.RGBA {
	out := image.NewRGBA(img.Rect)
	copy(out.Pix, img.Pix)
	c := On(out)
	randomOps(c, n, seed)
	return c.Image()
}

// A canvas reset for the next frame reuses its queue, arenas, masks and
// tables: a frame of a few hundred strokes, nodes and labels allocates
// almost nothing (the goroutines of Flush).
func TestReusedCanvasAllocatesLittle(t *testing.T) {
	var lines []canvas.Path
	for i := range 300 {
		y := float64(i % 300)
		lines = append(lines, canvas.Polyline(pt(0, y), pt(299, 329-y)))
	}
	var ink color.Color = color.NRGBA{0x55, 0x5a, 0x66, 0xb0}
	var bg color.Color = color.White
	rings := []color.Color{blue, warm}
	face := canvas.Face{Font: testFont, Size: 11}
	c := New(300, 330)
	frame := func() {
		c.Reset(nil)
		c.Clear(bg)
		c.SetColor(ink)
		c.SetLineWidth(1.5)
		c.SetLineDash([]float64{6, 3}, 0)
		for _, l := range lines {
			c.Stroke(l)
		}
		for i := range 100 {
			p := pt(float64(i*3), float64(i*3))
			canvas.FillRing(c, p, 6, 9, rings)
			canvas.FillDisc(c, p, 6)
			c.Text(face, p.X, p.Y+20, canvas.Middle, "Company")
		}
		c.Flush()
	}
	frame()
	n := testing.AllocsPerRun(10, frame)
	t.Logf("%.0f allocations a frame", n)
	if n > 20 {
		t.Errorf("a reused canvas's frame allocates %.0f times", n)
	}
}
