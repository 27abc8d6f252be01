package network

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/wcharczuk/go-chart/v2"

	vcanvas "github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/export"
)

// The on-screen legend floats over the network's upper right corner, a
// compact copy of the exports' (drawLegend, at panelScale of its size), and
// folds to its title. It is the same drawing as the slides', so it follows
// the filters as they do.
const (
	panelWidth = 236 // Fyne units
	panelScale = float64(panelWidth) / legendWidth
	panelRowH  = 20.0 // a row's height the panel asks for, in Fyne units
)

// legendPanel is the legend overlay: a title button that folds it, and the
// picture under it.
type legendPanel struct {
	v      *View
	open   bool
	chosen bool // the user folded or opened it: no longer follow the width
	title  *widget.Button
	raster *canvas.Raster
	body   *fyne.Container // title and picture
	taps   *legendTaps     // over the picture: a camp's row highlights it
	bg     *canvas.Rectangle
	memo   *textMemo
}

func newLegendPanel(v *View) *legendPanel {
	p := &legendPanel{v: v, open: true, memo: newTextMemo()}
	p.raster = canvas.NewRaster(p.draw)
	p.title = &widget.Button{Alignment: widget.ButtonAlignLeading, Importance: widget.LowImportance, OnTapped: p.toggle}
	p.bg = canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	p.bg.CornerRadius = 6
	p.taps = &legendTaps{p: p}
	p.taps.ExtendBaseWidget(p.taps)
	p.body = container.NewStack(p.bg, container.NewBorder(p.title, nil, nil, nil, container.NewStack(p.raster, p.taps)))
	p.relabel()
	return p
}

func (p *legendPanel) toggle() {
	p.open, p.chosen = !p.open, true
	p.relabel()
	p.v.legendBox.Refresh() // its height
	p.raster.Refresh()
}

func (p *legendPanel) relabel() {
	icon := theme.MenuDropDownIcon()
	if !p.open {
		icon = theme.MenuExpandIcon()
	}
	p.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground) // the window's theme may have changed
	p.bg.Refresh()
	p.title.SetIcon(icon)
	p.title.SetText(word("legend", p.v.lang()))
	p.raster.Hidden = !p.open
	if p.taps != nil {
		p.taps.Hidden = !p.open
	}
}

// legendTaps catches clicks on the legend's picture: a click on a camp's
// row highlights the camp (again: ends it), as the camp filter's button does.
type legendTaps struct {
	widget.BaseWidget
	p *legendPanel
}

func (t *legendTaps) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Tapped finds the row with the legend's own layout, in Fyne units.
func (t *legendTaps) Tapped(ev *fyne.PointEvent) {
	if id := t.p.campAt(ev.Position, t.Size()); id != "" {
		t.p.v.HighlightCamp(id)
	}
}

// Cursor is a hand: the legend's rows act.
func (t *legendTaps) Cursor() desktop.Cursor { return desktop.PointerCursor }

// campAt is the camp whose legend row is at pos in a picture of size.
func (p *legendPanel) campAt(pos fyne.Position, size fyne.Size) string {
	sc := &p.v.sc
	if sc.Data == nil || size.Width < 2 {
		return ""
	}
	box := chart.NewBox(0, 0, int(size.Width), int(size.Height))
	f := export.Frame{Box: box, Scale: float64(size.Width) / legendWidth, Theme: p.v.theme, Lang: sc.Lang}
	return layLegend(f, sc, box).campAt(float64(pos.X), float64(pos.Y))
}

// width is the panel's: the picture's when open, the title's when folded,
// so that the folded title covers as little of the network as it can.
func (p *legendPanel) width() float32 {
	if !p.open {
		return p.title.MinSize().Width
	}
	return panelWidth
}

// rows is how many rows the legend of the scene has, for its height.
func (p *legendPanel) rows() int {
	sc := &p.v.sc
	if sc.Data == nil {
		return 0
	}
	camps, types, widths, noCamp := legendContent(sc)
	n := 4 + 2*len(camps) + len(types) + len(widths) + 4
	if noCamp {
		n++
	}
	return n
}

func (p *legendPanel) draw(w, h int) image.Image {
	sc := p.v.sc
	if sc.Data == nil || w < 2 || h < 2 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	scale := float64(w) / legendWidth
	img, err := export.Image(w, h, scale, p.v.theme, sc.Lang, func(f export.Frame) error {
		drawLegend(f, &sc, p.memo, f.Box)
		vcanvas.Flush(f.C)
		return nil
	})
	if err != nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return img
}

// panelLayout puts the panel in the upper right corner of the canvas, as
// tall as its rows ask but never taller than the canvas allows, and asks for
// no room itself: the network keeps the whole canvas.
type panelLayout struct{ p *legendPanel }

func (l panelLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	const margin = 8
	// Until the user says otherwise, the legend opens only where it leaves
	// the network most of the canvas.
	if open := size.Width >= 3*panelWidth; !l.p.chosen && open != l.p.open {
		l.p.open = open
		l.p.relabel()
	}
	titleH := l.p.title.MinSize().Height
	h := titleH
	if l.p.open {
		h += float32(l.p.rows()) * panelRowH
	}
	h = min(h, size.Height-2*margin)
	w := min(l.p.width(), size.Width-2*margin)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, max(h, titleH)))
		o.Move(fyne.NewPos(size.Width-w-margin, margin))
	}
	l.p.v.setInset()
}

func (panelLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }
