package network

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// textMemo remembers text widths and fitted strings by string: a label is
// measured several times a frame and Fit bisects, each a walk over the
// string's glyphs. The widget keeps one across frames (on the UI goroutine
// only); a Draw without one makes its own.
type textMemo struct {
	width map[memoKey]int
	fit   map[memoKey]string
	// legend is the last legend drawn, kept unless the memo lives for one
	// frame only (scratch).
	legend  *legendShot
	scratch bool
	// The sums and camp index of the dataset last drawn: they depend on
	// the data alone, which is not changed once loaded.
	ds      *data.Dataset
	dsLens  [3]int // its companies, relations and camps, as a guard
	st      nodeStats
	campsOf map[string][]int
	// ops is the last big frame's pixel batch, emptied, for its space.
	ops []pixelOp
}

// dataIndex is stats(ds) and campIndex(ds), worked out once per dataset.
func (m *textMemo) dataIndex(ds *data.Dataset) (nodeStats, map[string][]int) {
	lens := [3]int{len(ds.Companies), len(ds.Relations), len(ds.Camps)}
	if m.ds != ds || m.dsLens != lens {
		m.ds, m.dsLens, m.st, m.campsOf = ds, lens, stats(ds), campIndex(ds)
	}
	return m.st, m.campsOf
}

type memoKey struct {
	s     string
	size  float64
	width int
}

// memoCap bounds the memo over a long session of resizes.
const memoCap = 20000

func newTextMemo() *textMemo {
	return &textMemo{width: map[memoKey]int{}, fit: map[memoKey]string{}}
}

func (m *textMemo) measure(r chart.Renderer, s string, size float64) int {
	k := memoKey{s: s, size: size}
	if w, ok := m.width[k]; ok {
		return w
	}
	if len(m.width) > memoCap { // sizes change with the window: start afresh
		clear(m.width)
	}
	w := export.MeasureText(r, s, size)
	m.width[k] = w
	return w
}

func (m *textMemo) fitText(r chart.Renderer, s string, size float64, width int) string {
	k := memoKey{s, size, width}
	if v, ok := m.fit[k]; ok {
		return v
	}
	if len(m.fit) > memoCap {
		clear(m.fit)
	}
	v := export.Fit(r, s, size, width)
	m.fit[k] = v
	return v
}

// screenImageOn is export.Image for the widget, into fs's pixels (nil:
// fresh ones): the background is filled on every core, or copied from base
// when it is given, and the drawing goes on top. Every pixel is written
// again, so a buffer of an earlier frame serves as well as a new one,
// without allocating and clearing 8 MB.
func screenImageOn(fs *frames, w, h int, scale float64, th export.Theme, lang string, base *image.RGBA, fn export.DrawFunc) (*image.RGBA, error) {
	if w < 1 || h < 1 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
	}
	img, f, filled := screenStart(fs, w, h, scale, th, lang, base)
	filled()
	if err := fn(f); err != nil {
		return nil, err
	}
	return img, nil
}

// screenDrawOn is screenImageOn(fs, …, nil, Draw(·, sc)), the widget's
// full redraw, with the scene's geometry built on one core while the
// background is filled on the others: the same picture, a millisecond or
// so sooner.
func screenDrawOn(fs *frames, w, h int, scale float64, th export.Theme, lang string, sc Scene) (*image.RGBA, error) {
	if w < 1 || h < 1 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
	}
	img, f, filled := screenStart(fs, w, h, scale, th, lang, nil)
	if err := drawThen(f, sc, filled); err != nil {
		return nil, err
	}
	return img, nil
}

// screenStart takes the pixels and starts filling them, on every core, in
// bands (8 MB at 1920×1080): with the background, or copied from base when
// it is given. Nothing may draw on them before filled returns.
func screenStart(fs *frames, w, h int, scale float64, th export.Theme, lang string, base *image.RGBA) (*image.RGBA, export.Frame, func()) {
	var r chart.Renderer
	if fs != nil {
		r = fs.take(w, h, base)
	} else {
		r = export.NewPNG(w, h)
	}
	img := export.Pixels(r)
	bands := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for k := range bands {
		band := image.Rect(0, h*k/bands, w, h*(k+1)/bands)
		wg.Add(1)
		go func() {
			defer wg.Done()
			i0, i1 := img.PixOffset(0, band.Min.Y), img.PixOffset(0, band.Max.Y)
			if base != nil && base.Rect == img.Rect {
				copy(img.Pix[i0:i1], base.Pix[i0:i1])
				return
			}
			draw.Draw(img, band, &image.Uniform{C: th.Background}, image.Point{}, draw.Src)
		}()
	}
	pr := &pixRenderer{Renderer: r, img: img}
	if base == nil {
		bg := color.RGBAModel.Convert(th.Background).(color.RGBA)
		pr.fresh, pr.bg = true, uint32(bg.R)|uint32(bg.G)<<8|uint32(bg.B)<<16|uint32(bg.A)<<24
	}
	f := export.Frame{R: pr, Box: chart.NewBox(0, 0, w, h), Scale: scale, Theme: th, Lang: lang}
	return img, f, wg.Wait
}

// frames are the widget's pixel buffers, reused between redraws. Fyne's
// raster holds the picture it was last given, and the widget keeps its
// base picture: neither is drawn over (so, double-buffered).
type frames struct {
	rs   []chart.Renderer
	busy func() []image.Image // the pictures still in use
}

// maxFrames: the base, the picture on screen, and the one being drawn.
const maxFrames = 3

