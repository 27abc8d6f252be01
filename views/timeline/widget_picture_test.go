package timeline

import (
	"bytes"
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/picture"
	"github.com/aicamps/aicamps/views/internal/picture/picturetest"
)

// settleByHand stops v's settle timer: the test driver runs fyne.Do in
// place, on the timer's goroutine; a test settles the view itself.
func settleByHand(v *View) { v.pic.SettleBy(picture.Settling{}) }

// onScreen is the picture the window shows.
func onScreen(w fyne.Window, v *View) *image.RGBA { return picturetest.Shown(w, v.raster) }

// fullDrawing is the scene as it is now, drawn afresh at img's size (the
// test window draws one pixel a unit).
func fullDrawing(t *testing.T, v *View, size image.Rectangle) *image.RGBA {
	t.Helper()
	want, err := export.Image(size.Dx(), size.Dy(), screenScale, v.theme, v.lang, func(f export.Frame) error {
		f.Box = inset(f.Box, int(f.Px(12)))
		return Draw(f, v.Scene())
	})
	if err != nil {
		t.Fatal(err)
	}
	return want
}

// areaAt is where the point (x, y) of the picture is in the window, as the
// test driver's pointer counts (its absolute positions leave out the
// canvas's inset).
func areaAt(v *View, x, y float32) fyne.Position {
	d := fyne.CurrentApp().Driver()
	inset, _ := d.CanvasForObject(v.area).InteractiveArea()
	return d.AbsolutePositionForObject(v.area).Add(inset).AddXY(x, y)
}

// The last step's settle timer, and only it, replaces the moved picture
// with a full drawing.
func TestWidgetSettleTimerRedraws(t *testing.T) {
	v, w := newTestView(t)
	timers := &picturetest.Timers{}
	v.pic.SettleBy(timers.Settling(picture.SettleDelay, v.raster.Refresh))
	onScreen(w, v)
	test.Drag(w.Canvas(), areaAt(v, 700, 300), 60, 0)
	test.Drag(w.Canvas(), areaAt(v, 760, 300), 40, 0)
	moved := onScreen(w, v)
	if bytes.Equal(moved.Pix, fullDrawing(t, v, moved.Rect).Pix) {
		t.Fatal("mid-gesture the picture is already a full drawing")
	}
	if timers.Started() != 2 {
		t.Fatalf("%d settle timers for 2 steps", timers.Started())
	}
	timers.Fire(0)
	if got := onScreen(w, v); !bytes.Equal(got.Pix, moved.Pix) {
		t.Error("an older step's timer redrew the picture")
	}
	timers.Fire(1)
	if got := onScreen(w, v); !bytes.Equal(got.Pix, fullDrawing(t, v, got.Rect).Pix) {
		t.Error("settled, the picture is not a full drawing of the new range")
	}
}

// A resize in the middle of a gesture draws afresh at the new size.
func TestWidgetResizeDropsMovedPicture(t *testing.T) {
	v, w := newTestView(t)
	onScreen(w, v)
	test.Drag(w.Canvas(), areaAt(v, 700, 300), 60, 0)
	before := onScreen(w, v)
	w.Resize(fyne.NewSize(1100, 700))
	got := onScreen(w, v)
	if got.Rect == before.Rect || !bytes.Equal(got.Pix, fullDrawing(t, v, got.Rect).Pix) {
		t.Errorf("after a resize mid-gesture the picture (%v, was %v) is not a full drawing", got.Rect, before.Rect)
	}
}

// A change of the scene in the middle of a gesture (the date, the lanes)
// draws afresh.
func TestWidgetSceneChangeDrawsAfresh(t *testing.T) {
	v, w := newTestView(t)
	onScreen(w, v)
	test.Drag(w.Canvas(), areaAt(v, 700, 300), 60, 0)
	onScreen(w, v)
	v.SetAsOf(day("2025-06-30"))
	if got := onScreen(w, v); !bytes.Equal(got.Pix, fullDrawing(t, v, got.Rect).Pix) {
		t.Error("after a new date mid-gesture the picture is not a full drawing")
	}
	v.SetMode(ByCompany)
	if got := onScreen(w, v); !bytes.Equal(got.Pix, fullDrawing(t, v, got.Rect).Pix) {
		t.Error("after switching lanes mid-gesture the picture is not a full drawing")
	}
}
