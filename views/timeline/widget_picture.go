package timeline

import (
	"errors"
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/picture"
)

// timeSpan is the range a picture shows: the cache's view, which a pan or
// zoom changes.
type timeSpan struct{ from, to time.Time }

// errNoRoom: nothing was laid out, the canvas has no room (Fyne asks for
// negative widths while a window shrinks).
var errNoRoom = errors.New("timeline: no room to draw")

// draw is the raster's picture at its real pixel size: the last picture
// moved while a pan or zoom is under way, else a full drawing.
func (v *View) draw(w, h int) image.Image {
	from, to := v.scene().Range()
	img, _, err := v.pic.Picture(picture.Key{Version: v.version, W: w, H: h}, timeSpan{from, to})
	if err != nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return img
}

// drawBase is the cache's full drawing, which hit-testing's layout follows.
func (v *View) drawBase(k picture.Key) (*image.RGBA, error) {
	px := 1.0
	if s := v.area.Size(); s.Width > 0 {
		px = float64(k.W) / float64(s.Width)
	}
	sc := v.scene()
	from, to := sc.Range()
	L := v.last
	if L == nil || v.lastKey != k || !from.Equal(L.RangeFrom) || !to.Equal(L.RangeTo) {
		L = nil // laid out for another state or size: lay out again
	}
	img, err := export.Image(k.W, k.H, px*screenScale, v.theme, v.lang, func(f export.Frame) error {
		f.Box = inset(f.Box, int(f.Px(12)))
		if L == nil {
			L = Compute(f, sc)
		}
		L.Paint(f, sc)
		paintScrollbar(f, L) // the screen's alone: an export notes hidden lanes instead
		return nil
	})
	if err != nil {
		return nil, err
	}
	if L == nil {
		return nil, errNoRoom
	}
	v.last, v.lastPx, v.lastKey, v.baseL = L, px, k, L
	if L.Scrolls != v.hint.Visible() {
		fyne.Do(v.syncHint) // rarely: when the lanes start or stop overflowing
	}
	return img, nil
}

// moveBase is the base, drawn at baseL's range, as it looks at another.
func (v *View) moveBase(base *image.RGBA, _, to timeSpan) *image.RGBA {
	return moveRange(base, v.baseL.Scale, to.from, to.to, v.theme.Background)
}

// moveRange is base, drawn at scale s, as it would look at [from, to): the
// plot's columns (with the era names above and the dates below) moved and
// stretched, nearest pixel, background where base has nothing; the lane
// names stay.
func moveRange(base *image.RGBA, s Scale, from, to time.Time, bg color.Color) *image.RGBA {
	b := base.Rect
	cols := make([]int, b.Dx()) // the column of base each column shows, or -1
	for x := range cols {
		cols[x] = x
	}
	x0, x1 := max(b.Min.X, int(math.Ceil(s.X0))), min(b.Max.X, int(math.Floor(s.X1)))
	now := Scale{From: from, To: to, X0: s.X0, X1: s.X1}
	for x := x0; x < x1; x++ {
		sx := int(math.Floor(s.X(now.Time(float64(x) + 0.5))))
		if sx < x0 || sx >= x1 {
			cols[x-b.Min.X] = -1
		} else {
			cols[x-b.Min.X] = sx - b.Min.X
		}
	}
	return picture.Remap(base, cols, nil, bg)
}

// screenScale shrinks the slide's lengths for a window, which is viewed
// closer than a projected slide.
const screenScale = 0.8

func inset(b chart.Box, m int) chart.Box {
	return chart.NewBox(b.Top+m, b.Left+m, b.Right-m, b.Bottom-m)
}

// layout is the last drawn layout, or a fresh one for the current size when
// nothing was drawn yet (the test driver does not paint rasters) or a pan or
// zoom moved the range since.
func (v *View) layout() (*Layout, float64) {
	sc := v.scene()
	from, to := sc.Range()
	L, px := v.last, v.lastPx
	if L != nil && L.RangeFrom.Equal(from) && L.RangeTo.Equal(to) {
		return L, px
	}
	s := v.area.Size()
	if L != nil && px > 0 {
		// Same size and state, another range: lay out again at the size
		// of the last picture.
		w, h := int(math.Round(float64(s.Width)*px)), int(math.Round(float64(s.Height)*px))
		if w >= 1 && h >= 1 {
			v.last = v.measureLayout(sc, w, h, px)
			return v.last, px
		}
	}
	w, h := int(s.Width), int(s.Height)
	if w < 1 || h < 1 {
		return &Layout{}, 1
	}
	v.last, v.lastPx = v.measureLayout(sc, w, h, 1), 1
	return v.last, 1
}

// measureLayout lays sc out on a w×h picture at px device pixels per unit,
// without drawing: only text is measured.
func (v *View) measureLayout(sc Scene, w, h int, px float64) *Layout {
	f := export.Frame{Box: chart.NewBox(0, 0, w, h), Scale: px * screenScale, Theme: v.theme, Lang: v.lang}
	f.Box = inset(f.Box, int(f.Px(12)))
	return Compute(f, sc)
}

// changed drops the cached layout and picture, and redraws.
func (v *View) changed() {
	v.last = nil
	v.version++
	v.raster.Refresh()
}

// viewChanged follows a pan or zoom step to [from, to): the last picture
// moves at once, and is drawn afresh when the gesture rests.
func (v *View) viewChanged(from, to time.Time) {
	v.from, v.to = from, to
	v.pic.Gesture()
	v.raster.Refresh()
}
