package raster

import (
	"bytes"
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
// states, over a picture taller than several bands.
func randomOps(c canvas.Canvas, n int, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 7))
	w, h := c.Size()
	p := func() canvas.Point { return pt(rng.Float64()*(w+40)-20, rng.Float64()*(h+40)-20) }
	col := func() color.NRGBA {
		return color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256))}
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
			canvas.FillRing(c, a, rng.Float64()*10, 10+rng.Float64()*20, cols)
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