// take is a w×h renderer whose pixels are not in use, neither by busy nor
// by keep.
func (fs *frames) take(w, h int, keep *image.RGBA) chart.Renderer {
	var busy []image.Image
	if fs.busy != nil {
		busy = fs.busy()
	}
	inUse := func(img *image.RGBA) bool {
		if img == keep {
			return true
		}
		for _, b := range busy {
			if b, ok := b.(*image.RGBA); ok && b == img {
				return true
			}
		}
		return false
	}
	free := -1
	for i, r := range fs.rs {
		img := export.Pixels(r)
		if inUse(img) {
			continue
		}
		if img.Rect.Dx() == w && img.Rect.Dy() == h {
			r.ResetStyle()
			return r
		}
		free = i
	}
	r := export.NewPNG(w, h)
	switch {
	case free >= 0: // another size: the window was resized
		fs.rs[free] = r
	case len(fs.rs) < maxFrames:
		fs.rs = append(fs.rs, r)
	}
	return r
}

// pixRenderer is the screen's renderer with its pixels at hand, so that
// large flat fills skip the anti-aliasing rasterizer.
type pixRenderer struct {
	chart.Renderer
	img  *image.RGBA
	luts map[drawing.Color]*[4][256]uint8 // used on the drawing goroutine only
	// fresh: every pixel is still the background, bg (as a pixel word),
	// until the first paint takes it (takeFresh).
	fresh bool
	bg    uint32
}

// takeFresh is the background's pixel word when nothing has been painted
// on r's pixels since they were filled with it; the caller is about to.
func takeFresh(r chart.Renderer) (uint32, bool) {
	p, ok := r.(*pixRenderer)
	if !ok || !p.fresh {
		return 0, false
	}
	p.fresh = false
	return p.bg, true
}

// lutFor is c's blend table, kept for the frame when r draws into pixels
// (label backdrops share a few colours).
func lutFor(r chart.Renderer, c drawing.Color) *[4][256]uint8 {
	p, ok := r.(*pixRenderer)
	if !ok {
		return blendTable(c)
	}
	if p.luts == nil {
		p.luts = map[drawing.Color]*[4][256]uint8{}
	}
	l := p.luts[c]
	if l == nil {
		l = blendTable(c)
		p.luts[c] = l
	}
	return l
}

// pixelsOf returns the frame's pixels when it draws to the screen.
func pixelsOf(r chart.Renderer) *image.RGBA {
	if p, ok := r.(*pixRenderer); ok {
		return p.img
	}
	return nil
}

// fillPolygon fills pts (even–odd, sampled at pixel centres, without
// anti-aliasing) with c over img: large flat fills (the hover veil, label
// backdrops), which the rasterizer painted pixel by pixel at ~4 ms each.
// Camp regions, several at once, go through fillRegions; a single polygon
// through it cost the hover frame 2 ms more (its per-call set-up).
func fillPolygon(img *image.RGBA, pts []r2.Vec, c drawing.Color) {
	if len(pts) < 3 || c.A == 0 {
		return
	}
	fillPolygonLUT(img, pts, blendTable(c))
}

// fillPolygonLUT is fillPolygon with the colour's blend table.
func fillPolygonLUT(img *image.RGBA, pts []r2.Vec, lut *[4][256]uint8) {
	if len(pts) < 3 {
		return
	}
	b := img.Rect
	q := bounds(pts)
	y0 := max(b.Min.Y, int(math.Floor(q.y0)))
	y1 := min(b.Max.Y, int(math.Ceil(q.y1)))
	es := edgesAcross(nil, pts, y0, y1)
	// One blend per channel value, looked up: a region is millions of
	// pixels of the same colour.
	xs := make([]float64, 0, 8)
	for y := y0; y < y1; y++ {
		xs = crossings(xs[:0], es, float64(y)+0.5)
		for k := 0; k+1 < len(xs); k += 2 {
			if xa, xb := spanPixels(xs[k], xs[k+1], b.Min.X, b.Max.X); xa < xb {
				blendRun(img.Pix[img.PixOffset(xa, y):img.PixOffset(xb-1, y)+4], lut)
			}
		}
	}
}

// polyEdge is an edge of a polygon, from p to n.
type polyEdge struct{ p, n r2.Vec }

// edgesAcross appends to es the edges of the polygon pts that cross rows
// y0 to y1 (their pixel centres): a band tests a few per row rather than
// a whole outline.
func edgesAcross(es []polyEdge, pts []r2.Vec, y0, y1 int) []polyEdge {
	ylo, yhi := float64(y0)+0.5, float64(y1)-0.5
	for i := range pts {
		p, n := pts[i], pts[(i+1)%len(pts)]
		if max(p.Y, n.Y) >= ylo && min(p.Y, n.Y) <= yhi {
			es = append(es, polyEdge{p, n})
		}
	}
	return es
}

// crossings appends to xs where the edges cross the row centre yc, sorted:
// the polygon's even–odd inside is xs[0]–xs[1], xs[2]–xs[3], …
func crossings(xs []float64, es []polyEdge, yc float64) []float64 {
	for _, e := range es {
		p, n := e.p, e.n
		if (p.Y <= yc) != (n.Y <= yc) {
			xs = append(xs, p.X+(yc-p.Y)/(n.Y-p.Y)*(n.X-p.X))
		}
	}
	slices.Sort(xs)
	return xs
}

// spanPixels is the pixels [xa, xb) whose centres lie between crossings x0
// and x1, within [lo, hi).
func spanPixels(x0, x1 float64, lo, hi int) (xa, xb int) {
	return max(lo, int(math.Ceil(x0-0.5))), min(hi, int(math.Ceil(x1-0.5)))
}

