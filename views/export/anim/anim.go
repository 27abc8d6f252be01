// Package anim encodes an animated GIF of pictures drawn with few flat
// colours: a fixed palette (the theme's colours and their blends with the
// background, for anti-aliased edges) mapped without dithering, and frames
// that store only the rectangle that changed, unchanged pixels transparent.
package anim

import (
	"errors"
	"image"
	"image/color"
	"image/gif"
	"io"
	"time"
)

// Encoder collects frames and writes the GIF on Close.
type Encoder struct {
	w           io.Writer
	pal         color.Palette
	clear       uint8 // the transparent index: "as in the frame before"
	delay, hold int   // hundredths of a second
	lut         []int16
	g           gif.GIF
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
	if e.prev != nil && img.Bounds().Size() != e.prev.Bounds().Size() {
		return errors.New("anim: frames differ in size")
	}
	e.quantize(img)
	frame := e.cur
	if e.prev != nil {
		frame = e.changed()
	} else {
		e.g.Config = image.Config{ColorModel: e.pal, Width: e.cur.Rect.Dx(), Height: e.cur.Rect.Dy()}
	}
	e.g.Image = append(e.g.Image, frame)
	e.g.Delay = append(e.g.Delay, e.delay)
	e.g.Disposal = append(e.g.Disposal, gif.DisposalNone)
	e.prev, e.cur = e.cur, nil
	return nil
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
func (e *Encoder) Frames() int { return len(e.g.Image) }

// Close gives the last frame its hold and writes the GIF.
func (e *Encoder) Close() error {
	if len(e.g.Image) == 0 {
		return errors.New("anim: no frames")
	}
	e.g.Delay[len(e.g.Delay)-1] = e.hold
	return gif.EncodeAll(e.w, &e.g)
}
