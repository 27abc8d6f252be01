package network

import (
	"image"
	"image/draw"
	"math"
	"sort"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/views/export"
)

// textMemo remembers text widths and fitted strings: measuring goes through
// the font's glyph outlines and was an eighth of a 1,000-company frame.
// The widget keeps one across frames (on the UI goroutine only); a Draw
// without one makes its own.
type textMemo struct {
	width map[memoKey]int
	fit   map[memoKey]string
}

type memoKey struct {
	s     string
	size  float64
	width int
}

func newTextMemo() *textMemo {
	return &textMemo{width: map[memoKey]int{}, fit: map[memoKey]string{}}
}

func (m *textMemo) measure(r chart.Renderer, s string, size float64) int {
	k := memoKey{s: s, size: size}
	if w, ok := m.width[k]; ok {
		return w
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
	v := export.Fit(r, s, size, width)
	m.fit[k] = v
	return v
}

// screenImage is export.Image for the widget: the same renderer and frame,
// but the background is filled with draw.Draw on the pixels (a vector fill
// of the whole canvas through the rasterizer cost ~20 ms at 1920×1080).
// When base is given it is copied in instead, and the drawing goes on top.
func screenImage(w, h int, scale float64, th export.Theme, lang string, base *image.RGBA, fn export.DrawFunc) (*image.RGBA, error) {
	if w < 1 || h < 1 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
	}
	r, err := chart.PNG(w, h)
	if err != nil {
		return nil, err
	}
	r.SetDPI(72)
	// Saving into an ImageWriter hands over the renderer's own pixels
	// without encoding: we paint the background there directly.
	var iw chart.ImageWriter
	if err := r.Save(&iw); err != nil {
		return nil, err
	}
	im, err := iw.Image()
	if err != nil {
		return nil, err
	}
	img := im.(*image.RGBA)
	if base != nil && base.Rect == img.Rect {
		copy(img.Pix, base.Pix)
	} else {
		draw.Draw(img, img.Rect, &image.Uniform{C: th.Background}, image.Point{}, draw.Src)
	}
	f := export.Frame{R: &pixRenderer{Renderer: r, img: img}, Box: chart.NewBox(0, 0, w, h), Scale: scale, Theme: th, Lang: lang}
	if err := fn(f); err != nil {
		return nil, err
	}
	return img, nil
}

// pixRenderer is the screen's renderer with its pixels at hand, so that
// large flat fills skip the anti-aliasing rasterizer.
type pixRenderer struct {
	chart.Renderer
	img *image.RGBA
}

// pixelsOf returns the frame's pixels when it draws to the screen.
func pixelsOf(r chart.Renderer) *image.RGBA {
	if p, ok := r.(*pixRenderer); ok {
		return p.img
	}
	return nil
}

// fillPolygon fills pts (even–odd, sampled at pixel centres, without
// anti-aliasing) with c over img. Camp regions use it: their outline is
// stroked on top, which hides the stair-steps, and a region covers a
// quarter of the screen, which the rasterizer painted pixel by pixel at
// ~4 ms each.
func fillPolygon(img *image.RGBA, pts []r2.Vec, c drawing.Color) {
	if len(pts) < 3 || c.A == 0 {
		return
	}
	b := img.Rect
	q := bounds(pts)
	y0 := max(b.Min.Y, int(math.Floor(q.y0)))
	y1 := min(b.Max.Y, int(math.Ceil(q.y1)))
	// One blend per channel value, looked up: a region is millions of
	// pixels of the same colour.
	var lut [4][256]uint8
	a := uint32(c.A)
	ia := 255 - a
	for ch, v := range [4]uint32{uint32(c.R) * a, uint32(c.G) * a, uint32(c.B) * a, a * 255} {
		for d := range uint32(256) {
			lut[ch][d] = uint8((v + d*ia + 127) / 255)
		}
	}
	xs := make([]float64, 0, 8)
	for y := y0; y < y1; y++ {
		yc := float64(y) + 0.5
		xs = xs[:0]
		for i := range pts {
			p, n := pts[i], pts[(i+1)%len(pts)]
			if (p.Y <= yc) != (n.Y <= yc) {
				xs = append(xs, p.X+(yc-p.Y)/(n.Y-p.Y)*(n.X-p.X))
			}
		}
		sort.Float64s(xs)
		for k := 0; k+1 < len(xs); k += 2 {
			xa := max(b.Min.X, int(math.Ceil(xs[k]-0.5)))
			xb := min(b.Max.X, int(math.Ceil(xs[k+1]-0.5)))
			if xa >= xb {
				continue
			}
			row := img.Pix[img.PixOffset(xa, y) : img.PixOffset(xb-1, y)+4]
			for i := 0; i+3 < len(row); i += 4 {
				row[i] = lut[0][row[i]]
				row[i+1] = lut[1][row[i+1]]
				row[i+2] = lut[2][row[i+2]]
				row[i+3] = lut[3][row[i+3]]
			}
		}
	}
}

// moveImage is base as it would look at another pan and zoom: scaled by
// zoom1/zoom0 about c (the centre of the drawing area) and shifted, nearest
// pixel, background where base has nothing. It stands in while the user
// pans or zooms.
func moveImage(base *image.RGBA, c r2.Vec, zoom0, zoom1 float64, pan0, pan1 r2.Vec, bg drawing.Color) *image.RGBA {
	b := base.Rect
	out := image.NewRGBA(b)
	draw.Draw(out, b, &image.Uniform{C: bg}, image.Point{}, draw.Src)
	k := zoom1 / zoom0
	// A point at s0 in base is at s1 = c + k·(s0 − c − pan0) + pan1.
	src := func(s1, c, p0, p1 float64) int { return int(math.Floor((s1+0.5-c-p1)/k + c + p0)) }
	xs := make([]int, b.Dx())
	for x := range xs {
		xs[x] = src(float64(b.Min.X+x), c.X, pan0.X, pan1.X)
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		sy := src(float64(y), c.Y, pan0.Y, pan1.Y)
		if sy < b.Min.Y || sy >= b.Max.Y {
			continue
		}
		row := out.Pix[out.PixOffset(b.Min.X, y):]
		srow := base.Pix[base.PixOffset(b.Min.X, sy):]
		for x, sx := range xs {
			if sx >= b.Min.X && sx < b.Max.X {
				i, j := 4*x, 4*(sx-b.Min.X)
				copy(row[i:i+4], srow[j:j+4])
			}
		}
	}
	return out
}