// fillRegions fills each polygon (even–odd, sampled at pixel centres, no
// anti-aliasing) with its colour, in order, walking every row once: camp
// regions overlap several deep, and one pass per region was a sixth of a
// big graph's frame. A pixel like the one before it under the same
// regions takes the result already worked out. When fresh, every pixel
// under the regions is bg, and a run under the same regions is written
// with one colour, worked out once, without reading the pixels.
func fillRegions(img *image.RGBA, polys [][]r2.Vec, luts []*[4][256]uint8, bg uint32, fresh bool) {
	if len(polys) == 0 {
		return
	}
	if len(polys) > 64 { // more than a mask holds: one at a time
		for i, p := range polys {
			fillPolygonLUT(img, p, luts[i])
		}
		return
	}
	b := img.Rect
	y0, y1 := b.Max.Y, b.Min.Y
	for _, p := range polys {
		q := bounds(p)
		y0 = min(y0, max(b.Min.Y, int(math.Floor(q.y0))))
		y1 = max(y1, min(b.Max.Y, int(math.Ceil(q.y1))))
	}
	type event struct {
		x   int
		bit uint64
	}
	edges := make([][]polyEdge, len(polys))
	for k, pts := range polys {
		edges[k] = edgesAcross(nil, pts, y0, y1)
	}
	var xs []float64
	var evs []event
	var lastMask uint64 // fresh: the last run's regions and colour
	var lastOut uint32
	for y := y0; y < y1; y++ {
		yc := float64(y) + 0.5
		evs = evs[:0]
		for k, es := range edges {
			xs = crossings(xs[:0], es, yc)
			for j := 0; j+1 < len(xs); j += 2 {
				if xa, xb := spanPixels(xs[j], xs[j+1], b.Min.X, b.Max.X); xa < xb {
					evs = append(evs, event{xa, 1 << k}, event{xb, 1 << k})
				}
			}
		}
		if len(evs) == 0 {
			continue
		}
		slices.SortFunc(evs, func(a, b event) int { return a.x - b.x })
		var mask uint64
		row := img.Pix[img.PixOffset(b.Min.X, y):]
		for i := 0; i < len(evs); {
			x := evs[i].x
			for i < len(evs) && evs[i].x == x {
				mask ^= evs[i].bit // spans of one region never overlap
				i++
			}
			if mask == 0 || i == len(evs) {
				continue
			}
			xe := evs[i].x
			seg := row[4*(x-b.Min.X) : 4*(xe-b.Min.X)]
			if fresh {
				if mask != lastMask {
					v := bg
					for m := mask; m != 0; m &= m - 1 {
						v = lutWord(luts[bits.TrailingZeros64(m)], v)
					}
					lastMask, lastOut = mask, v
				}
				fillWord(seg, lastOut)
				continue
			}
			// A pixel as one 32-bit word: a load, a compare and a store
			// over most of a region.
			var in, out uint32
			have := false
			for o := 0; o+4 <= len(seg); o += 4 {
				q := seg[o : o+4 : o+4]
				v := binary.LittleEndian.Uint32(q)
				if have && v == in {
					binary.LittleEndian.PutUint32(q, out)
					continue
				}
				in = v
				for m := mask; m != 0; m &= m - 1 {
					v = lutWord(luts[bits.TrailingZeros64(m)], v)
				}
				binary.LittleEndian.PutUint32(q, v)
				out, have = v, true
			}
		}
	}
}

// fillWord writes the pixel word v over a row of pixels.
func fillWord(row []uint8, v uint32) {
	if len(row) < 4 {
		return
	}
	binary.LittleEndian.PutUint32(row, v)
	for n := 4; n < len(row); n *= 2 {
		copy(row[n:], row[:n])
	}
}

// blendRun blends lut's colour over a row of pixels. A region lies mostly
// over runs of one colour (the background, another region): a pixel like
// the one before it takes the result already worked out.
func blendRun(row []uint8, lut *[4][256]uint8) {
	var in, out uint32
	have := false
	for i := 0; i+4 <= len(row); i += 4 {
		q := row[i : i+4 : i+4]
		v := binary.LittleEndian.Uint32(q)
		if have && v == in {
			binary.LittleEndian.PutUint32(q, out)
			continue
		}
		in, out, have = v, lutWord(lut, v), true
		binary.LittleEndian.PutUint32(q, out)
	}
}

// lutPix blends a blend table's colour over the pixel q (4 bytes long).
func lutPix(q []uint8, lut *[4][256]uint8) {
	binary.LittleEndian.PutUint32(q, lutWord(lut, binary.LittleEndian.Uint32(q)))
}

// lutWord is the pixel v (R | G<<8 | B<<16 | A<<24) through a blend table.
func lutWord(lut *[4][256]uint8, v uint32) uint32 {
	return uint32(lut[0][uint8(v)]) | uint32(lut[1][uint8(v>>8)])<<8 | uint32(lut[2][uint8(v>>16)])<<16 | uint32(lut[3][uint8(v>>24)])<<24
}

// The pixel paths below draw a big graph's many small marks straight into
// the screen's pixels, anti-aliased by coverage: going through the vector
// rasterizer (path flattening, stroking, span painting) cost ~40 µs per
// relation and ~10 µs per company, too slow for 1,000 companies in a frame.
// Exports keep the renderer.

// blendPix mixes colour c at coverage cov (0–1) into the pixel at i.
func blendPix(pix []uint8, i int, c drawing.Color, cov float64) {
	blendAlpha(pix, i, c, uint32(float64(c.A)*cov+0.5))
}

