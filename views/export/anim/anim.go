// Package anim encodes an animated GIF of pictures drawn with few flat
// colours: a fixed palette (the theme's colours and their blends with the
// background, for anti-aliased edges) mapped without dithering, and frames
// that store only the rectangle that changed, unchanged pixels transparent.
package anim

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"io"
	"math/bits"
	"time"
)

// Encoder writes each frame as it is added (a replay of hundreds of 4K
// frames holds two pictures, not all of them), one frame behind: the last
// frame's delay, its hold, is known only on Close.
type Encoder struct {
	w           io.Writer
	pal         color.Palette
	clear       uint8 // the transparent index: "as in the frame before"
	delay, hold int   // hundredths of a second
	lut         []int16
	cfg         image.Config
	header      []byte // the GIF's header and palette, written with the second frame or on Close
	pending     []byte // the last frame added, encoded, not yet written
	frames      int
	err         error
	prev, cur   *image.Paletted
}

// MaxColors is the palette size before the transparent slot.
const MaxColors = 255

// NewEncoder writes to w. base's first colour is the background; delay is
// each frame's time, hold the last frame's.
func NewEncoder(w io.Writer, base []color.Color, delay, hold time.Duration) *Encoder {
	pal := Palette(base)
	e := &Encoder{w: w, pal: pal, clear: uint8(len(pal) - 1), delay: centis(delay), hold: centis(hold)}
	e.lut = make([]int16, 1<<18)
	for i := range e.lut {
		e.lut[i] = -1
	}
	return e
}

func centis(d time.Duration) int { return max(1, int(d/(10*time.Millisecond))) }

// Palette is base (duplicates dropped), then each colour blended a quarter,
// half and three quarters into the first two (background and surface), then
// a transparent slot; at most 256 entries.
func Palette(base []color.Color) color.Palette {
	var pal color.Palette
	seen := map[color.RGBA]bool{}
	add := func(c color.Color) {
		r, g, b, _ := c.RGBA()
		k := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}
		if !seen[k] && len(pal) < MaxColors {
			seen[k] = true
			pal = append(pal, k)
		}
	}
	for _, c := range base {
		add(c)
	}
	n := len(pal)
	for bg := 0; bg < min(2, n); bg++ {
		for _, t := range []float64{0.25, 0.5, 0.75} {
			for i := 0; i < n; i++ {
				add(mix(pal[i], pal[bg], t))
			}
		}
	}
	return append(pal, color.RGBA{})
}

func mix(a, b color.Color, t float64) color.Color {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	f := func(x, y uint32) uint8 { return uint8((float64(x>>8)*(1-t) + float64(y>>8)*t) + 0.5) }
	return color.RGBA{f(ar, br), f(ag, bg), f(ab, bb), 255}
}

// index is the nearest palette colour, through a 6-bit-per-channel table.
func (e *Encoder) index(r, g, b uint8) uint8 {
	k := int(r>>2)<<12 | int(g>>2)<<6 | int(b>>2)
	if v := e.lut[k]; v >= 0 {
		return uint8(v)
	}
	best, bestD := 0, 1<<62
	for i, c := range e.pal[:e.clear] {
		q := c.(color.RGBA)
		dr, dg, db := int(q.R)-int(r), int(q.G)-int(g), int(q.B)-int(b)
		if d := 3*dr*dr + 4*dg*dg + 2*db*db; d < bestD {
			best, bestD = i, d
		}
	}
	e.lut[k] = int16(best)
	return uint8(best)
}

// quantize maps img onto the palette into e.cur.
func (e *Encoder) quantize(img image.Image) {
	b := img.Bounds()
	e.cur = image.NewPaletted(image.Rect(0, 0, b.Dx(), b.Dy()), e.pal)
	if rgba, ok := img.(*image.RGBA); ok {
		for y := 0; y < b.Dy(); y++ {
			src := rgba.Pix[y*rgba.Stride : y*rgba.Stride+4*b.Dx()]
			dst := e.cur.Pix[y*e.cur.Stride:]
			var last [3]uint8
			var li uint8
			for x := 0; x < b.Dx(); x++ {
				p := [3]uint8{src[4*x], src[4*x+1], src[4*x+2]}
				if x == 0 || p != last {
					li, last = e.index(p[0], p[1], p[2]), p
				}
				dst[x] = li
			}
		}
		return
	}
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			c := color.RGBAModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.RGBA)
			e.cur.Pix[y*e.cur.Stride+x] = e.index(c.R, c.G, c.B)
		}
	}
}

