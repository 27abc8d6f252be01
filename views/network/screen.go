package network

import (
	"image"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/export"
)

// The widget's pictures: a raster canvas over pixel buffers reused between
// redraws. The background (or an earlier picture under an overlay) is
// queued first and painted with the rest, in bands on every core.

// screenImageOn draws fn on fs's pixels (nil: fresh ones) over the
// background, or over a copy of base when it is given. Every pixel is
// written again, so a buffer of an earlier frame serves as well as a new
// one, without allocating and clearing 8 MB.
func screenImageOn(fs *frames, w, h int, scale float64, th export.Theme, lang string, base *image.RGBA, fn export.DrawFunc) (*image.RGBA, error) {
	if w < 1 || h < 1 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
	}
	cv, f := screenStart(fs, w, h, scale, th, lang, base)
	if err := fn(f); err != nil {
		return nil, err
	}
	return cv.Image(), nil
}

// screenDrawOn is screenImageOn(fs, …, nil, Draw(·, sc)), the widget's
// full redraw, with the background painted on every core while the
// scene's geometry is built (which does not touch the canvas): the same
// picture, a millisecond or so sooner.
func screenDrawOn(fs *frames, w, h int, scale float64, th export.Theme, lang string, sc Scene) (*image.RGBA, error) {
	if w < 1 || h < 1 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
	}
	cv, f := screenStart(fs, w, h, scale, th, lang, nil)
	done := make(chan struct{})
	go func() {
		defer close(done)
		cv.Flush()
	}()
	if err := drawThen(f, sc, func() { <-done }); err != nil {
		return nil, err
	}
	return cv.Image(), nil
}

// screenStart is a raster canvas over a free buffer, with the background,
// or base, queued.
func screenStart(fs *frames, w, h int, scale float64, th export.Theme, lang string, base *image.RGBA) (*raster.Canvas, export.Frame) {
	var cv *raster.Canvas
	if fs != nil {
		cv = fs.take(w, h, base)
	} else {
		cv = raster.New(w, h)
	}
	if base != nil && base.Rect == cv.Image().Rect {
		cv.Copy(base)
	} else {
		cv.Clear(th.Background)
	}
	f := export.NewFrame(cv, chart.NewBox(0, 0, w, h), scale, th, lang)
	return cv, f
}

// frames are the widget's pixel buffers, each with its canvas (whose
// scratch memory is kept), reused between redraws. Fyne's raster holds the
// picture it was last given, and the widget keeps its base picture:
// neither is drawn over (so, double-buffered).
type frames struct {
	cvs  []*raster.Canvas
	busy func() []image.Image // the pictures still in use
	veil veil
}

// veil is a base picture under the hover's veil, kept while that picture
// is: every hover frame over it starts from the same faded copy.
type veil struct {
	src  *image.RGBA // the picture veiled; nil when none is kept
	area rect
	bg   drawing.Color
	cv   *raster.Canvas // over the faded copy
}

// veiled is base with bg laid over area, from the kept copy when base, the
// area and the colour are those it was made of.
func (fs *frames) veiled(base *image.RGBA, area rect, bg drawing.Color) *image.RGBA {
	v := &fs.veil
	if v.src == base && v.area == area && v.bg == bg {
		return v.cv.Image()
	}
	if v.cv == nil || v.cv.Image().Rect != base.Rect {
		v.cv = raster.New(base.Rect.Dx(), base.Rect.Dy())
	}
	v.cv.Reset(nil)
	v.cv.Copy(base)
	v.cv.SetColor(bg)
	canvas.FillBox(v.cv, area.canvas(), 0)
	v.src, v.area, v.bg = base, area, bg
	return v.cv.Image()
}

// maxFrames: the base, the picture on screen, and the one being drawn.
const maxFrames = 3

// take is a canvas on a w×h buffer not in use, neither by busy nor by
// keep, started afresh.
func (fs *frames) take(w, h int, keep *image.RGBA) *raster.Canvas {
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
	for i, cv := range fs.cvs {
		img := cv.Image()
		if inUse(img) {
			continue
		}
		if img.Rect.Dx() == w && img.Rect.Dy() == h {
			if fs.veil.src == img { // about to be drawn over: its veil is stale
				fs.veil.src = nil
			}
			cv.Reset(nil)
			return cv
		}
		free = i
	}
	cv := raster.New(w, h)
	switch {
	case free >= 0: // another size: the window was resized
		fs.cvs[free] = cv
	case len(fs.cvs) < maxFrames:
		fs.cvs = append(fs.cvs, cv)
	}
	return cv
}
