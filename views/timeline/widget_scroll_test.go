package timeline

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/data/synth"
)

// newCrowdedView is the widget on synthetic data whose lanes overflow the
// window.
func newCrowdedView(t *testing.T) (*View, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	v := NewView(synth.Dataset(60, 100, 400, 1), "en")
	settleByHand(v)
	v.mods = func() fyne.KeyModifier { return 0 }
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(1400, 800))
	return v, w
}

// The wheel scrolls the lanes until the last is in sight, without zooming;
// Ctrl+wheel zooms time and leaves the lanes; dragging up scrolls too.
func TestWidgetWheelScrollsLanes(t *testing.T) {
	v, w := newCrowdedView(t)
	L, _ := v.layout()
	n := len(L.Lanes)
	if first, last := L.VisibleLanes(); !L.Scrolls || first != 0 || last >= n-1 || L.Below == 0 {
		t.Fatalf("at the start: scrolls %v, lanes %d–%d of %d", L.Scrolls, first, last, n)
	}
	span := L.RangeTo.Sub(L.RangeFrom)
	mid := fyne.NewPos(700, 400)
	for range 400 {
		y := L.ScrollY
		test.Scroll(w.Canvas(), mid, 0, -25) // a notch towards the user
		if L, _ = v.layout(); L.ScrollY == y {
			break // at the end
		}
	}
	if first, last := L.VisibleLanes(); last != n-1 || first == 0 || L.Above == 0 {
		t.Fatalf("scrolled down: lanes %d–%d of %d, above %d", first, last, n, L.Above)
	}
	if got := L.RangeTo.Sub(L.RangeFrom); got != span {
		t.Errorf("the wheel zoomed time: %s → %s", span, got)
	}
	if v.Current().Draw == nil || v.Scene().Scroll != L.Pos {
		t.Errorf("the view's scene is at lane %g, the picture at %g", v.Scene().Scroll, L.Pos)
	}
	// The last lane's events can be reached: hovering one names it.
	var last *Placed
	for i := range L.Items {
		if p := &L.Items[i]; p.Lane == n-1 && !p.Hidden {
			last = p
		}
	}
	if last == nil {
		t.Fatal("no event of the last lane in sight")
	}
	if e, ok := v.hit(screenPos(t, v, last.Event.ID)); !ok || e.ID != last.Event.ID {
		t.Errorf("pointing at %s finds %v", last.Event.ID, e)
	}

	// Ctrl+wheel zooms and does not scroll.
	y, pos := L.ScrollY, v.Scene().Scroll
	v.mods = func() fyne.KeyModifier { return fyne.KeyModifierControl }
	test.Scroll(w.Canvas(), mid, 0, 30)
	L, _ = v.layout()
	if got := L.RangeTo.Sub(L.RangeFrom); got >= span {
		t.Errorf("Ctrl+wheel did not zoom in: %s → %s", span, got)
	}
	if v.Scene().Scroll != pos || L.Above == 0 {
		t.Errorf("Ctrl+wheel moved the lanes from %g to %g", pos, v.Scene().Scroll)
	}
	v.mods = func() fyne.KeyModifier { return 0 }

	// Dragging down moves the lanes down: back towards the first.
	before := L.ScrollY
	test.Drag(w.Canvas(), mid, 0, 120)
	L, _ = v.layout()
	if d := before - L.ScrollY; d < 110 || d > 130 {
		t.Errorf("a 120 px drag scrolled %g px (from %g, at the end %g)", d, before, y)
	}
}

// Selecting an event elsewhere (the app's State) scrolls its lane into
// sight; the card opens; one already in sight does not move the lanes.
func TestWidgetSelectScrollsToEvent(t *testing.T) {
	v, _ := newCrowdedView(t)
	L, _ := v.layout()
	var far string
	for i := range L.Items {
		if p := L.Items[i]; p.Lane == len(L.Lanes)-1 && p.Hidden {
			far = p.Event.ID
		}
	}
	if far == "" {
		t.Fatal("no hidden event in the last lane")
	}
	v.SelectEvent(far)
	L, _ = v.layout()
	p := find(t, L, far)
	if p.Hidden || p.Box.Y0 < L.Plot.Y0 || p.Box.Y1 > L.Plot.Y1 || !v.card.Visible() {
		t.Fatalf("%s at %v, plot %g–%g, card %v", far, p.Box, L.Plot.Y0, L.Plot.Y1, v.card.Visible())
	}
	// Its lane's name is in sight beside it.
	lb := L.Lanes[p.Lane]
	if lb.NameY < L.Plot.Y0 || lb.NameY > L.Plot.Y1 || lb.NameY > lb.Y1 {
		t.Errorf("lane name at %g, lane %g–%g", lb.NameY, lb.Y0, lb.Y1)
	}
	y := L.ScrollY
	var near string
	for i := range L.Items {
		if q := L.Items[i]; !q.Hidden && q.Event.ID != far {
			near = q.Event.ID
		}
	}
	v.SelectEvent(near)
	if L, _ = v.layout(); L.ScrollY != y {
		t.Errorf("selecting %s, in sight, scrolled %g → %g", near, y, L.ScrollY)
	}
}

