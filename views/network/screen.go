package network

import (
	"image"
	"image/draw"
	"math"
	"runtime"
	"sync"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/gochart"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/export"
)

// The widget's pictures: a raster canvas over pixel buffers reused between
// redraws, the background filled (or an earlier picture copied) on every
// core first.

// screenImageOn draws fn on fs's pixels (nil: fresh ones) over the
// background, or over a copy of base when it is given. Every pixel is
// written again, so a buffer of an earlier frame serves as well as a new
// one, without allocating and clearing 8 MB.
func screenImageOn(fs *frames, w, h int, scale float64, th export.Theme, lang string, base *image.RGBA, fn export.DrawFunc) (*image.RGBA, error) {
	if w < 1 || h < 1 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
	}
	img, f, filled := screenStart(fs, w, h, scale, th, lang, base)
	filled()
	if err := fn(f); err != nil {
		return nil, err
	}
	canvas.Flush(f.C)
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
	canvas.Flush(f.C)
	return img, nil
}

// screenStart takes the pixels and starts filling them, on every core, in
// bands (8 MB at 1920×1080): with the background, or copied from base when
// it is given. Nothing may draw on them before filled returns.
func screenStart(fs *frames, w, h int, scale float64, th export.Theme, lang string, base *image.RGBA) (*image.RGBA, export.Frame, func()) {
	var img *image.RGBA
	if fs != nil {
		img = fs.take(w, h, base)
	} else {
		img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
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
	cv := raster.On(img)
	f := export.Frame{R: gochart.New(cv, export.CanvasFont()), C: cv, Box: chart.NewBox(0, 0, w, h), Scale: scale, Theme: th, Lang: lang}
	return img, f, wg.Wait
}

// frames are the widget's pixel buffers, reused between redraws. Fyne's
// raster holds the picture it was last given, and the widget keeps its
// base picture: neither is drawn over (so, double-buffered).
type frames struct {
	imgs []*image.RGBA
	busy func() []image.Image // the pictures still in use
}

// maxFrames: the base, the picture on screen, and the one being drawn.
const maxFrames = 3

// take is a w×h buffer not in use, neither by busy nor by keep.
func (fs *frames) take(w, h int, keep *image.RGBA) *image.RGBA {
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
	for i, img := range fs.imgs {
		if inUse(img) {
			continue
		}
		if img.Rect.Dx() == w && img.Rect.Dy() == h {
			return img
		}
		free = i
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	switch {
	case free >= 0: // another size: the window was resized
		fs.imgs[free] = img
	case len(fs.imgs) < maxFrames:
		fs.imgs = append(fs.imgs, img)
	}
	return img
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