// blendAlpha mixes c's colour at alpha a (0–255) into the pixel at i:
// (c·a + p·(255−a) + 127) / 255 per channel, exactly, all four channels
// in one multiply.
func blendAlpha(pix []uint8, i int, c drawing.Color, a uint32) {
	blendLanes(pix, i, lanes(c), uint64(a))
}

// lanes is c's channels as blendLanes takes them: R, B, G and an opaque
// alpha in four 16-bit lanes.
func lanes(c drawing.Color) uint64 {
	return uint64(uint32(c.R)|uint32(c.B)<<16) | uint64(uint32(c.G)|255<<16)<<32
}

// blendLanes is blendAlpha with the colour's lanes worked out once for a
// stroke: small enough to be inlined in its loops.
func blendLanes(pix []uint8, i int, c uint64, a uint64) {
	blendWord(pix[i:i+4:i+4], c, a)
}

// fillDiscLUT is fillDisc with col's blend table (nil: work it out when
// needed). Inside r−0.5 the coverage is whole: those pixels are looked up.
func fillDiscLUT(img *image.RGBA, c r2.Vec, r float64, col drawing.Color, lut *[4][256]uint8) {
	if col.A == 0 || r <= 0 {
		return
	}
	b := img.Rect
	y0, y1 := max(b.Min.Y, int(math.Floor(c.Y-r-1))), min(b.Max.Y, int(math.Ceil(c.Y+r+1)))
	for y := y0; y < y1; y++ {
		// Pixels whose centre is within r−0.5 of c are fully covered.
		dy, x0, x1, iw, ok := discRow(b, c, y, r+0.5, r-0.5)
		if !ok {
			continue
		}
		i := img.PixOffset(x0, y)
		for x := x0; x < x1; x, i = x+1, i+4 {
			dx := float64(x) + 0.5 - c.X
			if dx > -iw && dx < iw {
				if lut == nil {
					lut = blendTable(col)
				}
				lutPix(img.Pix[i:i+4], lut)
				continue
			}
			cov := r - math.Sqrt(dx*dx+dy*dy) + 0.5
			if cov <= 0 {
				continue
			}
			blendPix(img.Pix, i, col, min(cov, 1))
		}
	}
}

// discRow is where row y crosses a disc about c whose anti-aliased edge
// reaches span: dy, the pixels [x0, x1) in b, and iw, the half width about
// c.X within which pixel centres lie inside radius inner (−1: none). ok is
// false when the row misses the disc.
func discRow(b image.Rectangle, c r2.Vec, y int, span, inner float64) (dy float64, x0, x1 int, iw float64, ok bool) {
	dy = float64(y) + 0.5 - c.Y
	if dy*dy >= span*span {
		return dy, 0, 0, -1, false
	}
	hw := math.Sqrt(span*span - dy*dy)
	iw = -1
	if inner > 0 && dy*dy < inner*inner {
		iw = math.Sqrt(inner*inner - dy*dy)
	}
	return dy, max(b.Min.X, int(math.Floor(c.X-hw))), min(b.Max.X, int(math.Ceil(c.X+hw))), iw, true
}

// fillRing paints a ring from rIn to rOut about c, split into equal
// sectors clockwise from the top, one per colour (a company in several
// camps), anti-aliased across its width.
func fillRing(img *image.RGBA, c r2.Vec, rIn, rOut float64, cols []drawing.Color) {
	if len(cols) == 0 || rOut <= 0 {
		return
	}
	b := img.Rect
	y0, y1 := max(b.Min.Y, int(math.Floor(c.Y-rOut-1))), min(b.Max.Y, int(math.Ceil(c.Y+rOut+1)))
	x0, x1 := max(b.Min.X, int(math.Floor(c.X-rOut-1))), min(b.Max.X, int(math.Ceil(c.X+rOut+1)))
	k := float64(len(cols))
	for y := y0; y < y1; y++ {
		dy := float64(y) + 0.5 - c.Y
		for x := x0; x < x1; x++ {
			dx := float64(x) + 0.5 - c.X
			d := math.Sqrt(dx*dx + dy*dy)
			cov := min(rOut-d+0.5, 1) * min(d-rIn+0.5, 1)
			if rOut-d+0.5 <= 0 || d-rIn+0.5 <= 0 {
				continue
			}
			a := math.Atan2(dy, dx) + math.Pi/2 // 0 at the top, clockwise on screen
			if a < 0 {
				a += 2 * math.Pi
			}
			i := min(int(a/(2*math.Pi)*k), len(cols)-1)
			blendPix(img.Pix, img.PixOffset(x, y), cols[i], cov)
		}
	}
}

// fillNode is fillDisc(c, r, ring) then fillDisc(c, rIn, disc) in one pass:
// the same pixels, each visited and measured once.
func fillNode(img *image.RGBA, c r2.Vec, r, rIn float64, ring, disc drawing.Color, ringLUT, discLUT *[4][256]uint8) {
	if r <= 0 {
		return
	}
	b := img.Rect
	y0, y1 := max(b.Min.Y, int(math.Floor(c.Y-r-1))), min(b.Max.Y, int(math.Ceil(c.Y+r+1)))
	ringL, discL := lanes(ring), lanes(disc)
	// An opaque disc hides what lies under its inside (within rIn − ½,
	// where its coverage is whole, as its blend table has it): those
	// pixels are simply its colour, and most of a company's are.
	inner := -1.0
	if disc.A == 255 && rIn > 0.5 {
		inner = rIn - 0.5
	}
	discW := uint32(disc.R) | uint32(disc.G)<<8 | uint32(disc.B)<<16 | 255<<24
	for y := y0; y < y1; y++ {
		dy, x0, x1, iw, ok := discRow(b, c, y, r+0.5, inner)
		if !ok {
			continue
		}
		i := img.PixOffset(x0, y)
		for x := x0; x < x1; x, i = x+1, i+4 {
			dx := float64(x) + 0.5 - c.X
			if dx > -iw && dx < iw {
				binary.LittleEndian.PutUint32(img.Pix[i:i+4], discW)
				continue
			}
			d := math.Sqrt(dx*dx + dy*dy)
			if cov := r - d + 0.5; cov >= 1 {
				if ring.A > 0 {
					lutPix(img.Pix[i:i+4], ringLUT)
				}
			} else if cov > 0 {
				blendLanes(img.Pix, i, ringL, uint64(float64(ring.A)*cov+0.5))
			}
			if rIn <= 0 || disc.A == 0 {
				continue
			}
			if cov := rIn - d + 0.5; cov >= 1 {
				lutPix(img.Pix[i:i+4], discLUT)
			} else if cov > 0 {
				blendLanes(img.Pix, i, discL, uint64(float64(disc.A)*cov+0.5))
			}
		}
	}
}