// While the lanes scroll the picture has a scrollbar whose thumb follows
// them and the toolbar says how the wheel works; with lanes that fit,
// neither.
func TestWidgetScrollbarAndHint(t *testing.T) {
	v, w := newCrowdedView(t)
	sz := v.area.Size()
	W, H := int(sz.Width), int(sz.Height)
	img := v.draw(W, H).(*image.RGBA)
	L := v.baseL
	y0, y1, ok := L.Scrollbar()
	if !ok || y0 != L.Plot.Y0 || y1 >= L.Plot.Y1 {
		t.Fatalf("thumb %g–%g %v, plot %g–%g", y0, y1, ok, L.Plot.Y0, L.Plot.Y1)
	}
	bx, _ := L.scrollbarX(screenScale) // the test window draws at 1 pixel a unit
	x := int(bx + 2)
	thumb, track := img.RGBAAt(x, int(y0+4)), img.RGBAAt(x, int(L.Plot.Y1-4))
	bg := v.theme.Background
	if thumb == track || thumb == (color.RGBA{bg.R, bg.G, bg.B, bg.A}) {
		t.Errorf("thumb %v, track %v: not told apart", thumb, track)
	}
	if !v.hint.Visible() || !strings.Contains(v.hint.Text, "+wheel zooms") {
		t.Errorf("hint %v %q", v.hint.Visible(), v.hint.Text)
	}
	for range 400 {
		test.Scroll(w.Canvas(), fyne.NewPos(700, 400), 0, -25)
	}
	img = v.draw(W, H).(*image.RGBA)
	if _, y1, _ := v.baseL.Scrollbar(); y1 != v.baseL.Plot.Y1 {
		t.Errorf("at the end the thumb ends at %g, not %g", y1, v.baseL.Plot.Y1)
	}
	if img.RGBAAt(x, int(L.Plot.Y1-4)) != thumb {
		t.Error("the thumb is not drawn at the bottom")
	}

	// The fixture fits: the wheel zooms, no hint, no scrollbar.
	f, _ := newTestView(t)
	f.draw(W, H)
	if f.hint.Visible() || f.baseL.Scrolls {
		t.Error("lanes that fit show a hint or scroll")
	}
}

// The scrollbar works as a desktop's does: its thumb follows a drag (the
// lanes move by the drag times their height over the window's), and a tap
// on the track below or above the thumb pages down or up.
func TestWidgetScrollbarDragAndPage(t *testing.T) {
	v, w := newCrowdedView(t)
	L, px := v.layout()
	x, bw := L.scrollbarX(px * screenScale)
	y0, y1, _ := L.Scrollbar()
	thumb := fyne.NewPos(float32((x+bw/2)/px), float32((y0+y1)/2/px))
	test.Drag(w.Canvas(), thumb, 0, 40)
	L2, _ := v.layout()
	want := 40 * px * L.ContentH / L.viewH()
	if got := L2.ScrollY - L.ScrollY; got < want*0.9 || got > want*1.1 {
		t.Errorf("dragging the thumb 40 units down scrolled %g px, want about %g", got, want)
	}
	if L2.RangeTo.Sub(L2.RangeFrom) != L.RangeTo.Sub(L.RangeFrom) || L2.RangeFrom != L.RangeFrom {
		t.Error("dragging the thumb panned time")
	}

	// A tap on the track below the thumb pages down; above it, back up.
	_, t1, _ := L2.Scrollbar()
	below := fyne.NewPos(thumb.X, float32((t1+L2.Plot.Y1)/2/px))
	test.TapAt(v.area, below)
	L3, _ := v.layout()
	if d := L3.ScrollY - L2.ScrollY; d < 0.8*L.viewH() || d > L.viewH() {
		t.Errorf("a tap below the thumb scrolled %g px, the window is %g", d, L.viewH())
	}
	t0, _, _ := L3.Scrollbar()
	test.TapAt(v.area, fyne.NewPos(thumb.X, float32((L3.Plot.Y0+t0)/2/px)))
	if L4, _ := v.layout(); L4.ScrollY >= L3.ScrollY {
		t.Errorf("a tap above the thumb did not page up: %g → %g", L3.ScrollY, L4.ScrollY)
	}
	if v.card.Visible() {
		t.Error("a tap on the scrollbar opened an event's card")
	}
}
