package timeline

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/picture"
)

// View is the timeline on screen: a raster of Draw with zoom, pan, hover,
// click-to-open an event card, a lanes switch, search and filters. All its
// methods must be called on the UI goroutine (as the picture cache's).
type View struct {
	widget.BaseWidget

	// OnSelectEvent is called with an event's ID when the user clicks it,
	// and with "" when the user clears the selection.
	OnSelectEvent func(id string)
	// OnExport is called by the Export button; the app exports Current().
	OnExport func()

	ds        *data.Dataset
	lang      string
	theme     export.Theme
	from, to  time.Time // zero: the full range
	mode      Mode
	asOf      time.Time
	selected  string
	highlight []string
	query     Query
	scroll    float64 // the lane position at the top (Scene.Scroll)
	// mods are the keys held, read when the wheel turns (Ctrl/⌘ zooms).
	mods func() fyne.KeyModifier
	hint *widget.Label // how the wheel works, while the lanes scroll

	// pic is the last full picture: while a pan or zoom is under way it is
	// moved and stretched instead of redrawn (a full redraw of 2,000 events
	// took longer than a drag step), and drawn afresh once the view rests
	// for picture.SettleDelay. baseL is its layout.
	version int // bumped by every change but the range
	pic     *picture.Cache[picture.Key, timeSpan]
	baseL   *Layout
	// last is the layout as last drawn or laid out, for hit-testing; lastKey
	// what it was drawn for, lastPx its device pixels per Fyne unit.
	last    *Layout
	lastPx  float64
	lastKey picture.Key

	area   *area
	raster *canvas.Raster
	tip    *fyne.Container
	// tipLayer holds the tooltip over the picture. It is always shown: a
	// hidden object's own Refresh does not reach the window, so showing
	// the tooltip refreshes its layer.
	tipLayer   *fyne.Container
	tipText    *widget.Label
	tipBG      *canvas.Rectangle
	card       *fyne.Container
	cardBox    *fyne.Container
	cardScroll *container.Scroll
	cardBG     *canvas.Rectangle

	search                *widget.Entry
	company, typ, status  *widget.Select
	lanes                 *widget.RadioGroup
	zoomIn, zoomOut, fit  *widget.Button
	exportBtn, closeCard  *widget.Button
	companyIDs, statusIDs []string
	typeIDs               []string
	updatingControls      bool
}

// NewView makes a timeline of ds in lang ("zh" or "en"), light theme, by
// camp, full range.
func NewView(ds *data.Dataset, lang string) *View {
	v := &View{ds: ds, lang: lang, theme: export.Light, mode: ByCamp, mods: heldKeys}
	v.ExtendBaseWidget(v)
	v.build()
	v.pic.SettleBy(picture.Settling{Delay: picture.SettleDelay, Do: fyne.Do, Refresh: v.raster.Refresh})
	return v
}

func (v *View) build() {
	v.raster = canvas.NewRaster(v.draw)
	v.pic = picture.New(v.drawBase, v.moveBase)
	v.area = newArea(v)
	v.tipText = widget.NewLabel("")
	v.tipBG = canvas.NewRectangle(color.Transparent)
	v.tipBG.CornerRadius = 4
	v.tip = container.NewStack(v.tipBG, v.tipText)
	v.tip.Hide()
	v.tipLayer = container.NewWithoutLayout(v.tip)

	v.search = widget.NewEntry()
	v.search.OnChanged = func(s string) { v.setQuery(func(q *Query) { q.Text = s }) }
	v.company = widget.NewSelect(nil, func(s string) { v.setQuery(func(q *Query) { q.Company = pick(v.company, v.companyIDs) }) })
	v.typ = widget.NewSelect(nil, func(s string) { v.setQuery(func(q *Query) { q.Type = pick(v.typ, v.typeIDs) }) })
	v.status = widget.NewSelect(nil, func(s string) {
		v.setQuery(func(q *Query) { q.Status = data.Status(pick(v.status, v.statusIDs)) })
	})
	v.lanes = widget.NewRadioGroup(nil, func(s string) {
		if v.updatingControls {
			return
		}
		m := ByCamp
		if s == tr(v.lang, "byCompany") {
			m = ByCompany
		}
		v.SetMode(m)
	})
	v.lanes.Horizontal = true
	v.lanes.Required = true
	v.zoomIn = &widget.Button{Text: "+", OnTapped: func() { v.zoom(0.5, 0.5) }}
	v.zoomOut = &widget.Button{Text: "−", OnTapped: func() { v.zoom(2, 0.5) }}
	v.fit = &widget.Button{OnTapped: v.Fit}
	v.exportBtn = &widget.Button{OnTapped: func() {
		if v.OnExport != nil {
			v.OnExport()
		}
	}}
	v.hint = &widget.Label{Importance: widget.LowImportance}
	v.hint.Hide()
	v.closeCard = &widget.Button{Text: "×", Importance: widget.LowImportance, OnTapped: func() { v.SelectEvent(""); v.fire("") }}
	v.cardBox = container.NewVBox()
	v.cardScroll = container.NewVScroll(v.cardBox)
	// The card floats over the picture's right edge on its own background,
	// above the tooltip; it takes the pointer, so that a click or hover on
	// it never reaches the events under it.
	v.cardBG = canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	v.card = container.NewStack(&absorb{onHover: func() { v.tip.Hide(); v.tipLayer.Refresh() }}, v.cardBG,
		container.NewBorder(container.NewBorder(nil, nil, nil, v.closeCard), nil, nil, nil, v.cardScroll))
	v.card.Hide()
	v.setControls()
}

