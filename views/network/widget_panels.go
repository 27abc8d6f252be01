package network

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
)

// buildUI makes the toolbar, filters and panels in the current language.
func (v *View) buildUI() {
	lang := v.lang()
	top := container.NewBorder(nil, nil, nil, v.toolbar(lang), v.search)
	left := container.NewVScroll(v.filterPanel(lang))
	left.SetMinSize(fyne.NewSize(190, 0))
	if v.noFilters {
		left.Hide()
	}
	v.detailScroll = container.NewVScroll(container.NewPadded(v.detail))
	right := container.New(fixedWidth(detailWidth), v.detailScroll)
	if v.noDetail {
		right.Hide()
	}
	v.legend.relabel()
	centre := container.NewStack(v.canvas, v.legendBox, container.NewWithoutLayout(v.tip))
	v.content.Objects = []fyne.CanvasObject{container.NewBorder(top, nil, left, right, centre)}
	v.content.Refresh()
	v.showSelection()
}

// toolbar is the row right of the search: sizing, legend, zoom, fit, reset
// and export.
func (v *View) toolbar(lang string) *fyne.Container {
	v.search.SetPlaceHolder(word("search", lang))
	btn := func(icon fyne.Resource, fn func()) *widget.Button {
		b := widget.NewButtonWithIcon("", icon, fn)
		b.Importance = widget.LowImportance
		return b
	}
	exportBtn := widget.NewButtonWithIcon(word("export", lang), theme.DocumentSaveIcon(), func() {
		if v.OnExport != nil {
			v.OnExport()
		}
	})
	// The legend floats over the canvas (legendPanel); the picture on
	// screen never gives it a column.
	legend := widget.NewCheck(word("legend", lang), v.ShowLegend)
	legend.Checked = v.legendBox.Visible()
	byDeals := widget.NewCheck(word("bydeals", lang), func(on bool) {
		if on {
			v.SetSizeBy(SizeByDegree)
		} else {
			v.SetSizeBy(SizeByValue)
		}
	})
	byDeals.Checked = v.sc.SizeBy == SizeByDegree
	return container.NewHBox(
		byDeals,
		legend,
		btn(theme.ZoomInIcon(), func() { v.zoomBy(1.25, v.canvasCentre()) }),
		btn(theme.ZoomOutIcon(), func() { v.zoomBy(0.8, v.canvasCentre()) }),
		btn(theme.ZoomFitIcon(), v.Fit),
		widget.NewButtonWithIcon(word("reset", lang), theme.ViewRefreshIcon(), v.ResetLayout),
		exportBtn,
	)
}

// filterPanel is the left panel: a check per relation type and per camp,
// each camp with the button that highlights it.
func (v *View) filterPanel(lang string) *widget.Accordion {
	v.typeCheck = map[string]*widget.Check{}
	types := container.NewVBox()
	for _, t := range data.RelationTypes {
		c := widget.NewCheck(data.TypeName(t, lang), func(on bool) {
			v.sc.HiddenTypes[t] = !on
			v.changed()
			v.filtered()
		})
		c.Checked = !v.sc.HiddenTypes[t]
		v.typeCheck[t] = c
		types.Add(c)
	}
	v.campCheck = map[string]*widget.Check{}
	camps := container.NewVBox()
	if v.sc.Data != nil {
		for _, cp := range v.sc.Data.Camps {
			id := cp.ID
			name := cp.Name.In(lang) // short: the legend and hover spell it out
			if cp.Status == data.Forecast {
				name += word("forecast", lang)
			}
			c := widget.NewCheck(name, func(on bool) {
				v.sc.HiddenCamps[id] = !on
				v.changed()
				v.filtered()
			})
			c.Checked = !v.sc.HiddenCamps[id]
			v.campCheck[id] = c
			lit := &widget.Button{Icon: theme.RadioButtonCheckedIcon(), Importance: widget.LowImportance, OnTapped: func() { v.HighlightCamp(id) }}
			if v.litCamp == id {
				lit.Importance = widget.HighImportance
			}
			camps.Add(container.NewBorder(nil, nil, nil, lit, c))
		}
	}
	filters := widget.NewAccordion(
		widget.NewAccordionItem(word("relations", lang), types),
		widget.NewAccordionItem(word("camps", lang), camps),
	)
	filters.MultiOpen = true
	filters.OpenAll()
	return filters
}

// detailWidth is the detail panel's width: fixed, so long texts wrap or
// shorten rather than squeeze the canvas.
const detailWidth = 300

type fixedWidth float32

func (w fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(w), h)
}

func (w fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
