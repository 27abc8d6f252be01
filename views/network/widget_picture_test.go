package network

import (
	"image"
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/picture"
	"github.com/aicamps/aicamps/views/internal/picture/picturetest"
)

// newGestureView is the test view with its legend folded away (so the
// window shows the raster alone) and a settle timer fired by hand.
func newGestureView(t *testing.T) (*View, fyne.Window, *picturetest.Timers) {
	t.Helper()
	v, w := newTestView(t)
	v.ShowLegend(false)
	timers := &picturetest.Timers{}
	v.pic.SettleBy(timers.Settling(picture.SettleDelay, v.raster.Refresh))
	return v, w, timers
}

// onScreen is the picture the window shows on the network's canvas.
func onScreen(w fyne.Window, v *View) *image.RGBA { return picturetest.Shown(w, v.raster) }

// fullDrawing is the scene as it is now, drawn afresh at the canvas's size.
func fullDrawing(t *testing.T, v *View) *image.RGBA {
	t.Helper()
	box := v.pixelBox()
	sc := v.sc
	img, err := screenImage(box.Width(), box.Height(), float64(v.px), v.theme, sc.Lang, nil, func(f export.Frame) error { return Draw(f, sc) })
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// canvasAt is where the point (x, y) of the canvas is in the window, as
// the test driver's pointer and its capture count (the driver's absolute
// positions leave out the canvas's inset).
func canvasAt(v *View, x, y float32) fyne.Position {
	c := fyne.CurrentApp().Driver().CanvasForObject(v.canvas)
	inset, _ := c.InteractiveArea()
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(v.canvas).Add(inset).AddXY(x, y)
}

func differingPixels(a, b *image.RGBA) int {
	if a.Rect != b.Rect {
		return a.Rect.Dx() * a.Rect.Dy()
	}
	n := 0
	for i := 0; i < len(a.Pix); i += 4 {
		if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] {
			n++
		}
	}
	return n
}

// companiesFollow checks that the moved picture shows each company where
// the view now puts it: the colour at its new centre is the old picture's
// at its old centre, give or take the nearest pixel.
func companiesFollow(t *testing.T, v *View, before, after *image.RGBA, was map[string]fyne.Position) {
	t.Helper()
	near := func(img *image.RGBA, p fyne.Position, c color.RGBA) bool {
		x, y := int(p.X*v.px), int(p.Y*v.px)
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if img.RGBAAt(x+dx, y+dy) == c {
					return true
				}
			}
		}
		return false
	}
	box := v.pixelBox()
	checked := 0
	for id, p0 := range was {
		p1, ok := v.nodePos(id)
		if !ok || p1.X < 5 || p1.Y < 5 || int(p1.X*v.px) > box.Width()-5 || int(p1.Y*v.px) > box.Height()-5 {
			continue
		}
		checked++
		if c := before.RGBAAt(int(p0.X*v.px), int(p0.Y*v.px)); !near(after, p1, c) {
			t.Errorf("%s: the old picture has %v at %v, the moved one not near %v", id, c, p0, p1)
		}
	}
	if checked < len(was)/2 {
		t.Fatalf("only %d of %d companies in sight to check", checked, len(was))
	}
}

func positions(v *View) map[string]fyne.Position {
	out := map[string]fyne.Position{}
	for _, c := range v.sc.Data.Companies {
		if p, ok := v.nodePos(c.ID); ok {
			out[c.ID] = p
		}
	}
	return out
}

// A pan or zoom shows the last picture moved, drawing nothing; the last
// step's settle timer replaces it with a full drawing of the view as it is.
func TestGestureShowsMovedPictureThenSettles(t *testing.T) {
	v, w, timers := newGestureView(t)
	before := onScreen(w, v)
	if d := differingPixels(before, fullDrawing(t, v)); d != 0 {
		t.Fatalf("at rest the window differs from a full drawing in %d pixels", d)
	}
	was := positions(v)
	test.Drag(w.Canvas(), canvasAt(v, 300, 3), 30, 0) // from the top edge: no company there
	moved := onScreen(w, v)
	companiesFollow(t, v, before, moved, was)

	// The theme changes behind the cache's back: only a fresh drawing
	// would show it, so the next step shows that nothing is drawn afresh.
	was = positions(v)
	v.theme = export.Dark
	at := fyne.NewPos(float32(v.pixelBox().Width())/2/v.px, float32(v.pixelBox().Height())/2/v.px)
	test.Scroll(w.Canvas(), canvasAt(v, at.X, at.Y), 0, 10) // ×1.1
	zoomed := onScreen(w, v)
	companiesFollow(t, v, moved, zoomed, was)
	light := export.Light.Background
	corner := image.Pt(zoomed.Rect.Dx()-3, 2) // background, and within the old picture moved
	if c := zoomed.RGBAAt(corner.X, corner.Y); c.R != light.R || c.G != light.G || c.B != light.B {
		t.Fatalf("mid-gesture the corner is %v, not the old picture's %v: it was drawn afresh", c, light)
	}

	if timers.Started() != 2 {
		t.Fatalf("%d settle timers for 2 steps", timers.Started())
	}
	timers.Fire(0) // the gesture went on after this step
	if d := differingPixels(onScreen(w, v), zoomed); d != 0 {
		t.Errorf("an older step's timer changed %d pixels", d)
	}
	timers.Fire(1)
	if d := differingPixels(onScreen(w, v), fullDrawing(t, v)); d != 0 {
		t.Errorf("settled, the window differs from a full drawing in %d pixels", d)
	}
}

// A resize in the middle of a gesture draws afresh at the new size.
func TestResizeDropsMovedPicture(t *testing.T) {
	v, w, _ := newGestureView(t)
	test.Drag(w.Canvas(), canvasAt(v, 300, 3), 30, 0)
	onScreen(w, v)
	if !v.pic.Moving() {
		t.Fatal("no gesture under way")
	}
	w.Resize(fyne.NewSize(1000, 640))
	got := onScreen(w, v)
	if d := differingPixels(got, fullDrawing(t, v)); d != 0 {
		t.Errorf("after a resize mid-gesture, %v differs from a full drawing in %d pixels", got.Rect, d)
	}
}

// A change of the scene in the middle of a gesture (the date, a filter)
// draws afresh: the moved picture of the old scene is not shown.
func TestSceneChangeDrawsAfresh(t *testing.T) {
	v, w, _ := newGestureView(t)
	test.Drag(w.Canvas(), canvasAt(v, 300, 3), 30, 0)
	onScreen(w, v)
	v.SetAsOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	if d := differingPixels(onScreen(w, v), fullDrawing(t, v)); d != 0 {
		t.Errorf("after a new date mid-gesture, the window differs from a full drawing in %d pixels", d)
	}
	test.Tap(v.typeCheck["investment"])
	if d := differingPixels(onScreen(w, v), fullDrawing(t, v)); d != 0 {
		t.Errorf("after a filter mid-gesture, the window differs from a full drawing in %d pixels", d)
	}
}