// strokeOp paints a polyline of width w with butt ends, dashed when dash
// is given.
func strokeOp(img *image.RGBA, pts []r2.Vec, w float64, col drawing.Color, dash *dashBits) {
	if col.A == 0 {
		return
	}
	along := 0.0
	for i := 0; i+1 < len(pts); i++ {
		strokeSegment(img, pts[i], pts[i+1], w, col, dash, along)
		d := r2.Sub(pts[i+1], pts[i])
		along += math.Sqrt(d.X*d.X + d.Y*d.Y)
	}
}

// dashBits is a dash pattern (on, off, … lengths in pixels) sampled at 128
// points of its period: a lookup per pixel rather than a walk.
type dashBits struct {
	m   [128]int64 // on: all ones, off: zero (a mask for an alpha)
	run [128]uint8 // samples from each in the same state, up to 128
	// back: samples before each in the same state, up to 127
	back [128]uint8
	k    float64 // samples per pixel
}

// dashSlack widens a row's span along the stroke, in pixels: far more
// than the rounding of its stepped positions.
const dashSlack = 1e-6

// runAt is the stretch of samples [lo, hi) about sample i (s·k truncated,
// as at and mask take it) that are all in i's state, and that state.
// Truncation grows with s, so a row whose ends sample within one such
// stretch samples nothing else.
func (d *dashBits) runAt(i int) (lo, hi int, on bool) {
	j := i & 127
	return i - int(d.back[j]), i + int(d.run[j]), d.m[j] != 0
}

func newDashBits(dash []float64) *dashBits {
	period := 0.0
	for _, d := range dash {
		period += d
	}
	if period <= 0 {
		return nil
	}
	d := &dashBits{k: 128 / period}
	for i := range d.m {
		// The pattern walked at the sample's position, which lies within
		// the first period (the tests compare with dashOn, which wraps).
		s := (float64(i) + 0.5) / d.k
		for j, l := range dash {
			if s < l {
				if j%2 == 0 {
					d.m[i] = -1
				}
				break
			}
			s -= l
		}
	}
	// Run lengths backwards, twice round: the second lap carries runs
	// across the period's end.
	n := 0
	for j := 255; j >= 0; j-- {
		i := j & 127
		if d.m[i] == d.m[(i+1)&127] {
			n = min(n+1, 128)
		} else {
			n = 1
		}
		d.run[i] = uint8(n)
	}
	n = 0
	for j := range 256 {
		i := j & 127
		if d.m[i] == d.m[(i-1)&127] {
			n = min(n+1, 127)
		} else {
			n = 0
		}
		d.back[i] = uint8(n)
	}
	return d
}

// mask is the pattern at position s along the stroke, as a mask for an
// alpha.
func (d *dashBits) mask(s float64) int64 { return d.m[int(s*d.k)&127] }

// blendTable is c blended over each channel value at full coverage.
func blendTable(c drawing.Color) *[4][256]uint8 {
	var lut [4][256]uint8
	a := uint32(c.A)
	ia := 255 - a
	for ch, v := range [4]uint32{uint32(c.R) * a, uint32(c.G) * a, uint32(c.B) * a, a * 255} {
		for d := range uint32(256) {
			lut[ch][d] = uint8((v + d*ia + 127) / 255)
		}
	}
	return &lut
}

// segSpan is a segment's set-up for strokeSegment: the rows it touches, its
// frame (unit u along, n across) and the per-row stepping of its span.
type segSpan struct {
	y0, y1, fx0, fx1 int
	u, n             r2.Vec
	l, reach, na     float64
	slanted          bool
	p, q, dp         float64 // a slanted segment's span on row y0, and its step a row
	tc, dtc          float64 // where the centre line crosses row y0, and its step a row
	tLo, tHi         float64 // rows with tc in tLo–tHi lie away from both ends
}