// Add appends a frame; every frame must be the size of the first.
func (e *Encoder) Add(img image.Image) error {
	if e.err != nil {
		return e.err
	}
	if e.prev != nil && img.Bounds().Size() != e.prev.Bounds().Size() {
		return errors.New("anim: frames differ in size")
	}
	e.quantize(img)
	frame := e.cur
	if e.prev != nil {
		frame = e.changed()
	} else {
		e.cfg = image.Config{ColorModel: e.pal, Width: e.cur.Rect.Dx(), Height: e.cur.Rect.Dy()}
	}
	block, err := e.encode(frame)
	if err != nil {
		e.err = err
		return err
	}
	if e.pending != nil {
		if e.frames == 1 { // two frames or more: an animation that loops
			e.write(e.header, netscapeLoop)
		}
		e.write(e.pending)
	}
	e.pending = block
	e.frames++
	e.prev, e.cur = e.cur, nil
	return e.err
}

// netscapeLoop is the application extension "loop forever" that
// gif.EncodeAll writes for an animation (LoopCount 0).
var netscapeLoop = []byte("\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00")

// encode is frame's graphic control extension and image block as
// image/gif writes them (its LZW and sub-blocks): a one-frame GIF of the
// animation's size and palette, less its header and trailer.
func (e *Encoder) encode(frame *image.Paletted) ([]byte, error) {
	var b bytes.Buffer
	g := gif.GIF{Image: []*image.Paletted{frame}, Delay: []int{e.delay}, Disposal: []byte{gif.DisposalNone}, Config: e.cfg}
	if err := gif.EncodeAll(&b, &g); err != nil {
		return nil, err
	}
	out := b.Bytes()
	size := max(0, bits.Len(uint(len(e.pal)-1))-1) // image/gif's log2: 2^(size+1) colours
	n := 13 + 3*(2<<size)                          // header, screen, colour table
	if len(out) < n+9 || out[n] != 0x21 || out[n+1] != 0xf9 || out[len(out)-1] != 0x3b {
		return nil, errors.New("anim: unexpected GIF layout from image/gif")
	}
	if e.header == nil {
		e.header = append([]byte(nil), out[:n]...)
	}
	return out[n : len(out)-1], nil
}

func (e *Encoder) write(parts ...[]byte) {
	for _, p := range parts {
		if e.err == nil {
			_, e.err = e.w.Write(p)
		}
	}
}

// changed is the smallest rectangle where e.cur differs from e.prev, with
// the pixels that did not change transparent (they compress to runs).
func (e *Encoder) changed() *image.Paletted {
	r := image.Rectangle{}
	w := e.cur.Rect.Dx()
	for y := 0; y < e.cur.Rect.Dy(); y++ {
		a, b := e.cur.Pix[y*w:(y+1)*w], e.prev.Pix[y*w:(y+1)*w]
		x0, x1 := -1, -1
		for x := range a {
			if a[x] != b[x] {
				if x0 < 0 {
					x0 = x
				}
				x1 = x
			}
		}
		if x0 >= 0 {
			r = r.Union(image.Rect(x0, y, x1+1, y+1))
		}
	}
	if r.Empty() {
		r = image.Rect(0, 0, 1, 1)
	}
	out := image.NewPaletted(r, e.pal)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i := y*w + x
			if c := e.cur.Pix[i]; c != e.prev.Pix[i] {
				out.Pix[out.PixOffset(x, y)] = c
			} else {
				out.Pix[out.PixOffset(x, y)] = e.clear
			}
		}
	}
	return out
}

// Frames is how many frames were added.
func (e *Encoder) Frames() int { return e.frames }

// Close gives the last frame its hold and ends the GIF.
func (e *Encoder) Close() error {
	if e.err != nil {
		return e.err
	}
	if e.pending == nil {
		return errors.New("anim: no frames")
	}
	// The graphic control extension opens the block: 21 f9 04 flags delay(2).
	e.pending[4], e.pending[5] = byte(e.hold), byte(e.hold>>8)
	if e.frames == 1 {
		e.write(e.header)
	}
	e.write(e.pending, []byte{0x3b})
	e.pending = nil
	return e.err
}
