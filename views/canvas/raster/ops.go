package raster

import (
	"image"
	"image/color"
	"runtime"
	"sync"
	"sync/atomic"

	"golang.org/x/image/vector"

	"github.com/aicamps/aicamps/views/canvas"
)

// kind is what an op paints.
type kind uint8

const (
	kMask   kind = iota // a coverage mask: a generic fill or stroke, a small round box
	kText               // glyph masks
	kDisc               // a disc about c of radius r1
	kRing               // a ring about c from r0 to r1, a sector per colour
	kNode               // a ring as kRing, then a disc of radius rd in col over it
	kBox                // the box box, any fractions
	kRound              // the box box with corners of radius r0
	kFlat               // flat fills (regions), not anti-aliased, over bg word when fresh
	kStroke             // a polyline of width r1, butt ends, dashed by dash from r0
	kConvex             // a small convex polygon
	kClear              // every pixel set to word
	kCopy               // every pixel copied from src
)

// op is one queued call with what it needs of the state. Slices of points,
// edges, colours, segments and glyphs live in the list's arenas, as the
// range i0–i1.
type op struct {
	kind   kind
	col    color.NRGBA // the paint, opacity included
	clip   image.Rectangle
	y0, y1 int // the rows it may touch, within clip
	c      canvas.Point
	r0, r1 float64
	rd     float64
	box    canvas.Rect
	i0, i1 int32
	lut    *lut
	dash   *dashBits
	m      image.Alpha // kMask: the coverage, its corner landing at at
	at     image.Point
	word   uint32
	fresh  bool
	src    *image.RGBA
}

// list is the queue and its arenas, emptied by Flush with their space kept.
type list struct {
	ops     []op
	pts     []canvas.Point
	edges   []polyEdge
	cols    []color.NRGBA
	segs    []float32 // x0 y0 x1 y1 a line, for kMask ops still to rasterise
	glyphs  []placed
	convs   []convex
	regions []region

	perBand [][]int32
	maskBuf []uint8
	workers []*worker
}

func (l *list) reset() {
	l.ops, l.pts, l.edges, l.cols = l.ops[:0], l.pts[:0], l.edges[:0], l.cols[:0]
	l.segs, l.glyphs, l.convs, l.regions = l.segs[:0], l.glyphs[:0], l.convs[:0], l.regions[:0]
}

// bandRows: a band of a few dozen rows stays in the core's cache while
// every op crossing it is painted; row by row over the whole picture, a
// steep line missed the cache once per row.
const bandRows = 64

// worker is one core's scratch.
type worker struct {
	sub image.RGBA // a view of the picture: a band within an op's clip
	z   vector.Rasterizer
	rg  regionScratch
}

// start is an op of kind k in paint col under the current clip; ok is
// false when it can paint nothing.
func (c *Canvas) start(k kind, col color.NRGBA, anyAlpha bool) (op, bool) {
	r := c.ClipRect
	clip := image.Rect(int(r.Min.X), int(r.Min.Y), int(r.Max.X), int(r.Max.Y)).Intersect(c.img.Rect)
	if clip.Empty() || (col.A == 0 && !anyAlpha) {
		return op{}, false
	}
	return op{kind: k, col: col, clip: clip}, true
}

// add queues o, which touches rows y0 to y1 at most.
func (c *Canvas) add(o op, y0, y1 int) {
	o.y0, o.y1 = max(y0, o.clip.Min.Y), min(y1, o.clip.Max.Y)
	if o.y0 >= o.y1 {
		return
	}
	c.ops = append(c.ops, o)
}

// lutOf is col's blend table, kept across frames (a picture has few
// colours).
func (c *Canvas) lutOf(col color.NRGBA) *lut {
	l := c.luts[col]
	if l == nil {
		l = newLUT(col)
		c.luts[col] = l
	}
	return l
}

// Flush paints everything queued, in order, on every core, and empties the
// queue.
func (c *Canvas) Flush() {
	if len(c.ops) == 0 {
		return
	}
	n := runtime.GOMAXPROCS(0)
	for len(c.workers) < n {
		c.workers = append(c.workers, &worker{})
	}
	c.rasterizeMasks(n)
	r := c.img.Rect
	bandRows := bandRows
	if c.oneBand { // the tests' reference
		bandRows = r.Dy()
	}
	nb := (r.Dy() + bandRows - 1) / bandRows
	for len(c.perBand) < nb {
		c.perBand = append(c.perBand, nil)
	}
	for k := range c.perBand {
		c.perBand[k] = c.perBand[k][:0]
	}
	for i, o := range c.ops {
		for k := (o.y0 - r.Min.Y) / bandRows; k <= (o.y1-1-r.Min.Y)/bandRows; k++ {
			c.perBand[k] = append(c.perBand[k], int32(i))
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for _, w := range c.workers[:min(n, nb)] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1)) - 1; k < nb; k = int(next.Add(1)) - 1 {
				band := image.Rect(r.Min.X, r.Min.Y+k*bandRows, r.Max.X, min(r.Max.Y, r.Min.Y+(k+1)*bandRows))
				for _, i := range c.perBand[k] {
					c.paint(w, &c.ops[i], band)
				}
			}
		}()
	}
	wg.Wait()
	c.list.reset()
}

// paint paints o within band.
func (c *Canvas) paint(w *worker, o *op, band image.Rectangle) {
	r := band.Intersect(o.clip)
	if r.Empty() {
		return
	}
	img := &w.sub
	img.Pix, img.Stride, img.Rect = c.img.Pix[c.img.PixOffset(r.Min.X, r.Min.Y):], c.img.Stride, r
	switch o.kind {
	case kMask:
		paintMask(img, &o.m, o.at, o.col)
	case kText:
		for _, g := range c.glyphs[o.i0:o.i1] {
			paintMask(img, g.m, g.at, o.col)
		}
	case kDisc:
		fillDisc(img, o.c, o.r1, o.col, o.lut)
	case kRing:
		fillRing(img, o.c, o.r0, o.r1, c.cols[o.i0:o.i1])
	case kNode:
		fillNode(img, o.c, o.r0, o.r1, c.cols[o.i0:o.i1], o.rd, o.col, o.lut)
	case kBox:
		fillBox(img, o.box, o.col, o.lut)
	case kRound:
		fillRoundBox(img, o.box, o.r0, o.col, o.lut)
	case kFlat:
		fillRegions(img, c.regions[o.i0:o.i1], c.edges, o.word, o.fresh, &w.rg)
	case kStroke:
		strokeOp(img, c.pts[o.i0:o.i1], o.r1, o.col, o.dash, o.r0)
	case kConvex:
		fillConvex(img, &c.convs[o.i0], o.col)
	case kClear:
		for y := r.Min.Y; y < r.Max.Y; y++ {
			fillWord(img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X-1, y)+4], o.word)
		}
	case kCopy:
		for y := r.Min.Y; y < r.Max.Y; y++ {
			copy(img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X-1, y)+4],
				o.src.Pix[o.src.PixOffset(r.Min.X, y):o.src.PixOffset(r.Max.X-1, y)+4])
		}
	}
}
