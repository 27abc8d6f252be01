package timeline

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/figure"
)

// View is the timeline on screen: a raster of Draw with zoom, pan, hover,
// click-to-open an event card, a lanes switch, search and filters.
type View struct {
	widget.BaseWidget

	// OnSelectEvent is called with an event's ID when the user clicks it,
	// and with "" when the user clears the selection.
	OnSelectEvent func(id string)
	// OnExport is called by the Export button; the app exports Current().
	OnExport func()

	mu        sync.Mutex // guards the scene against the raster's draw
	ds        *data.Dataset
	lang      string
	theme     export.Theme
	from, to  time.Time // zero: the full range
	mode      Mode
	asOf      time.Time
	selected  string
	highlight []string
	query     Query
	last      *Layout // as last drawn, for hit-testing
	lastPx    float64 // device pixels per Fyne unit of the last draw
	lastKey   [3]int  // version, width, height last's drawing was for
	scroll    float64 // the lane position at the top (Scene.Scroll)
	// mods are the keys held, read when the wheel turns (Ctrl/⌘ zooms).
	mods func() fyne.KeyModifier
	hint *widget.Label // how the wheel works, while the lanes scroll

	// base is the last full picture, at baseL's range: while a pan or zoom
	// is under way it is moved and stretched instead of redrawn (a full
	// redraw of 2,000 events took longer than a drag step), and drawn
	// afresh once the view rests for settleDelay.
	version  int // bumped by every change but the range
	base     *image.RGBA
	baseL    *Layout
	baseKey  [3]int // version, width, height
	lastView time.Time
	viewGen  int
	// settleTimer redraws after a gesture rests (off in tests, whose UI
	// queue must carry only what they wait for).
	settleTimer bool

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
	v := &View{ds: ds, lang: lang, theme: export.Light, mode: ByCamp, settleTimer: true, mods: heldKeys}
	v.ExtendBaseWidget(v)
	v.build()
	return v
}

