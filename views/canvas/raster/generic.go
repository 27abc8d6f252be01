package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"
	"sync/atomic"

	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"

	"github.com/aicamps/aicamps/views/canvas"
)

// The generic path: any path, filled by the non-zero rule or stroked with
// any caps, dashes and transform. rasterx flattens and strokes it when it
// is queued, into line segments; Flush rasterises each op's segments into
// a coverage mask with x/image/vector (ops on every core at once), and the
// bands blend the masks in order.

func (c *Canvas) Fill(p canvas.Path) {
	col := c.Paint()
	if col.A == 0 || len(p) == 0 || !c.sanePath(p) {
		return
	}
	if !c.slow && translateOnly(c.M) && c.fastFill(p, col) {
		return
	}
	c.generic(c.fill, p.Transform(c.M), col)
}

func (c *Canvas) Stroke(p canvas.Path) {
	col := c.Paint()
	if c.Width <= 0 || col.A == 0 || len(p) == 0 || !c.sanePath(p) {
		return
	}
	if !c.slow && (c.fastStroke(p, col) || c.fastOutline(p, col)) {
		return
	}
	capF := map[canvas.Cap]rasterx.CapFunc{canvas.ButtCap: rasterx.ButtCap, canvas.RoundCap: rasterx.RoundCap, canvas.SquareCap: rasterx.SquareCap}[c.Cap]
	var dashes []float64
	if len(c.Dashes) > 0 {
		dashes = c.Dashes
	}
	c.dash.SetStroke(fixed.Int26_6(c.Width*64), 4<<6, capF, capF, rasterx.RoundGap, rasterx.Round, dashes, c.Offset)
	c.generic(c.dash, p.Transform(c.M), col)
}

// generic queues p through a (the filler or the dasher) as a mask op.
func (c *Canvas) generic(a rasterx.Adder, p canvas.Path, col color.NRGBA) {
	o, ok := c.start(kMask, col, false)
	if !ok {
		return
	}
	c.rec.segs = c.segs
	c.rec.Clear()
	n0 := len(c.segs)
	feed(a, p)
	s := c.rec
	r := image.Rect(floorInt(float64(s.min[0])), floorInt(float64(s.min[1])),
		ceilInt(float64(s.max[0]))+1, ceilInt(float64(s.max[1]))+1).Intersect(o.clip)
	switch a := a.(type) {
	case *rasterx.Filler:
		a.Clear()
	case *rasterx.Dasher:
		a.Clear()
	}
	c.segs = c.rec.segs
	if len(c.segs) == n0 {
		return
	}
	if r.Empty() {
		c.segs = c.segs[:n0]
		return
	}
	o.i0, o.i1 = int32(n0), int32(len(c.segs))
	o.m.Rect, o.at = r, r.Min
	c.add(o, r.Min.Y, r.Max.Y)
}

// rasterizeMasks turns the queued mask ops' segments into coverage, the
// ops shared out among n cores.
func (c *Canvas) rasterizeMasks(n int) {
	need := 0
	var todo []int32
	for i := range c.ops {
		if o := &c.ops[i]; o.kind == kMask && o.m.Pix == nil {
			need += o.m.Rect.Dx() * o.m.Rect.Dy()
		}
	}
	if need == 0 {
		return
	}
	if cap(c.maskBuf) < need {
		c.maskBuf = make([]uint8, need+need/4)
	}
	buf := c.maskBuf[:need]
	for i := range c.ops {
		if o := &c.ops[i]; o.kind == kMask && o.m.Pix == nil {
			k := o.m.Rect.Dx() * o.m.Rect.Dy()
			o.m.Pix, o.m.Stride, buf = buf[:k:k], o.m.Rect.Dx(), buf[k:]
			todo = append(todo, int32(i))
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for _, w := range c.workers[:min(n, len(todo))] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := int(next.Add(1)) - 1; j < len(todo); j = int(next.Add(1)) - 1 {
				o := &c.ops[todo[j]]
				rasterize(w, &o.m, c.segs[o.i0:o.i1])
			}
		}()
	}
	wg.Wait()
}

