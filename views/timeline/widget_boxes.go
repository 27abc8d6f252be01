package timeline

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// shrink lays its objects out at full size but asks for at most w of width,
// so that what it holds truncates rather than grows its window.
type shrink struct{ w float32 }

func (l *shrink) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (l *shrink) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	m.Width = min(m.Width, l.w)
	return m
}

// corner puts its objects at their own size in the lower left corner and
// asks for no room.
type corner struct{}

func (corner) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		m := o.MinSize()
		o.Resize(m)
		o.Move(fyne.NewPos(0, size.Height-m.Height))
	}
}

func (corner) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// rightEdge puts its objects along the right edge, w wide and full height,
// and asks for no room.
type rightEdge struct{ w float32 }

func (l *rightEdge) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(l.w, size.Width)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos(size.Width-w, 0))
	}
}

func (l *rightEdge) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// absorb takes taps and the pointer over the card, so that the picture
// under it neither selects nor shows a tooltip there.
type absorb struct {
	widget.BaseWidget
	onHover func()
}

func (a *absorb) CreateRenderer() fyne.WidgetRenderer {
	a.ExtendBaseWidget(a)
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}
func (a *absorb) Tapped(*fyne.PointEvent)        {}
func (a *absorb) MouseIn(*desktop.MouseEvent)    { a.onHover() }
func (a *absorb) MouseMoved(*desktop.MouseEvent) {}
func (a *absorb) MouseOut()                      {}
func (a *absorb) Scrolled(*fyne.ScrollEvent)     {}
func (a *absorb) Dragged(*fyne.DragEvent)        {}
func (a *absorb) DragEnd()                       {}
