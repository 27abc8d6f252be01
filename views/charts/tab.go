package charts

import (
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// Tab is the Charts tab: the list of the data's charts on the left, the
// selected one drawn at the window's real pixel size, and its sources below.
// It draws through the same DrawFunc as the export, so the screen shows what
// the slide will.
type Tab struct {
	widget.BaseWidget

	// OnExport is called by the tab's Export… button.
	OnExport func()

	ds    *data.Dataset
	lang  string
	asOf  time.Time
	theme export.Theme
	items []export.Item
	cur   int // index into items; -1 when there are none

	list    *widget.List
	title   *widget.Label
	raster  *canvas.Raster
	caption *widget.Label
	export  *widget.Button
	content fyne.CanvasObject
}

// NewTab builds the tab over a dataset, in a language ("zh" or "en").
func NewTab(ds *data.Dataset, lang string) *Tab {
	t := &Tab{ds: ds, lang: lang, theme: export.Light, cur: -1}
	t.ExtendBaseWidget(t)
	t.buildUI()
	t.reload()
	return t
}

func (t *Tab) buildUI() {
	t.list = widget.NewList(
		func() int { return len(t.items) },
		func() fyne.CanvasObject { return widget.NewLabel("chart title placeholder") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(t.items[i].Title) },
	)
	t.list.OnSelected = t.onSelected
	t.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	t.caption = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	t.raster = canvas.NewRaster(t.paint)
	t.export = &widget.Button{Icon: theme.DocumentSaveIcon(), OnTapped: t.onExport}
	top := container.NewBorder(nil, nil, nil, t.export, t.title)
	right := container.NewBorder(top, t.caption, nil, nil, t.raster)
	split := container.NewHSplit(t.list, right)
	split.Offset = 0.22
	t.content = split
}

// CreateRenderer implements fyne.Widget.
func (t *Tab) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.content) }

// paint draws the current chart at w×h device pixels; the scale is device
// pixels per Fyne unit, so text stays the same size and crisp on HiDPI.
func (t *Tab) paint(w, h int) image.Image {
	it := t.Current()
	if it.Draw == nil || w < 2 || h < 2 {
		return image.NewUniform(color.Transparent)
	}
	scale := 1.0
	if sw := t.raster.Size().Width; sw > 0 {
		scale = float64(w) / float64(sw)
	}
	// Lengths are designed for a 1920×1080 slide; a chart pane is smaller, so
	// text shrinks with it, but never below legibility.
	wu, hu := float64(w)/scale, float64(h)/scale
	scale *= math.Max(0.55, math.Min(1, math.Min(wu/1280, hu/720)))
	inset := func(f export.Frame) error { // a margin, as the slide's frame has
		m := int(f.Px(20))
		f.Box = chart.NewBox(f.Box.Top+m, f.Box.Left+m, f.Box.Right-m, f.Box.Bottom-m)
		return it.Draw(f)
	}
	img, err := export.Image(w, h, scale, t.theme, t.lang, inset)
	if err != nil {
		img, _ = export.Image(w, h, scale, t.theme, t.lang, func(f export.Frame) error {
			f.Text(f.Fit(err.Error(), f.Px(16), f.Box.Width()), f.Box.Left+int(f.Px(16)), f.Box.Top+int(f.Px(32)), f.Px(16), f.Theme.Muted)
			return nil
		})
	}
	return img
}

func (t *Tab) onSelected(i widget.ListItemID) {
	if i < 0 || i >= len(t.items) || i == t.cur {
		return
	}
	t.cur = i
	t.show()
}

func (t *Tab) onExport() {
	if t.OnExport != nil {
		t.OnExport()
	}
}

// reload rebuilds the items for the current data, language and date,
// keeping the selected chart when it still exists.
func (t *Tab) reload() {
	name := t.Current().Name
	t.items = Items(t.ds, t.lang, t.asOf)
	t.cur = -1
	for i, it := range t.items {
		if it.Name == name {
			t.cur = i
		}
	}
	if t.cur < 0 && len(t.items) > 0 {
		t.cur = 0
	}
	t.export.SetText(word(t.lang, "export…"))
	t.export.Disable()
	if t.cur >= 0 {
		t.export.Enable()
	}
	t.list.Refresh()
	if t.cur >= 0 {
		t.list.Select(t.cur)
	} else {
		t.list.UnselectAll()
	}
	t.show()
}

// show updates the title, caption and picture for the current chart.
func (t *Tab) show() {
	it := t.Current()
	t.title.SetText(it.Title)
	caption := it.Footer
	if it.Subtitle != "" {
		caption = it.Subtitle + "\n" + caption
	}
	if it.AsOf != "" {
		caption += " · " + it.AsOf
	}
	if len(t.items) == 0 {
		caption = word(t.lang, "no charts")
	}
	t.caption.SetText(caption)
	t.raster.Refresh()
}

// Current is the chart on show; the zero Item when the data has none.
func (t *Tab) Current() export.Item {
	if t.cur < 0 || t.cur >= len(t.items) {
		return export.Item{}
	}
	return t.items[t.cur]
}

// Select shows the chart with this id; unknown ids are ignored.
func (t *Tab) Select(id string) {
	for i, it := range t.items {
		if it.Name == id {
			t.list.Select(i)
			return
		}
	}
}

// SetDataset replaces the data, e.g. after a file is reloaded.
func (t *Tab) SetDataset(ds *data.Dataset) { t.ds = ds; t.reload() }

// SetLang switches the language of titles and labels.
func (t *Tab) SetLang(lang string) { t.lang = lang; t.reload() }

// SetAsOf shows deals and figures as of a date; the zero time shows all.
func (t *Tab) SetAsOf(d time.Time) { t.asOf = d; t.reload() }

// SetTheme switches the picture's colours (the app's light or dark look).
func (t *Tab) SetTheme(th export.Theme) { t.theme = th; t.raster.Refresh() }
