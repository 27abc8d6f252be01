package timeline

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
)

// scale is the current range on the plot's pixels. The plot's width does
// not depend on the range, so the last drawn layout's serves: a pan or zoom
// step needs no new layout.
func (v *View) scale() (Scale, float64) {
	L, px := v.last, v.lastPx
	if L == nil {
		L, px = v.layout()
	}
	s := L.Scale
	s.From, s.To = v.scene().Range()
	return s, px
}

// zoom scales the visible range by factor around the point at fraction
// frac of the plot's width.
func (v *View) zoom(factor, frac float64) {
	s, _ := v.scale()
	if s.X1 == s.X0 {
		return
	}
	v.viewChanged(s.Zoom(factor, s.X0+frac*(s.X1-s.X0)))
}

// pan moves the visible range by dx device-independent units.
func (v *View) pan(dx float32) {
	s, px := v.scale()
	v.viewChanged(s.Pan(float64(dx) * px))
}

// hit is the event under a point in Fyne units.
func (v *View) hit(pos fyne.Position) (*data.Event, bool) {
	L, px := v.layout()
	return L.Hit(float64(pos.X)*px, float64(pos.Y)*px)
}

func (v *View) tapped(pos fyne.Position) {
	e, ok := v.hit(pos)
	id := ""
	if ok {
		id = e.ID
	}
	v.SelectEvent(id)
	v.fire(id)
}

// area is the interactive surface over the raster.
type area struct {
	widget.BaseWidget
	v        *View
	dragging bool
	onBar    bool // the drag began on the lanes' scrollbar: it moves the thumb
}

var (
	_ fyne.Tappable     = (*area)(nil)
	_ fyne.Scrollable   = (*area)(nil)
	_ fyne.Draggable    = (*area)(nil)
	_ desktop.Hoverable = (*area)(nil)
)

func newArea(v *View) *area {
	a := &area{v: v}
	a.ExtendBaseWidget(a)
	return a
}

func (a *area) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(a.v.raster) }
func (a *area) MinSize() fyne.Size                  { return fyne.NewSize(320, 200) }

func (a *area) Tapped(e *fyne.PointEvent) {
	if a.v.onScrollbar(e.Position) {
		a.v.pageLanes(e.Position)
		return
	}
	a.v.tapped(e.Position)
}

// Scrolled scrolls the lanes when they overflow the plot, else zooms
// around the pointer: up (away from the user) zooms in. With Ctrl or ⌘ held
// it always zooms, as the toolbar's hint says.
func (a *area) Scrolled(e *fyne.ScrollEvent) {
	a.v.tip.Hide()
	zoom := a.v.mods()&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0
	// Two rows a notch (a desktop notch is 25 units, about one row):
	// 2,000 events make lanes thousands of pixels tall.
	if !zoom && e.Scrolled.DY != 0 && a.v.scrollLanes(-2*e.Scrolled.DY) {
		return
	}
	s, px := a.v.scale()
	if s.X1 == s.X0 {
		return
	}
	factor := math.Pow(0.985, float64(e.Scrolled.DY))
	frac := (float64(e.Position.X)*px - s.X0) / (s.X1 - s.X0)
	a.v.zoom(factor, math.Max(0, math.Min(1, frac)))
}

func (a *area) Dragged(e *fyne.DragEvent) {
	if !a.dragging {
		a.onBar = a.v.onScrollbar(e.Position.Subtract(e.Dragged))
	}
	a.dragging = true
	a.v.tip.Hide()
	if a.onBar {
		a.v.dragThumb(e.Dragged.DY)
		return
	}
	if e.Dragged.DX != 0 {
		a.v.pan(e.Dragged.DX)
	}
	if e.Dragged.DY != 0 {
		a.v.scrollLanes(-e.Dragged.DY) // the lanes follow the pointer
	}
}

func (a *area) DragEnd() { a.dragging, a.onBar = false, false }

func (a *area) MouseIn(e *desktop.MouseEvent) { a.v.hover(e.Position) }
func (a *area) MouseMoved(e *desktop.MouseEvent) {
	if !a.dragging {
		a.v.hover(e.Position)
	}
}
func (a *area) MouseOut() { a.v.tip.Hide() }

// heldKeys are the modifier keys held, where the driver can tell.
func heldKeys() fyne.KeyModifier {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()
	}
	return 0
}

// scrollLanes moves the lanes up by dy Fyne units (down for negative dy),
// reporting false when they fit the plot and do not scroll.
func (v *View) scrollLanes(dy float32) bool {
	L, px := v.layout()
	if !L.Scrolls {
		return false
	}
	nl := L.Rescrolled(L.PosAt(L.ScrollY + float64(dy)*px))
	if nl.ScrollY == L.ScrollY {
		return true // at an end
	}
	v.scroll = nl.Pos
	v.version++
	if v.last == L && v.lastKey.Version == v.version-1 {
		v.lastKey.Version = v.version // the layout holds for the new picture: no new one needed
	}
	v.last = nl
	v.raster.Refresh()
	v.syncHint()
	return true
}

// onScrollbar reports whether pos is on the lanes' scrollbar, give or take
// a few units: a thin bar is hard to hit.
func (v *View) onScrollbar(pos fyne.Position) bool {
	L, px := v.layout()
	if L == nil || !L.Scrolls {
		return false
	}
	x, w := L.scrollbarX(px * screenScale)
	X, Y, slack := float64(pos.X)*px, float64(pos.Y)*px, 4*px
	return X >= x-slack && X <= x+w+slack && Y >= L.Plot.Y0 && Y <= L.Plot.Y1
}

// dragThumb moves the scrollbar's thumb by dy units with the pointer: the
// lanes move by as much times their height over the window's.
func (v *View) dragThumb(dy float32) {
	L, _ := v.layout()
	if L == nil || !L.Scrolls || L.viewH() <= 0 {
		return
	}
	v.scrollLanes(dy * float32(L.ContentH/L.viewH()))
}

// pageLanes scrolls most of a window's height towards pos, a tap on the
// scrollbar's track above or below the thumb.
func (v *View) pageLanes(pos fyne.Position) {
	L, px := v.layout()
	if L == nil || px <= 0 {
		return
	}
	y0, y1, ok := L.Scrollbar()
	if !ok {
		return
	}
	page := float32(0.9 * L.viewH() / px)
	switch Y := float64(pos.Y) * px; {
	case Y < y0:
		v.scrollLanes(-page)
	case Y > y1:
		v.scrollLanes(page)
	}
}

// reveal scrolls event id's row into sight, a third of the way down the
// plot, when it is scrolled out of it.
func (v *View) reveal(id string) {
	if id == "" {
		return
	}
	L, _ := v.layout()
	if !L.Scrolls {
		return
	}
	for i := range L.Items {
		p := &L.Items[i]
		if p.Event.ID != id {
			continue
		}
		if !p.Hidden {
			return
		}
		pos := L.PosAt(p.Box.Y0 + L.ScrollY - L.Plot.Y0 - L.viewH()/3)
		v.scroll = pos
		if v.last == L {
			v.last = L.Rescrolled(pos)
		}
		v.version++
		v.raster.Refresh()
		return
	}
}
