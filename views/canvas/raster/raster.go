// Package raster is the canvas backend that paints pixels: the screen, PNG
// exports and the clipboard. Every call is queued with the state it needs
// (a display list) and Flush paints the queue in order, in bands of rows on
// every core, each band painting every call that crosses it: the same
// pixels as painting one by one. Discs, rings, boxes, flat fills (camp
// regions in one pass), straight butt-ended strokes (dashed or not),
// stroked circles and small round boxes, small convex fills and upright
// text have painters of their own (shapes.go, outline.go, regions.go,
// text.go); everything else goes through golang.org/x/image/vector and
// srwiley/rasterx (generic.go).
package raster

import (
	"image"
	"image/color"
	"math"

	"github.com/srwiley/rasterx"

	"github.com/aicamps/aicamps/views/canvas"
)

// Canvas paints into an RGBA image. It is not safe for concurrent use;
// Flush uses every core itself. A canvas keeps its scratch memory (the
// queue, masks, blend tables) across Reset, so a widget that redraws at 60
// frames a second allocates little after the first.
type Canvas struct {
	canvas.Stack
	img *image.RGBA

	// the generic path: rasterx flattens and strokes into rec
	rec  *recorder
	fill *rasterx.Filler
	dash *rasterx.Dasher

	list // the queue and its arenas (ops.go)

	scratch canvas.Path // for recognising shapes (outline.go)

	// slow sends every call through the generic path: the tests'
	// reference for the shapes' painters.
	slow bool
	// oneBand paints the picture as one band (the tests' reference).
	oneBand bool

	// memos kept across frames
	luts   map[color.NRGBA]*lut
	masks  map[maskKey]*image.Alpha
	dashes map[dashKey]*dashBits
}

// New is a canvas of w×h transparent pixels.
func New(w, h int) *Canvas { return On(image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))) }

// On is a canvas that paints over img, in img's coordinates.
func On(img *image.RGBA) *Canvas {
	c := &Canvas{rec: &recorder{}, luts: map[color.NRGBA]*lut{}, masks: map[maskKey]*image.Alpha{}, dashes: map[dashKey]*dashBits{}}
	c.Reset(img)
	return c
}

// Reset starts a new picture over img (nil: the same pixels again, as they
// are): what is queued is dropped, the state is the initial one, and the
// canvas's scratch memory is kept. The pixels are not cleared; Clear or
// Copy does that in bands with the rest.
func (c *Canvas) Reset(img *image.RGBA) {
	if img == nil {
		img = c.img
	}
	if c.img == nil || img.Rect.Size() != c.img.Rect.Size() {
		b := img.Rect
		c.fill = rasterx.NewFiller(b.Dx(), b.Dy(), c.rec)
		c.dash = rasterx.NewDasher(b.Dx(), b.Dy(), c.rec)
	}
	c.img = img
	c.list.reset()
	b := img.Rect
	c.Stack = canvas.NewStack(0, 0)
	c.ClipRect = canvas.Rect{Min: canvas.Point{X: float64(b.Min.X), Y: float64(b.Min.Y)}, Max: canvas.Point{X: float64(b.Max.X), Y: float64(b.Max.Y)}}
	if len(c.luts) > 4096 { // a long session of many colours: start afresh
		clear(c.luts)
	}
	if len(c.masks) > 4096 {
		clear(c.masks)
	}
	if len(c.dashes) > 4096 { // 1.3 KB each
		clear(c.dashes)
	}
}

// Image is the picture, with everything queued painted.
func (c *Canvas) Image() *image.RGBA {
	c.Flush()
	return c.img
}

func (c *Canvas) Size() (float64, float64) {
	b := c.img.Bounds()
	return float64(b.Dx()), float64(b.Dy())
}

func (c *Canvas) Pop() { c.Restore() }

// Clip keeps whole pixels: the rectangle's edges are rounded to the grid.
func (c *Canvas) Clip(r canvas.Rect) {
	for _, v := range []*float64{&r.Min.X, &r.Min.Y, &r.Max.X, &r.Max.Y} {
		*v = math.Round(*v)
	}
	c.ClipRect = c.ClipRect.Intersect(r)
}

// Clear sets every pixel within the clip to col, without blending (a
// background), in order with what is drawn around it.
func (c *Canvas) Clear(col color.Color) {
	o, ok := c.start(kClear, canvas.NRGBA(col, 1), true)
	if !ok {
		return
	}
	o.word = premul(o.col)
	c.add(o, o.clip.Min.Y, o.clip.Max.Y)
}

// Copy sets every pixel within the clip (and src's bounds) to src's pixel
// at the same place: a base picture under an overlay.
func (c *Canvas) Copy(src *image.RGBA) {
	o, ok := c.start(kCopy, color.NRGBA{A: 255}, true)
	if o.clip = o.clip.Intersect(src.Rect); !ok || o.clip.Empty() {
		return
	}
	o.src = src
	c.add(o, o.clip.Min.Y, o.clip.Max.Y)
}

// premul is c as an RGBA pixel word (premultiplied, as image.RGBA holds).
func premul(c color.NRGBA) uint32 {
	r, g, b, a := c.RGBA()
	return uint32(r>>8) | uint32(g>>8)<<8 | uint32(b>>8)<<16 | uint32(a>>8)<<24
}

// far bounds the coordinates, sizes and moves a call may give, in pixels:
// a call with anything farther (or NaN) paints nothing. Beyond it the
// painters' integer arithmetic and rasterx's 26.6 fixed point overflow, and
// no picture is that big.
const far = 1 << 22

func sane(vs ...float64) bool {
	for _, v := range vs {
		if !(v > -far && v < far) {
			return false
		}
	}
	return true
}

// saneState says whether the transform and line state are within far.
func (c *Canvas) saneState() bool {
	if !sane(c.M.E, c.M.F, c.Width, c.Offset) {
		return false
	}
	for _, d := range c.Dashes {
		if !sane(d) {
			return false
		}
	}
	return true
}

// sanePath says whether p's points and the state are within far.
func (c *Canvas) sanePath(p canvas.Path) bool {
	for _, s := range p {
		for _, q := range s.Pts[:points[s.Op]] {
			if !sane(q.X, q.Y) {
				return false
			}
		}
	}
	return c.saneState()
}

// translateOnly says whether m only moves (the shapes' painters take no
// rotation).
func translateOnly(m canvas.Matrix) bool { return m.A == 1 && m.B == 0 && m.C == 0 && m.D == 1 }

var (
	_ canvas.Canvas  = (*Canvas)(nil)
	_ canvas.Shapes  = (*Canvas)(nil)
	_ canvas.Flusher = (*Canvas)(nil)
)