// rasterize sets m (every pixel) to the coverage of segs.
func rasterize(w *worker, m *image.Alpha, segs []float32) {
	r := m.Rect
	z := &w.z
	z.Reset(r.Dx(), r.Dy())
	z.DrawOp = draw.Src
	ox, oy := float32(r.Min.X), float32(r.Min.Y)
	for i := 0; i < len(segs); i += 4 {
		ax, ay, bx, by := segs[i]-ox, segs[i+1]-oy, segs[i+2]-ox, segs[i+3]-oy
		// The part above the mask adds nothing to its rows, but the
		// rasterizer walks it row by row: cut it off (a stroke from far
		// above took milliseconds).
		if ay < 0 && by < 0 {
			continue
		}
		if ay < 0 || by < 0 {
			t := -ay / (by - ay)
			cx := ax + t*(bx-ax)
			if ay < 0 {
				ax, ay = cx, 0
			} else {
				bx, by = cx, 0
			}
		}
		z.MoveTo(ax, ay)
		z.LineTo(bx, by)
	}
	at := *m
	at.Rect = image.Rect(0, 0, r.Dx(), r.Dy())
	z.Draw(&at, at.Rect, image.Opaque, image.Point{})
}

// feed hands a path to rasterx, which closes or ends a sub-path on Stop.
func feed(a rasterx.Adder, p canvas.Path) {
	fp := func(pt canvas.Point) fixed.Point26_6 {
		return fixed.Point26_6{X: fixed.Int26_6(math.Round(pt.X * 64)), Y: fixed.Int26_6(math.Round(pt.Y * 64))}
	}
	open := false
	for _, s := range p {
		switch s.Op {
		case canvas.MoveTo:
			if open {
				a.Stop(false)
			}
			a.Start(fp(s.Pts[0]))
			open = true
		case canvas.LineTo:
			a.Line(fp(s.Pts[0]))
		case canvas.QuadTo:
			a.QuadBezier(fp(s.Pts[0]), fp(s.Pts[1]))
		case canvas.CubicTo:
			a.CubeBezier(fp(s.Pts[0]), fp(s.Pts[1]), fp(s.Pts[2]))
		case canvas.Close:
			if open {
				a.Stop(true)
			}
			open = false
		}
	}
	if open {
		a.Stop(false)
	}
}

// recorder is a rasterx.Scanner that keeps the lines it is given and their
// bounds, for Flush to rasterise.
type recorder struct {
	segs []float32 // x0 y0 x1 y1 per line
	cur  [2]float32
	min  [2]float32
	max  [2]float32
}

func (s *recorder) Start(a fixed.Point26_6) {
	s.cur = [2]float32{float32(a.X) / 64, float32(a.Y) / 64}
	s.grow(s.cur)
}

func (s *recorder) Line(b fixed.Point26_6) {
	p := [2]float32{float32(b.X) / 64, float32(b.Y) / 64}
	s.segs = append(s.segs, s.cur[0], s.cur[1], p[0], p[1])
	s.cur = p
	s.grow(p)
}

func (s *recorder) grow(p [2]float32) {
	s.min[0], s.min[1] = min(s.min[0], p[0]), min(s.min[1], p[1])
	s.max[0], s.max[1] = max(s.max[0], p[0]), max(s.max[1], p[1])
}

// Clear starts the bounds afresh; the lines stay (the canvas owns them).
func (s *recorder) Clear() {
	const big = 1 << 30
	s.min, s.max = [2]float32{big, big}, [2]float32{-big, -big}
}

func (s *recorder) GetPathExtent() fixed.Rectangle26_6 {
	return fixed.Rectangle26_6{
		Min: fixed.Point26_6{X: fixed.Int26_6(s.min[0] * 64), Y: fixed.Int26_6(s.min[1] * 64)},
		Max: fixed.Point26_6{X: fixed.Int26_6(s.max[0] * 64), Y: fixed.Int26_6(s.max[1] * 64)},
	}
}

func (s *recorder) Draw()                   {}
func (s *recorder) SetBounds(int, int)      {}
func (s *recorder) SetColor(interface{})    {}
func (s *recorder) SetWinding(bool)         {}
func (s *recorder) SetClip(image.Rectangle) {}