// newSegSpan sets up the segment a–b of width w over img's rows; ok is
// false when it touches none or has no length.
func newSegSpan(img *image.RGBA, a, b r2.Vec, w float64) (s segSpan, ok bool) {
	h := w / 2
	s.reach = h + 0.5 // coverage ends half a pixel beyond the edge
	reach := s.reach
	bb := img.Rect
	// A band sees every segment of the relations crossing it: those that
	// miss its rows are dropped before any set-up.
	s.y0 = max(bb.Min.Y, floorInt(min(a.Y, b.Y)-reach))
	s.y1 = min(bb.Max.Y, ceilInt(max(a.Y, b.Y)+reach))
	if s.y0 >= s.y1 {
		return s, false
	}
	v := r2.Sub(b, a)
	s.l = math.Sqrt(v.X*v.X + v.Y*v.Y)
	if s.l < 1e-9 {
		return s, false
	}
	u := r2.Scale(1/s.l, v)
	n := r2.Vec{X: -u.Y, Y: u.X}
	s.u, s.n = u, n
	bx0 := min(a.X, b.X) - reach
	bx1 := max(a.X, b.X) + reach
	s.fx0, s.fx1 = floorInt(bx0), ceilInt(bx1)
	s.na = r2.Dot(n, a)
	// On a slanted segment each row's span is the band |n·p − n·a| ≤ reach,
	// from p to q, moving by dp a row.
	s.slanted = n.X > 1e-9 || n.X < -1e-9
	if s.slanted {
		inv := 1 / n.X
		yc := float64(s.y0) + 0.5
		s.p, s.q, s.dp = (s.na-reach-n.Y*yc)*inv, (s.na+reach-n.Y*yc)*inv, -n.Y*inv
		if s.p > s.q {
			s.p, s.q = s.q, s.p
		}
	}
	// A row whose pixels all lie away from both ends is known from where
	// the centre line crosses it (tc along the segment, stepping by dtc):
	// its pixels are within reach across, so within reach·|u.X/u.Y| of tc
	// along; a fiftieth of a pixel more for the rows' rounding. Rows near
	// an end, and flat segments, are checked pixel by pixel as before.
	if u.Y > 1e-3 || u.Y < -1e-3 {
		k := (reach+0.02)*math.Abs(u.X/u.Y) + 1e-6
		s.tLo, s.tHi = 0.5+k, s.l-0.5-k
		s.tc, s.dtc = (float64(s.y0)+0.5-a.Y)/u.Y, 1/u.Y
	} else {
		s.tLo, s.tHi = 1, 0 // never
	}
	return s, true
}

func strokeSegment(img *image.RGBA, a, b r2.Vec, w float64, col drawing.Color, dash *dashBits, along float64) {
	s, ok := newSegSpan(img, a, b, w)
	if !ok {
		return
	}
	y0, y1, fx0, fx1 := s.y0, s.y1, s.fx0, s.fx1
	u, n, l, reach := s.u, s.n, s.l, s.reach
	slanted, p, q, dp := s.slanted, s.p, s.q, s.dp
	tc, dtc, tLo, tHi := s.tc, s.dtc, s.tLo, s.tHi
	bb := img.Rect
	pix := img.Pix
	ca := float64(col.A)
	cl := lanes(col)
	amax := int64(col.A)
	stride, minX := img.Stride, bb.Min.X
	rowOff := (y0-bb.Min.Y)*stride - minX*4
	var runLo, runHi int // samples of the dash pattern known to be all runOn
	var runOn bool
	for y := y0; y < y1; y, p, q, rowOff, tc = y+1, p+dp, q+dp, rowOff+stride, tc+dtc {
		yc := float64(y) + 0.5
		x0, x1 := max(minX, fx0), min(bb.Max.X, fx1)
		if slanted {
			// Only pixels whose centre lies inside the band, p < x+½ < q,
			// get coverage: the half pixel beyond each side (a pixel a
			// row, a fifth of a thin stroke's) is left alone, less a
			// hundredth for rounding.
			x0 = max(x0, floorInt(p-0.5-0.01)+1)
			x1 = min(x1, ceilInt(q-0.5+0.01))
		}
		if x0 >= x1 {
			continue
		}
		// Distance across and along the segment, stepped per pixel.
		dx, dy := float64(x0)+0.5-a.X, yc-a.Y
		across := dx*n.X + dy*n.Y
		// The row's pixels, sliced once: no bounds check per pixel.
		row := pix[rowOff+4*x0 : rowOff+4*x1]
		// Away from both ends (most rows) only the width limits coverage.
		inside := tc >= tLo && tc <= tHi
		if inside && dash == nil {
			solidRow(row, across, n.X, ca, reach, cl, amax)
			continue
		}
		t := dx*u.X + dy*u.Y
		tEnd := t + float64(x1-x0-1)*u.X
		if !inside {
			lo, hi := t, tEnd // float min and max handle NaN and −0: slower
			if lo > hi {
				lo, hi = hi, lo
			}
			inside = lo >= 0.5 && hi <= l-0.5
		}
		patterned := false // the dash pattern sampled per pixel
		if dash != nil {
			// A steep dashed line crosses a row within one dash or gap:
			// the gap costs nothing and the dash is a solid row. The
			// run found is kept for the rows after, most of which it
			// holds too.
			s0, s1 := along+t, along+tEnd
			if s0 > s1 {
				s0, s1 = s1, s0
			}
			i0, i1 := int((s0-dashSlack)*dash.k), int((s1+dashSlack)*dash.k)
			if i0 < runLo || i0 >= runHi {
				runLo, runHi, runOn = dash.runAt(i0)
			}
			switch {
			case i1 < runHi && !runOn:
				continue
			case i1 < runHi:
				if inside {
					solidRow(row, across, n.X, ca, reach, cl, amax)
					continue
				}
			case inside:
				// Dashed: the pattern first, then the width, without
				// a branch per pixel (they mispredict at a thin
				// stroke's rims and dash ends): the alpha clamped to
				// 0–A and masked by the pattern; at 0 the pixel stays
				// as it was.
				for i := 0; i+4 <= len(row); i, across, t = i+4, across+n.X, t+u.X {
					a := min(max(int64(ca*(reach-math.Abs(across))+0.5), 0), amax) & dash.mask(along+t)
					blendWord(row[i:i+4:i+4], cl, uint64(a))
				}
				continue
			default:
				patterned = true
			}
		}
		// Near an end: coverage across (width), as away from the ends,
		// times along (butt ends) where a pixel is within half a pixel
		// of one.
		full := uint32(cl | cl>>24)
		for i := 0; i+4 <= len(row); i, across, t = i+4, across+n.X, t+u.X {
			a := min(max(int64(ca*(reach-math.Abs(across))+0.5), 0), amax)
			if end := min(t, l-t) + 0.5; end < 1 {
				a = 0
				if cov := reach - math.Abs(across); cov > 0 && end > 0 {
					a = int64(ca*(min(cov, 1)*end) + 0.5)
				}
			}
			if patterned {
				a &= dash.mask(along + t)
			}
			if a == 255 {
				binary.LittleEndian.PutUint32(row[i:i+4:i+4], full)
				continue
			}
			blendWord(row[i:i+4:i+4], cl, uint64(a))
		}
	}
}