func (v *View) build() {
	v.raster = canvas.NewRaster(v.draw)
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

// scene is a copy of the current scene, safe to hand to a drawing.
func (v *View) scene() Scene {
	v.mu.Lock()
	defer v.mu.Unlock()
	return Scene{Data: v.ds, From: v.from, To: v.to, Mode: v.mode, AsOf: v.asOf,
		Selected: v.selected, Highlight: append([]string(nil), v.highlight...), Query: v.query, Scroll: v.scroll}
}

// Scene is what the view shows now.
func (v *View) Scene() Scene { return v.scene() }

// draw renders the raster at its real pixel size: the last picture moved
// while a pan or zoom is under way, else a full drawing.
func (v *View) draw(w, h int) image.Image {
	px := 1.0
	if s := v.area.Size(); s.Width > 0 {
		px = float64(w) / float64(s.Width)
	}
	sc := v.scene()
	v.mu.Lock()
	th, lang := v.theme, v.lang
	key := [3]int{v.version, w, h}
	base, baseL, baseKey := v.base, v.baseL, v.baseKey
	settled := time.Since(v.lastView) >= settleDelay
	L, lastKey := v.last, v.lastKey
	v.mu.Unlock()
	from, to := sc.Range()
	if base != nil && key == baseKey && !settled {
		if from.Equal(baseL.RangeFrom) && to.Equal(baseL.RangeTo) {
			return base
		}
		return moveRange(base, baseL.Scale, from, to, th.Background)
	}
	if L == nil || lastKey != key || !from.Equal(L.RangeFrom) || !to.Equal(L.RangeTo) {
		L = nil // laid out for another state or size: lay out again
	}
	img, err := export.Image(w, h, px*screenScale, th, lang, func(f export.Frame) error {
		f.Box = inset(f.Box, int(f.Px(12)))
		if L == nil {
			L = Compute(f, sc)
		}
		L.Paint(f, sc)
		paintScrollbar(f, L) // the screen's alone: an export notes hidden lanes instead
		return nil
	})
	if err != nil || L == nil {
		// Nothing laid out: an error, or a canvas with no room (Fyne asks
		// for negative widths while a window shrinks).
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	v.mu.Lock()
	v.last, v.lastPx, v.lastKey = L, px, key
	v.base, v.baseL, v.baseKey = img, L, key
	v.mu.Unlock()
	if L.Scrolls != v.hint.Visible() {
		fyne.Do(v.syncHint) // rarely: when the lanes start or stop overflowing
	}
	return img
}

// settleDelay is how long after the last pan or zoom step the picture is
// drawn afresh; until then the last one is moved.
const settleDelay = 150 * time.Millisecond

// moveRange is base, drawn at scale s, as it would look at [from, to): the
// plot's columns (with the era names above and the dates below) moved and
// stretched, nearest pixel, background where base has nothing; the lane
// names stay.
func moveRange(base *image.RGBA, s Scale, from, to time.Time, bg color.Color) *image.RGBA {
	out := image.NewRGBA(base.Rect)
	copy(out.Pix, base.Pix)
	b := base.Rect
	x0, x1 := max(b.Min.X, int(math.Ceil(s.X0))), min(b.Max.X, int(math.Floor(s.X1)))
	if x1 <= x0 {
		return out
	}
	now := Scale{From: from, To: to, X0: s.X0, X1: s.X1}
	src := make([]int, x1-x0) // the column of base each column shows, or -1
	for x := x0; x < x1; x++ {
		sx := int(math.Floor(s.X(now.Time(float64(x) + 0.5))))
		if sx < x0 || sx >= x1 {
			sx = -1
		}
		src[x-x0] = sx
	}
	r, g, bl, a := bg.RGBA()
	fill := [4]uint8{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := out.Pix[out.PixOffset(x0, y) : out.PixOffset(x1-1, y)+4]
		brow := base.Pix[base.PixOffset(b.Min.X, y):]
		for i, sx := range src {
			if sx < 0 {
				copy(row[4*i:4*i+4], fill[:])
				continue
			}
			j := 4 * (sx - b.Min.X)
			copy(row[4*i:4*i+4], brow[j:j+4])
		}
	}
	return out
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
	v.mu.Lock()
	L, px := v.last, v.lastPx
	v.mu.Unlock()
	if L != nil && L.RangeFrom.Equal(from) && L.RangeTo.Equal(to) {
		return L, px
	}
	if L != nil && px > 0 {
		// Same size and state, another range: lay out again at the size
		// of the last picture.
		s := v.area.Size()
		w, h := int(math.Round(float64(s.Width)*px)), int(math.Round(float64(s.Height)*px))
		if w >= 1 && h >= 1 {
			v.mu.Lock()
			th, lang := v.theme, v.lang
			v.mu.Unlock()
			f := export.Frame{Box: chart.NewBox(0, 0, w, h), Scale: px * screenScale, Theme: th, Lang: lang}
			f.Box = inset(f.Box, int(f.Px(12)))
			L = Compute(f, sc)
			v.mu.Lock()
			v.last = L
			v.mu.Unlock()
			return L, px
		}
	}
	s := v.area.Size()
	w, h := int(s.Width), int(s.Height)
	if w < 1 || h < 1 {
		return &Layout{}, 1
	}
	v.mu.Lock()
	th, lang := v.theme, v.lang
	v.mu.Unlock()
	f := export.Frame{Box: chart.NewBox(0, 0, w, h), Scale: screenScale, Theme: th, Lang: lang}
	f.Box = inset(f.Box, int(f.Px(12)))
	L = Compute(f, v.scene())
	v.mu.Lock()
	v.last, v.lastPx = L, 1
	v.mu.Unlock()
	return L, 1
}

// changed drops the cached layout and picture, and redraws.
func (v *View) changed() {
	v.mu.Lock()
	v.last = nil
	v.version++
	v.mu.Unlock()
	v.raster.Refresh()
}

// viewChanged follows a pan or zoom step to [from, to): the last picture
// moves at once, and is drawn afresh when the gesture rests.
func (v *View) viewChanged(from, to time.Time) {
	v.mu.Lock()
	v.from, v.to = from, to
	v.viewGen++
	v.lastView = time.Now()
	gen, timer := v.viewGen, v.settleTimer
	v.mu.Unlock()
	if timer {
		time.AfterFunc(settleDelay, func() {
			fyne.Do(func() {
				v.mu.Lock()
				rest := gen == v.viewGen
				v.mu.Unlock()
				if rest {
					v.raster.Refresh()
				}
			})
		})
	}
	v.raster.Refresh()
}

// SetDataset shows another dataset, at its full range, clearing selection.
func (v *View) SetDataset(ds *data.Dataset) {
	v.mu.Lock()
	v.ds, v.from, v.to, v.selected, v.query, v.scroll = ds, time.Time{}, time.Time{}, "", Query{}, 0
	v.mu.Unlock()
	v.card.Hide()
	v.setControls()
	v.changed()
}

// SetLang switches the language of the picture and the controls.
func (v *View) SetLang(lang string) {
	v.mu.Lock()
	v.lang = lang
	sel := v.selected
	v.mu.Unlock()
	v.setControls()
	v.showCard(sel)
	v.changed()
}

// SetAsOf moves the cursor; the zero time removes it.
func (v *View) SetAsOf(t time.Time) {
	v.mu.Lock()
	v.asOf = t
	v.mu.Unlock()
	v.changed()
}

// SetTheme sets the picture's colours (the app follows its own theme).
func (v *View) SetTheme(th export.Theme) {
	v.mu.Lock()
	v.theme = th
	v.mu.Unlock()
	v.changed()
}

// SetMode switches lanes between by camp and by company.
func (v *View) SetMode(m Mode) {
	v.mu.Lock()
	v.mode, v.scroll = m, 0 // other lanes: start at the top
	v.mu.Unlock()
	v.setControls()
	v.changed()
}

// SelectEvent emphasises an event and opens its card ("" clears). It does
// not call OnSelectEvent, so the app can echo selections without loops.
func (v *View) SelectEvent(id string) {
	v.mu.Lock()
	v.selected = id
	v.mu.Unlock()
	v.showCard(id) // first: the card narrows the plot, and so lengthens the lanes
	v.changed()
	v.reveal(id)
}

// Highlight emphasises the events of these companies (nil: none).
func (v *View) Highlight(companyIDs []string) {
	v.mu.Lock()
	v.highlight = append([]string(nil), companyIDs...)
	v.mu.Unlock()
	v.changed()
}

// Fit shows the full range.
func (v *View) Fit() {
	v.mu.Lock()
	v.from, v.to = time.Time{}, time.Time{}
	v.mu.Unlock()
	v.changed()
}

// SetRange shows [from, to).
func (v *View) SetRange(from, to time.Time) {
	v.mu.Lock()
	v.from, v.to = from, to
	v.mu.Unlock()
	v.changed()
}

// Current is the picture as seen: range, lanes, filters, as-of, selection
// (the export's choices say whether range, scroll and selection stay).
func (v *View) Current() export.Item {
	v.mu.Lock()
	lang := v.lang
	v.mu.Unlock()
	return ItemFor(v.scene(), lang)
}

func (v *View) setQuery(edit func(*Query)) {
	if v.updatingControls {
		return
	}
	v.mu.Lock()
	edit(&v.query)
	v.mu.Unlock()
	v.changed()
}

func (v *View) fire(id string) {
	if v.OnSelectEvent != nil {
		v.OnSelectEvent(id)
	}
}

// scale is the current range on the plot's pixels. The plot's width does
// not depend on the range, so the last drawn layout's serves: a pan or zoom
// step needs no new layout.
func (v *View) scale() (Scale, float64) {
	v.mu.Lock()
	L, px := v.last, v.lastPx
	v.mu.Unlock()
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

func (v *View) hover(pos fyne.Position) {
	e, ok := v.hit(pos)
	if !ok {
		v.tip.Hide()
		return
	}
	v.mu.Lock()
	lang := v.lang
	v.mu.Unlock()
	txt := e.Title.In(lang) + "\n" + e.Date.Label(lang)
	if e.End != nil {
		txt += " – " + e.End.Label(lang)
	}
	if e.Status != data.Reported {
		txt += " · " + e.Status.Name(lang)
	}
	v.tipText.SetText(txt)
	v.tipBG.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	v.tipBG.StrokeColor = theme.Color(theme.ColorNameShadow)
	v.tipBG.StrokeWidth = 1
	size := v.tipText.MinSize()
	v.tip.Resize(size)
	v.tip.Move(tipPos(pos, size, v.area.Size()))
	v.tip.Show()
	v.tipLayer.Refresh()
}

// tipPos places a tooltip of size below and right of the pointer at pos;
// above or left where it would leave the picture a (over the window's
// status bar or the event card).
func tipPos(pos fyne.Position, size, a fyne.Size) fyne.Position {
	p := fyne.NewPos(pos.X+14, pos.Y+14)
	if p.X+size.Width > a.Width {
		p.X = max(0, pos.X-14-size.Width)
	}
	if p.Y+size.Height > a.Height {
		p.Y = max(0, pos.Y-14-size.Height)
	}
	return p
}

// showCard fills the event card with id's details, or hides it.
func (v *View) showCard(id string) {
	v.mu.Lock()
	ds, lang := v.ds, v.lang
	v.mu.Unlock()
	e := entryByID(ds, id)
	if e == nil {
		v.card.Hide()
		v.Refresh()
		return
	}
	v.cardBox.Objects = nil
	add := func(s string, style fyne.TextStyle, imp widget.Importance) {
		if s == "" {
			return
		}
		l := &widget.Label{Text: s, TextStyle: style, Wrapping: fyne.TextWrapWord, Importance: imp}
		v.cardBox.Add(l)
	}
	date := e.Date.Label(lang)
	if e.End != nil {
		date += " – " + e.End.Label(lang)
	}
	title := e.Title.In(lang)
	if e.Status == data.Forecast {
		title = forecastPrefix(lang) + title
	}
	add(title, fyne.TextStyle{Bold: true}, widget.MediumImportance)
	add(date, fyne.TextStyle{}, widget.LowImportance)
	add(e.Text.In(lang), fyne.TextStyle{}, widget.MediumImportance)
	add(CardDetails(ds, e, lang), fyne.TextStyle{}, widget.MediumImportance)
	v.cardBG.FillColor = theme.Color(theme.ColorNameBackground) // the window's theme may have changed
	v.card.Show()
	v.cardBox.Refresh()
	v.cardScroll.ScrollToTop() // the new event's text from its start
	v.Refresh()
}

// CardDetails is the card's lower part: parties, linked deals with values,
// status and source ("section ¶N"), one per line.
func CardDetails(ds *data.Dataset, e *data.Event, lang string) string {
	names := map[string]string{}
	for _, c := range ds.Companies {
		names[c.ID] = c.Name.In(lang)
	}
	var lines []string
	if len(e.Parties) > 0 {
		var ps []string
		for _, p := range e.Parties {
			if n := names[p]; n != "" {
				ps = append(ps, n)
			} else {
				ps = append(ps, p)
			}
		}
		sep := ", "
		if lang == "zh" {
			sep = "、"
		}
		lines = append(lines, tr(lang, "parties")+strings.Join(ps, sep))
	}
	for _, rid := range e.Relations {
		for _, r := range ds.Relations {
			if r.ID != rid {
				continue
			}
			s := "• " + r.Title.In(lang)
			if r.ValueUSD != nil {
				s += " — " + figure.Money(*r.ValueUSD, lang) // as charts and network write it
			}
			if r.Status != data.Reported {
				s += " (" + r.Status.Name(lang) + ")"
			}
			lines = append(lines, s)
		}
	}
	for _, st := range StatementsAbout(ds, e.ID) {
		lines = append(lines, StatementLine(ds, st, lang))
	}
	lines = append(lines, tr(lang, "status")+e.Status.Name(lang))
	lines = append(lines, tr(lang, "source")+SourceRef(ds, e.Source, lang))
	return strings.Join(lines, "\n")
}

// SourceRef reads "The split ¶3": the section's title and the paragraph.
func SourceRef(ds *data.Dataset, ref data.Ref, lang string) string {
	name := ref.Section
	for _, s := range ds.Sources {
		if s.ID != ref.Doc {
			continue
		}
		for _, sec := range s.Sections {
			if sec.ID == ref.Section {
				name = sec.Title.In(lang)
			}
		}
	}
	if ref.Paragraph > 0 {
		return fmt.Sprintf("%s ¶%d", name, ref.Paragraph)
	}
	return name
}

// setControls fills the toolbar in the current language from the data.
func (v *View) setControls() {
	v.mu.Lock()
	ds, lang, q, mode := v.ds, v.lang, v.query, v.mode
	v.mu.Unlock()
	v.updatingControls = true
	defer func() { v.updatingControls = false }()
	v.search.SetPlaceHolder(tr(lang, "search"))
	if v.search.Text != q.Text {
		v.search.SetText(q.Text)
	}
	v.companyIDs, v.typeIDs, v.statusIDs = []string{""}, []string{""}, []string{""}
	companies := []string{tr(lang, "allCompanies")}
	types := []string{tr(lang, "allTypes")}
	statuses := []string{tr(lang, "allStatuses")}
	if ds != nil {
		seen := map[string]bool{}
		var cs []data.Company
		for _, e := range ds.Events {
			for _, p := range e.Parties {
				seen[p] = true
			}
		}
		for _, c := range ds.Companies {
			if seen[c.ID] {
				cs = append(cs, c)
			}
		}
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Name.In(lang) < cs[j].Name.In(lang) })
		for _, c := range cs {
			v.companyIDs = append(v.companyIDs, c.ID)
			companies = append(companies, c.Name.In(lang))
		}
		tseen, sseen := map[string]bool{}, map[data.Status]bool{}
		for _, e := range ds.Events {
			tseen[e.Type] = true
			sseen[e.Status] = true
		}
		for _, t := range data.EventTypes {
			if tseen[t] {
				v.typeIDs = append(v.typeIDs, t)
				types = append(types, tr(lang, "type."+t))
			}
		}
		for _, s := range data.Statuses {
			if sseen[s] {
				v.statusIDs = append(v.statusIDs, string(s))
				statuses = append(statuses, s.Name(lang))
			}
		}
	}
	setSel := func(s *widget.Select, opts, ids []string, cur string) {
		s.Options = opts
		i := 0
		for k, id := range ids {
			if id == cur {
				i = k
			}
		}
		s.SetSelectedIndex(i)
	}
	setSel(v.company, companies, v.companyIDs, q.Company)
	setSel(v.typ, types, v.typeIDs, q.Type)
	setSel(v.status, statuses, v.statusIDs, string(q.Status))
	v.lanes.Options = []string{tr(lang, "byCamp"), tr(lang, "byCompany")}
	if mode == ByCompany {
		v.lanes.SetSelected(v.lanes.Options[1])
	} else {
		v.lanes.SetSelected(v.lanes.Options[0])
	}
	v.fit.SetText(tr(lang, "fit"))
	v.exportBtn.SetText(tr(lang, "export"))
}

func pick(s *widget.Select, ids []string) string {
	i := s.SelectedIndex()
	if i < 0 || i >= len(ids) {
		return ""
	}
	return ids[i]
}

var strings2 = map[string][2]string{ // key: {en, zh}
	"search":            {"Search events...", "搜索事件…"},
	"allCompanies":      {"All companies", "全部公司"},
	"allTypes":          {"All types", "全部类型"},
	"allStatuses":       {"Any status", "全部状态"},
	"byCamp":            {"By camp", "按阵营"},
	"byCompany":         {"By company", "按公司"},
	"fit":               {"Fit", "适应窗口"},
	"wheelHint":         {"%s+wheel zooms", "%s+滚轮缩放"},
	"export":            {"Export...", "导出…"},
	"parties":           {"Parties: ", "相关方:"},
	"status":            {"Status: ", "状态:"},
	"source":            {"Source: ", "来源:"},
	"type.crisis":       {"Crisis", "危机"},
	"type.dispute":      {"Dispute", "争执"},
	"type.deal":         {"Deal", "交易"},
	"type.announcement": {"Announcement", "公告"},
	"type.market":       {"Market", "市场"},
	"type.forecast":     {"Forecast", "预测"},
}

// tr is the view's own UI text; the view must not depend on the app's
// translation setup.
func tr(lang, key string) string {
	s, ok := strings2[key]
	if !ok {
		return key
	}
	if lang == "zh" {
		return s[1]
	}
	return s[0]
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
	v.mu.Lock()
	v.scroll = nl.Pos
	v.version++
	if v.last == L && v.lastKey[0] == v.version-1 {
		v.lastKey[0] = v.version // the layout holds for the new picture: no new one needed
	}
	v.last = nl
	v.mu.Unlock()
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
		v.mu.Lock()
		v.scroll = pos
		if v.last == L {
			v.last = L.Rescrolled(pos)
		}
		v.version++
		v.mu.Unlock()
		v.raster.Refresh()
		return
	}
}

// syncHint shows the wheel's hint while the lanes scroll.
func (v *View) syncHint() {
	v.mu.Lock()
	L, lang := v.last, v.lang
	v.mu.Unlock()
	if L == nil || !L.Scrolls {
		v.hint.Hide()
		return
	}
	mod := "Ctrl"
	if runtime.GOOS == "darwin" {
		mod = "⌘"
	}
	v.hint.SetText(fmt.Sprintf(tr(lang, "wheelHint"), mod))
	v.hint.Show()
}