// CreateRenderer lays out the toolbar above the picture, the card at its right.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	filters := container.NewGridWithColumns(3, v.company, v.typ, v.status)
	// The search and the filters share what room is left and truncate: no
	// content (a long company name, a translation) may widen the window.
	bar := container.NewBorder(nil, nil, v.lanes,
		container.NewHBox(v.zoomOut, v.zoomIn, v.fit, v.exportBtn),
		container.New(&shrink{w: 240}, container.NewGridWithColumns(2, v.search, filters)))
	// The card takes no width from the picture: opening it leaves the lanes
	// and rows where they were.
	right := container.New(&rightEdge{w: 320}, v.card)
	// The wheel's hint floats in the picture's lower left corner, over the
	// lane names' column, rather than taking room in the toolbar.
	hint := container.New(&corner{}, v.hint)
	return widget.NewSimpleRenderer(container.NewBorder(bar, nil, nil, nil, container.NewStack(v.area, v.tipLayer, hint, right)))
}

// scene is a copy of the current scene, safe to hand to a drawing.
func (v *View) scene() Scene {
	return Scene{Data: v.ds, From: v.from, To: v.to, Mode: v.mode, AsOf: v.asOf,
		Selected: v.selected, Highlight: append([]string(nil), v.highlight...), Query: v.query, Scroll: v.scroll}
}

// Scene is what the view shows now.
func (v *View) Scene() Scene { return v.scene() }

// SetDataset shows another dataset, at its full range, clearing selection.
func (v *View) SetDataset(ds *data.Dataset) {
	v.ds, v.from, v.to, v.selected, v.query, v.scroll = ds, time.Time{}, time.Time{}, "", Query{}, 0
	v.card.Hide()
	v.setControls()
	v.changed()
}

// SetLang switches the language of the picture and the controls.
func (v *View) SetLang(lang string) {
	v.lang = lang
	v.setControls()
	v.showCard(v.selected)
	v.changed()
}

// SetAsOf moves the cursor; the zero time removes it.
func (v *View) SetAsOf(t time.Time) {
	v.asOf = t
	v.changed()
}

// SetTheme sets the picture's colours (the app follows its own theme).
func (v *View) SetTheme(th export.Theme) {
	v.theme = th
	v.changed()
}

// SetMode switches lanes between by camp and by company.
func (v *View) SetMode(m Mode) {
	v.mode, v.scroll = m, 0 // other lanes: start at the top
	v.setControls()
	v.changed()
}

// SelectEvent emphasises an event and opens its card ("" clears). It does
// not call OnSelectEvent, so the app can echo selections without loops.
func (v *View) SelectEvent(id string) {
	v.selected = id
	v.showCard(id) // first: the card narrows the plot, and so lengthens the lanes
	v.changed()
	v.reveal(id)
}

// Highlight emphasises the events of these companies (nil: none).
func (v *View) Highlight(companyIDs []string) {
	v.highlight = append([]string(nil), companyIDs...)
	v.changed()
}

// Fit shows the full range.
func (v *View) Fit() {
	v.from, v.to = time.Time{}, time.Time{}
	v.changed()
}

// SetRange shows [from, to).
func (v *View) SetRange(from, to time.Time) {
	v.from, v.to = from, to
	v.changed()
}

// Current is the picture as seen: range, lanes, filters, as-of, selection
// (the export's choices say whether range, scroll and selection stay).
func (v *View) Current() export.Item {
	return ItemFor(v.scene(), v.lang)
}

func (v *View) setQuery(edit func(*Query)) {
	if v.updatingControls {
		return
	}
	edit(&v.query)
	v.changed()
}

func (v *View) fire(id string) {
	if v.OnSelectEvent != nil {
		v.OnSelectEvent(id)
	}
}