// solidRow blends a row of a stroke away from its ends: alpha A·(reach −
// |across|) clamped to 0–A, across stepping by dx a pixel.
// At alpha 255 (an opaque colour, fully covering) the pixel is simply
// the colour, as the blend would make it.
func solidRow(row []uint8, across, dx, ca, reach float64, cl uint64, amax int64) {
	full := uint32(cl | cl>>24)
	for i := 0; i+4 <= len(row); i, across = i+4, across+dx {
		a := min(max(int64(ca*(reach-math.Abs(across))+0.5), 0), amax)
		if a == 255 {
			binary.LittleEndian.PutUint32(row[i:i+4:i+4], full)
			continue
		}
		blendWord(row[i:i+4:i+4], cl, uint64(a))
	}
}

// blendWord mixes colour lanes c (see lanes) at alpha a (0–255) into the
// pixel q (4 bytes long): (c·a + p·(255−a) + 127) / 255 per channel,
// exactly, all four in one 64-bit word. At a = 0 it writes the pixel
// unchanged.
func blendWord(q []uint8, c uint64, a uint64) {
	p := uint64(binary.LittleEndian.Uint32(q))
	p = (p | p<<24) & 0x00FF00FF00FF00FF // R, B, G, A: blendLanes' lanes
	x := c*a + p*(255-a) + 0x007F007F007F007F
	x = (x + 0x0001000100010001 + (x >> 8 & 0x00FF00FF00FF00FF)) >> 8 & 0x00FF00FF00FF00FF
	binary.LittleEndian.PutUint32(q, uint32(x|x>>24))
}

// floorInt is int(math.Floor(x)) without the call (math.Floor is not
// inlined on GOAMD64=v1), the same for every x.
func floorInt(x float64) int {
	i := int(x)
	if float64(i) > x {
		i--
	}
	return i
}

// ceilInt is int(math.Ceil(x)), likewise.
func ceilInt(x float64) int {
	i := int(x)
	if float64(i) < x {
		i++
	}
	return i
}

// fillConvex paints a small convex polygon (an arrow head), anti-aliased by
// the distance to its nearest edge.
func fillConvex(img *image.RGBA, pts []r2.Vec, col drawing.Color) {
	if len(pts) < 3 || col.A == 0 {
		return
	}
	// Inward normals, whichever way the points turn.
	sign := 1.0
	if area2(pts) < 0 {
		sign = -1
	}
	type edge struct {
		n r2.Vec
		c float64
	}
	var buf [8]edge // an arrow head's three, without an allocation per band
	edges := buf[:0]
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		d := r2.Sub(q, p)
		l := r2.Norm(d)
		if l < 1e-9 {
			continue
		}
		n := r2.Scale(sign/l, r2.Vec{X: -d.Y, Y: d.X})
		edges = append(edges, edge{n, r2.Dot(n, p)})
	}
	q := bounds(pts) // 12 px of slack each side, clipped below
	bb := img.Rect
	x0, x1 := max(bb.Min.X, int(math.Floor(q.x0+11))), min(bb.Max.X, int(math.Ceil(q.x1-11)))
	y0, y1 := max(bb.Min.Y, int(math.Floor(q.y0+11))), min(bb.Max.Y, int(math.Ceil(q.y1-11)))
	for y := y0; y < y1; y++ {
		// The row's pixels in front of every edge: an edge's coverage
		// n·p − c + ½ is positive on one side of an x; a hundredth of a
		// pixel more for rounding.
		yc := float64(y) + 0.5
		xl, xr := x0, x1
		for _, e := range edges {
			if e.n.X > -1e-6 && e.n.X < 1e-6 {
				continue
			}
			xe := (e.c-0.5-e.n.Y*yc)/e.n.X - 0.5
			if e.n.X > 0 {
				xl = max(xl, floorInt(xe-0.01)+1)
			} else {
				xr = min(xr, ceilInt(xe+0.01))
			}
		}
		for x := xl; x < xr; x++ {
			p := r2.Vec{X: float64(x) + 0.5, Y: yc}
			cov := 1.0
			for _, e := range edges {
				cov = min(cov, e.n.X*p.X+e.n.Y*p.Y-e.c+0.5)
			}
			if cov > 0 {
				blendPix(img.Pix, img.PixOffset(x, y), col, cov)
			}
		}
	}
}

// pixelBatch gathers the pixel strokes and fills of a big graph's
// relations and paints them on every core, each in its own band of rows,
// in order: the same pixels as one by one.
type pixelBatch struct {
	img  *image.RGBA
	clip image.Rectangle // when not empty, nothing is painted outside it
	ops  []pixelOp
	luts map[drawing.Color]*[4][256]uint8 // blend tables by colour: a graph has few
}

type pixelOp struct {
	pts  []r2.Vec
	col  drawing.Color
	w    float64
	dash []float64
	fill bool
	// regions: large polygons filled without anti-aliasing (camp regions),
	// in order, in one pass (cols their colours)
	regions [][]r2.Vec
	cols    []drawing.Color
	luts    []*[4][256]uint8
	fresh   bool            // regions over a picture still all bg
	bg      uint32          // its pixel word
	disc    bool            // a disc about pts[0] of radius w (a company)
	ring    []drawing.Color // a ring about pts[0] from r0 to w, a sector per colour
	node    bool            // a disc of radius w in col, and of r0 in col2 over it
	col2    drawing.Color
	lut2    *[4][256]uint8
	r0      float64
	lut     *[4][256]uint8 // col's blend table (companies)
	bits    *dashBits
	y0, y1  float64 // the rows it may touch
}

// flush paints what is gathered and empties the batch, so that marks drawn
// through the renderer next land on top.
func (b *pixelBatch) flush() {
	if b != nil {
		b.run()
		b.ops = b.ops[:0]
	}
}

// prepareDashes works out the strokes' dash patterns, on two cores for a
// big graph: its relations' widths give hundreds of patterns. Equal ones
// are shared.
func (b *pixelBatch) prepareDashes() {
	type dashKey [5]float64
	prepare := func(ops []pixelOp) {
		bits := map[dashKey]*dashBits{}
		for i := range ops {
			op := &ops[i]
			if len(op.dash) == 0 || op.regions != nil || op.disc || op.fill || op.ring != nil || op.node {
				continue
			}
			var k dashKey
			copy(k[:], op.dash)
			if len(op.dash) > len(k) {
				op.bits = newDashBits(op.dash)
			} else if op.bits = bits[k]; op.bits == nil {
				op.bits = newDashBits(op.dash)
				bits[k] = op.bits
			}
		}
	}
	n := len(b.ops)
	if n < 512 {
		prepare(b.ops)
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		prepare(b.ops[n/2:])
	}()
	prepare(b.ops[:n/2])
	wg.Wait()
}

func (b *pixelBatch) run() {
	if b == nil || len(b.ops) == 0 {
		return
	}
	if b.luts == nil {
		b.luts = map[drawing.Color]*[4][256]uint8{}
	}
	for i := range b.ops {
		op := &b.ops[i]
		if !op.node && !op.disc { // only companies blend through tables
			continue
		}
		if op.lut = b.luts[op.col]; op.lut == nil {
			op.lut = blendTable(op.col)
			b.luts[op.col] = op.lut
		}
	}
	b.prepareDashes()
	// Each op's rows, so that a band skips what lies elsewhere.
	for i := range b.ops {
		op := &b.ops[i]
		if op.regions != nil {
			op.y0, op.y1 = math.Inf(-1), math.Inf(1)
			op.luts = op.luts[:0]
			for _, c := range op.cols {
				l := b.luts[c]
				if l == nil {
					l = blendTable(c)
					b.luts[c] = l
				}
				op.luts = append(op.luts, l)
			}
			continue
		}
		if op.node {
			if op.lut2 = b.luts[op.col2]; op.lut2 == nil {
				op.lut2 = blendTable(op.col2)
				b.luts[op.col2] = op.lut2
			}
		}
		if op.disc || op.ring != nil || op.node {
			op.y0, op.y1 = op.pts[0].Y-op.w-1, op.pts[0].Y+op.w+1
			continue
		}
		op.y0, op.y1 = math.Inf(1), math.Inf(-1)
		for _, p := range op.pts {
			op.y0, op.y1 = min(op.y0, p.Y), max(op.y1, p.Y)
		}
		op.y0, op.y1 = op.y0-op.w-1, op.y1+op.w+1
	}
	// Bands of a few dozen rows stay in the core's cache while every op
	// crossing them is painted: row by row over the whole picture, a steep
	// line missed the cache once per row, most of a stroke's cost.
	r := b.img.Rect
	const bandRows = 64
	nb := (r.Dy() + bandRows - 1) / bandRows
	// Which ops cross each band, in order: a band looks at its own only.
	perBand := make([][]int32, nb)
	for i, op := range b.ops {
		k0 := max(0, int(math.Floor(max(op.y0, -1e9)-float64(r.Min.Y)))/bandRows)
		k1 := min(nb-1, int(math.Floor(min(op.y1, 1e9)-float64(r.Min.Y)))/bandRows)
		for k := k0; k <= k1; k++ {
			perBand[k] = append(perBand[k], int32(i))
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), nb) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1)) - 1; k < nb; k = int(next.Add(1)) - 1 {
				band := image.Rect(r.Min.X, r.Min.Y+k*bandRows, r.Max.X, min(r.Max.Y, r.Min.Y+(k+1)*bandRows))
				if !b.clip.Empty() {
					band = band.Intersect(b.clip)
				}
				sub := b.img.SubImage(band).(*image.RGBA)
				for _, i := range perBand[k] {
					op := &b.ops[i]
					switch {
					case op.regions != nil:
						fillRegions(sub, op.regions, op.luts, op.bg, op.fresh)
					case op.node:
						fillNode(sub, op.pts[0], op.w, op.r0, op.col, op.col2, op.lut, op.lut2)
					case op.disc:
						fillDiscLUT(sub, op.pts[0], op.w, op.col, op.lut)
					case op.ring != nil:
						fillRing(sub, op.pts[0], op.r0, op.w, op.ring)
					case op.fill:
						fillConvex(sub, op.pts, op.col)
					default:
						strokeOp(sub, op.pts, op.w, op.col, op.bits)
					}
				}
			}
		}()
	}
	wg.Wait()
}
