package network

import (
	"fmt"
	"image"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/wcharczuk/go-chart/v2"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// View is the interactive network: the drawing on a raster with pan, zoom,
// hover and selection, filters, search, and a detail panel. All its methods
// must be called on the UI goroutine.
type View struct {
	widget.BaseWidget

	// OnSelectCompany is called when the user selects a company ("" when the
	// selection is cleared).
	OnSelectCompany func(id string)
	// OnSelectRelation is called when the user selects a relation.
	OnSelectRelation func(id string)
	// OnExport is called by the Export button.
	OnExport func()
	// OnFiltered is called when the user changes a filter (Shown changes).
	OnFiltered func()
	// OnHighlightCamp is called with a camp's members when the user
	// highlights it, and with nil when the highlight ends.
	OnHighlightCamp func(companyIDs []string)

	sc     Scene
	theme  export.Theme
	pinned Positions // dragged companies
	gen    int       // layout generation; late results of older ones are dropped
	ready  chan struct{}
	do     func(func())

	version   int // bumped on every change that alters the picture, except the three below
	hoverVer  int // bumped when the hovered company changes (or a dragged one moves)
	viewGen   int // bumped on pan and zoom
	lastView  time.Time
	cacheKey  [5]int
	cache     image.Image
	cacheLive bool // cache is a moved copy of base, to be redrawn once the view settles
	geomKey   [4]int
	geomCache *geom
	px        float32 // device pixels per Fyne unit, from the last raster call

	// base is the picture without hover, at basePan and baseZoom: hover is
	// drawn over it, pan and zoom move it until the view settles, so that
	// the pointer never waits for a full redraw of a big graph.
	base      *image.RGBA
	baseKey   [3]int
	baseOmit  string // the company being dragged when base was drawn
	baseHover string // set when a highlight from another view is on: then hover redraws it all
	basePan   r2.Vec
	baseZoom  float64
	dragNode  string // the company being dragged: base is drawn afresh each step
	frames    frames // pixel buffers reused between redraws
	// hoverGeom is the scene resolved for the hover overlay, kept while
	// only the hovered company changes.
	hoverGeom    *geom
	hoverGeomKey [4]int
	// settleTimer redraws in full after a pan or zoom comes to rest (off
	// in tests, whose UI queue must carry only what they wait for).
	settleTimer bool

	content   *fyne.Container
	canvas    *netCanvas
	raster    *canvas.Raster
	tip       *fyne.Container
	tipText   *widget.Label
	detail    *fyne.Container
	search    *widget.Entry
	typeCheck map[string]*widget.Check
	campCheck map[string]*widget.Check
	legend    *legendPanel
	legendBox *fyne.Container // the legend's layer over the canvas
	// noFilters and noDetail fold the side panels, for room (SetPanels).
	noFilters, noDetail bool
	detailScroll        *container.Scroll
	litCamp             string // the camp highlighted from the camp filter
}

// NewView makes the network view of ds in lang ("en" or "zh"). The layout
// runs in the background; the view shows "Laying out…" until it lands.
func NewView(ds *data.Dataset, lang string) *View {
	v := newView(ds, lang, fyne.Do)
	v.settleTimer = true
	return v
}

// newView takes the function that hands work back to the UI goroutine, so
// that tests can run it on theirs (the test driver runs fyne.Do in place).
func newView(ds *data.Dataset, lang string, do func(func())) *View {
	v := &View{theme: export.Light, px: 1, ready: make(chan struct{}, 8), do: do}
	if a := fyne.CurrentApp(); a != nil && a.Settings().ThemeVariant() == theme.VariantDark {
		v.theme = export.Dark
	}
	v.sc = Scene{Lang: lang, Zoom: 1, NoLegend: true, HiddenTypes: map[string]bool{}, HiddenCamps: map[string]bool{}, memo: newTextMemo()}
	v.frames.busy = func() []image.Image { return []image.Image{v.base, v.cache} }
	v.ExtendBaseWidget(v)
	v.canvas = newNetCanvas(v)
	v.raster = canvas.NewRaster(v.render)
	v.canvas.raster = v.raster
	v.tipText = widget.NewLabel("")
	tipBg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	tipBg.CornerRadius = 4
	v.tip = container.NewStack(tipBg, v.tipText)
	v.tip.Hide()
	v.detail = container.NewVBox()
	v.search = widget.NewEntry()
	v.search.OnSubmitted = func(s string) { v.Find(s) }
	v.content = container.NewStack()
	v.legend = newLegendPanel(v)
	v.legendBox = container.New(panelLayout{v.legend}, v.legend.body)
	v.SetDataset(ds)
	return v
}

// CreateRenderer implements fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(v.content) }

func (v *View) lang() string { return v.sc.Lang }

// SetDataset shows another dataset: filters and pins are kept where they
// still apply, and the layout is run again in the background.
func (v *View) SetDataset(ds *data.Dataset) {
	v.sc.Data = ds
	v.sc.Selected, v.sc.SelectedRelation, v.sc.Hover, v.sc.Highlight = "", "", "", nil
	v.buildUI()
	v.relayout()
}

// SetLang switches the language of labels, legend and panels.
func (v *View) SetLang(lang string) {
	v.sc.Lang = lang
	v.buildUI()
	v.changed()
}

// SetAsOf shows only the relations in force at t (zero: all). Positions do
// not move: the layout is made once over all relations.
func (v *View) SetAsOf(t time.Time) {
	v.sc.AsOf = t
	v.changed()
	v.showSelection()
}

// SetTheme draws in export.Light or export.Dark.
func (v *View) SetTheme(th export.Theme) {
	v.theme = th
	v.legend.relabel()
	v.changed()
}

// Select selects a company (as if clicked) and shows its details; "" clears.
// It does not call OnSelectCompany.
func (v *View) Select(id string) {
	v.endCampHighlight()
	v.sc.Selected, v.sc.SelectedRelation, v.sc.Highlight = id, "", nil
	v.changed()
	v.showSelection()
}

// SelectRelation selects a relation and shows its details.
func (v *View) SelectRelation(id string) {
	v.endCampHighlight()
	v.sc.Selected, v.sc.SelectedRelation, v.sc.Highlight = "", id, nil
	v.changed()
	v.showSelection()
}

// Highlight lights the given companies and relations and fades the rest
// (the timeline's selected event); empty lists clear it.
func (v *View) Highlight(companyIDs, relationIDs []string) {
	if v.litCamp != "" { // another view's highlight takes over from the camp's
		v.litCamp = ""
		v.buildUI()
	}
	v.highlight(companyIDs, relationIDs)
}

func (v *View) highlight(companyIDs, relationIDs []string) {
	v.sc.Highlight = nil
	if len(companyIDs)+len(relationIDs) > 0 {
		v.sc.Highlight = map[string]bool{}
		for _, id := range append(append([]string{}, companyIDs...), relationIDs...) {
			v.sc.Highlight[id] = true
		}
	}
	v.changed()
}

// HighlightCamp lights a camp's members and their relations and fades the
// rest, on screen and in exports (Current); the same camp again ends it.
func (v *View) HighlightCamp(id string) {
	if v.litCamp == id || v.sc.Data == nil {
		v.endCampHighlight()
		v.sc.Highlight = nil
		v.changed()
		v.buildUI()
		return
	}
	var members []string
	for _, c := range v.sc.Data.Camps {
		if c.ID == id {
			for _, m := range c.Members {
				members = append(members, m.Company)
			}
		}
	}
	in := map[string]bool{}
	for _, m := range members {
		in[m] = true
	}
	var rels []string
	for _, r := range v.sc.Data.Relations {
		if in[r.From] || in[r.To] {
			rels = append(rels, r.ID)
		}
	}
	v.sc.Selected, v.sc.SelectedRelation = "", ""
	v.highlight(members, rels)
	v.litCamp = id
	v.buildUI() // the camp's button shows it is lit
	if v.OnHighlightCamp != nil {
		v.OnHighlightCamp(members)
	}
}

// LitCamp is the highlighted camp's ID, or "".
func (v *View) LitCamp() string { return v.litCamp }

func (v *View) endCampHighlight() {
	if v.litCamp == "" {
		return
	}
	v.litCamp = ""
	if v.OnHighlightCamp != nil {
		v.OnHighlightCamp(nil)
	}
}

// Fit shows the whole network.
func (v *View) Fit() {
	v.sc.Zoom, v.sc.Pan = 1, r2.Vec{}
	v.changed()
}

// ResetLayout unpins every dragged company and lays out again.
func (v *View) ResetLayout() {
	v.pinned = nil
	v.relayout()
}

// Current is what the view shows, as an export item: the same positions,
// filters, date, selection and framing, with the legend.
func (v *View) Current() export.Item {
	sc := v.Scene()
	sc.Framing = v.framing()
	return SceneItem(sc)
}

// framing is the part of the layout the canvas shows (left of the floating
// legend), in layout units; empty before the canvas has a size.
func (v *View) framing() r2.Box {
	box := v.pixelBox()
	if box.Width() < 1 || box.Height() < 1 || v.sc.Pos == nil {
		return r2.Box{}
	}
	px := float64(v.px)
	a := v.sc.frameGeom(box, px).area
	return r2.Box{Min: v.sc.ToLayout(box, px, r2.Vec{X: float64(a.Left), Y: float64(a.Top)}),
		Max: v.sc.ToLayout(box, px, r2.Vec{X: float64(a.Right), Y: float64(a.Bottom)})}
}

// Scene is what the view shows, as a copy safe to use on another goroutine:
// the same positions, filters, date and selection (for the graph files).
func (v *View) Scene() Scene {
	sc := v.sc
	// The item may be drawn later on another goroutine: give it its own maps.
	sc.Pos = clonePos(sc.Pos)
	sc.HiddenTypes, sc.HiddenCamps, sc.Highlight = cloneSet(sc.HiddenTypes), cloneSet(sc.HiddenCamps), cloneSet(sc.Highlight)
	if v.sc.Pos == nil {
		sc.Pos = nil
	}
	if sc.Pos == nil && sc.Data != nil {
		sc.Layout = LayoutOptions{Seed: DefaultSeed, Pinned: v.pinned, SizeBy: v.sc.SizeBy}
		sc.Pos = Layout(sc.Data, sc.Layout)
	}
	return sc
}

// Find selects and centres the first company whose name (in either
// language) or ID contains s; it reports whether one was found.
func (v *View) Find(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || v.sc.Data == nil {
		return false
	}
	for _, pass := range []func(string) bool{
		func(n string) bool { return n == s },
		func(n string) bool { return strings.HasPrefix(n, s) },
		func(n string) bool { return strings.Contains(n, s) },
	} {
		for _, c := range v.sc.Data.Companies {
			if pass(strings.ToLower(c.Name.En)) || pass(strings.ToLower(c.Name.Zh)) || pass(strings.ToLower(c.ID)) {
				v.Select(c.ID)
				v.centre(c.ID)
				if v.OnSelectCompany != nil {
					v.OnSelectCompany(c.ID)
				}
				return true
			}
		}
	}
	return false
}

// centre pans so that the company sits in the middle of the canvas.
func (v *View) centre(id string) {
	p, ok := v.sc.Pos[id]
	if !ok {
		return
	}
	sc := v.sc
	sc.Pan = r2.Vec{}
	box := v.pixelBox()
	g := sc.frameGeom(box, float64(v.px))
	s := g.toScreen(&sc, p)
	cx, cy := float64(g.area.Left+g.area.Right)/2, float64(g.area.Top+g.area.Bottom)/2
	v.sc.Pan = r2.Vec{X: cx - s.X, Y: cy - s.Y}
	v.viewChanged()
}

// relayout runs the layout off the UI goroutine and hands the result back
// with fyne.Do, so the window never freezes on a big graph.
func (v *View) relayout() {
	v.gen++
	gen, ds := v.gen, v.sc.Data
	opt := LayoutOptions{Seed: DefaultSeed, Pinned: clonePos(v.pinned), SizeBy: v.sc.SizeBy}
	v.sc.Pos = nil
	v.changed()
	go func() {
		var pos Positions
		if ds != nil {
			pos = Layout(ds, opt)
		}
		v.do(func() {
			if gen == v.gen {
				v.sc.Pos, v.sc.Layout = pos, opt
				v.changed()
				v.showSelection()
			}
			select {
			case v.ready <- struct{}{}:
			default:
			}
		})
	}()
}

func cloneSet(m map[string]bool) map[string]bool {
	if m == nil {
		return nil
	}
	out := make(map[string]bool, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// SetSizeBy sizes nodes by SizeByValue or SizeByDegree, and lays out again
// so that the new sizes do not overlap.
func (v *View) SetSizeBy(s string) {
	v.sc.SizeBy = s
	v.relayout()
}

func clonePos(p Positions) Positions {
	out := make(Positions, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}

// changed invalidates the cached picture and redraws.
func (v *View) changed() {
	v.version++
	if v.raster != nil {
		v.raster.Refresh()
	}
	if v.legendBox != nil && v.legendBox.Visible() {
		v.legendBox.Refresh() // its rows follow the filters
	}
}

func (v *View) filtered() {
	if v.OnFiltered != nil {
		v.OnFiltered()
	}
}

// Shown counts what the network shows under its filters and date: the
// companies, the camps and the relations.
func (v *View) Shown() (companies, camps, relations int) {
	if v.sc.Data == nil {
		return 0, 0, 0
	}
	for _, c := range v.sc.Data.Camps {
		if !v.sc.HiddenCamps[c.ID] {
			camps++
		}
	}
	sc := v.sc
	if sc.Pos == nil { // still laying out: every company counts
		sc.Pos = Positions{}
		for _, c := range sc.Data.Companies {
			sc.Pos[c.ID] = r2.Vec{}
		}
	}
	return sc.VisibleCompanies(), camps, len(sc.visibleRelations(campIndex(sc.Data)))
}

// SetPanels shows or folds the filters (left) and the detail panel (right).
func (v *View) SetPanels(filters, detail bool) {
	v.noFilters, v.noDetail = !filters, !detail
	v.buildUI()
}

// CanvasSize is the size of the picture between the panels.
func (v *View) CanvasSize() fyne.Size { return v.canvas.Size() }

// Panels reports which side panels are shown.
func (v *View) Panels() (filters, detail bool) { return !v.noFilters, !v.noDetail }

// setInset keeps the picture clear of the legend, open or folded to its
// title (which would otherwise cover a label in the top-right corner).
func (v *View) setInset() {
	in := 0.0
	if v.legendBox.Visible() {
		in = float64(v.legend.width()) + 16
	}
	if in != v.sc.Inset {
		v.sc.Inset = in
		v.changed()
	}
}

// ShowLegend shows or hides the legend over the network.
func (v *View) ShowLegend(on bool) {
	if on {
		v.legendBox.Show()
	} else {
		v.legendBox.Hide()
	}
	v.legendBox.Refresh()
	v.setInset()
}

// LegendShown reports whether the legend is over the network, and open
// (not folded to its title).
func (v *View) LegendShown() (shown, open bool) { return v.legendBox.Visible(), v.legend.open }

// hoverChanged redraws the hover (or dragged company) over the cached
// picture.
func (v *View) hoverChanged() {
	v.hoverVer++
	if v.raster != nil {
		v.raster.Refresh()
	}
}

// settleDelay is how long after the last pan or zoom step the picture is
// drawn afresh; until then the cached one is moved and scaled.
const settleDelay = 150 * time.Millisecond

// viewChanged follows a pan or zoom: the cached picture moves at once and
// is redrawn in full when the pointer rests.
func (v *View) viewChanged() {
	v.viewGen++
	v.lastView = time.Now()
	if v.settleTimer {
		gen := v.viewGen
		time.AfterFunc(settleDelay, func() {
			v.do(func() {
				if gen == v.viewGen && v.raster != nil {
					v.raster.Refresh()
				}
			})
		})
	}
	if v.raster != nil {
		v.raster.Refresh()
	}
}

// pixelBox is the canvas in device pixels.
func (v *View) pixelBox() chart.Box {
	s := v.canvas.Size()
	return chart.NewBox(0, 0, int(math.Round(float64(s.Width*v.px))), int(math.Round(float64(s.Height*v.px))))
}

// render draws the scene, once per state and size: hover and pan redraw,
// anything else reuses the cached image.
func (v *View) render(w, h int) image.Image {
	if s := v.canvas.Size(); s.Width > 0 {
		v.px = float32(w) / s.Width
	}
	key := [5]int{v.version, v.hoverVer, v.viewGen, w, h}
	settled := time.Since(v.lastView) >= settleDelay
	if v.cache != nil && key == v.cacheKey && (!v.cacheLive || !settled) {
		return v.cache
	}
	sc := v.sc
	msg := ""
	if sc.Data == nil || len(sc.Data.Companies) == 0 {
		msg = word("empty", sc.Lang)
	} else if sc.Pos == nil {
		msg = word("layingout", sc.Lang)
	}
	if msg != "" {
		img, err := screenImageOn(&v.frames, w, h, float64(v.px), v.theme, sc.Lang, nil, func(f export.Frame) error {
			size := f.Px(18)
			tw := f.MeasureText(msg, size)
			f.Text(msg, (f.Box.Left+f.Box.Right-tw)/2, (f.Box.Top+f.Box.Bottom)/2, size, f.Theme.Muted)
			return nil
		})
		if err != nil {
			return image.NewRGBA(image.Rect(0, 0, 1, 1))
		}
		v.base = nil
		v.cache, v.cacheKey, v.cacheLive = img, key, false
		return img
	}
	img, live, err := v.compose(w, h, settled)
	if err != nil {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	v.cache, v.cacheKey, v.cacheLive = img, key, live
	return img
}

// compose makes the frame: the cached base picture (drawn afresh when the
// state changed, or moved and scaled while a pan or zoom is under way),
// then the hovered or dragged company with its relations drawn over it.
// live reports a moved base, to be redrawn once the view settles.
func (v *View) compose(w, h int, settled bool) (img *image.RGBA, live bool, err error) {
	px := float64(v.px)
	sc := v.sc
	key := [3]int{v.version, w, h}
	moved := sc.Pan != v.basePan || sc.Zoom != v.baseZoom
	// Under a highlight the hovered company only gets its ring: the
	// overlay's fading would be wrong, so it is drawn into the base.
	hover := ""
	if len(sc.Highlight) > 0 {
		hover = sc.Hover
	}
	// A dragged company is drawn in full every step, so that its camp's
	// region follows it (over a picture of the rest, the region waited
	// for the drop).
	if v.base == nil || key != v.baseKey || v.dragNode != "" || v.baseOmit != "" || hover != v.baseHover || (moved && (settled || !sc.NoLegend)) {
		bs := sc
		bs.Hover, bs.dragged = hover, v.dragNode
		v.base, err = screenDrawOn(&v.frames, w, h, px, v.theme, sc.Lang, bs)
		if err != nil {
			return nil, false, err
		}
		v.baseKey, v.baseOmit, v.baseHover, v.basePan, v.baseZoom = key, v.dragNode, hover, sc.Pan, sc.Zoom
		moved = false
	}
	img = v.base
	if moved {
		g := sc.frameGeom(chart.NewBox(0, 0, w, h), px)
		c := r2.Vec{X: float64(g.area.Left+g.area.Right) / 2, Y: float64(g.area.Top+g.area.Bottom) / 2}
		img = moveImage(v.base, c, v.baseZoom, sc.Zoom, v.basePan, sc.Pan, v.theme.Background)
		live = true
	}
	if v.dragNode != "" || sc.Hover == "" || hover != "" || moved {
		return img, live, nil
	}
	over := sc
	over.only = true
	gk := [4]int{v.version, v.viewGen, w, h}
	if v.hoverGeom == nil || gk != v.hoverGeomKey {
		hs := sc
		hs.Hover = ""
		v.hoverGeom, v.hoverGeomKey = hs.build(chart.NewBox(0, 0, w, h), px), gk
	}
	c := *v.hoverGeom
	c.focus = over.focus(c.rels)
	hg := &c
	// Everything but the lit items fades, as a full draw would.
	veiled := v.frames.veiled(img, over.frameGeom(chart.NewBox(0, 0, w, h), px).view(), v.theme.Background.WithAlpha(209))
	img, err = screenImageOn(&v.frames, w, h, px, v.theme, sc.Lang, veiled, func(f export.Frame) error {
		f.Scale = hg.px
		drawScene(f, &over, hg)
		return nil
	})
	return img, live, err
}

// hitAt is what lies under a point given in Fyne units on the canvas.
func (v *View) hitAt(p fyne.Position) Hit {
	if v.sc.Pos == nil {
		return Hit{}
	}
	return v.geom().hit(r2.Vec{X: float64(p.X * v.px), Y: float64(p.Y * v.px)})
}

// geom is the scene resolved on the canvas, kept until the state or the
// size changes: the pointer asks for it on every move.
func (v *View) geom() *geom {
	box := v.pixelBox()
	key := [4]int{v.version, v.viewGen, box.Width(), box.Height()}
	if v.geomCache == nil || key != v.geomKey {
		v.geomCache, v.geomKey = v.sc.build(box, float64(v.px)), key
	}
	return v.geomCache
}

func (v *View) zoomBy(k float64, at r2.Vec) {
	z := math.Max(0.2, math.Min(8, v.sc.Zoom*k))
	k = z / v.sc.Zoom
	box := v.pixelBox()
	g := v.sc.frameGeom(box, float64(v.px))
	c := r2.Vec{X: float64(g.area.Left+g.area.Right) / 2, Y: float64(g.area.Top+g.area.Bottom) / 2}
	// Keep the point under the pointer where it is.
	rel := r2.Sub(r2.Sub(at, c), v.sc.Pan)
	v.sc.Pan = r2.Sub(r2.Sub(at, c), r2.Scale(k, rel))
	v.sc.Zoom = z
	v.viewChanged()
}

func (v *View) canvasCentre() r2.Vec {
	b := v.pixelBox()
	return r2.Vec{X: float64(b.Width()) / 2, Y: float64(b.Height()) / 2}
}

// buildUI makes the toolbar, filters and panels in the current language.
func (v *View) buildUI() {
	lang := v.lang()
	v.search.SetPlaceHolder(word("search", lang))
	btn := func(icon fyne.Resource, tip string, fn func()) *widget.Button {
		b := widget.NewButtonWithIcon("", icon, fn)
		b.Importance = widget.LowImportance
		_ = tip
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
	tools := container.NewHBox(
		byDeals,
		legend,
		btn(theme.ZoomInIcon(), "zoom in", func() { v.zoomBy(1.25, v.canvasCentre()) }),
		btn(theme.ZoomOutIcon(), "zoom out", func() { v.zoomBy(0.8, v.canvasCentre()) }),
		btn(theme.ZoomFitIcon(), "fit", v.Fit),
		widget.NewButtonWithIcon(word("reset", lang), theme.ViewRefreshIcon(), v.ResetLayout),
		exportBtn,
	)
	top := container.NewBorder(nil, nil, nil, tools, v.search)

	v.typeCheck = map[string]*widget.Check{}
	types := container.NewVBox()
	for _, t := range data.RelationTypes {
		t := t
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
	left := container.NewVScroll(filters)
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

// showSelection fills the detail panel with the selected company or
// relation, or a hint.
func (v *View) showSelection() {
	lang := v.lang()
	v.detail.RemoveAll()
	ds := v.sc.Data
	switch {
	case ds == nil:
	case v.sc.Selected != "":
		v.companyDetail(v.sc.Selected)
	case v.sc.SelectedRelation != "":
		v.relationDetail(v.sc.SelectedRelation)
	default:
		hint := widget.NewLabel(word("hint", lang))
		hint.Wrapping = fyne.TextWrapWord
		v.detail.Add(hint)
	}
	v.detail.Refresh()
	if v.detailScroll != nil {
		v.detailScroll.ScrollToTop() // the new text from its start, not where the last was scrolled
	}
}

func (v *View) company(id string) (data.Company, bool) {
	for _, c := range v.sc.Data.Companies {
		if c.ID == id {
			return c, true
		}
	}
	return data.Company{}, false
}

func (v *View) name(id string) string {
	if c, ok := v.company(id); ok {
		return c.Name.In(v.lang())
	}
	return id
}

func (v *View) companyDetail(id string) {
	lang := v.lang()
	c, ok := v.company(id)
	if !ok {
		return
	}
	title := widget.NewLabelWithStyle(c.Name.In(lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.detail.Add(title)
	var camps []string
	for i := range v.sc.Data.Camps {
		cp := &v.sc.Data.Camps[i]
		for j, m := range cp.Members {
			if m.Company == id && v.sc.Data.MemberAsOf(cp, &cp.Members[j], v.sc.AsOf) {
				s := cp.Name.In(lang)
				if r := m.Role.In(lang); r != "" {
					s += " · " + r
				}
				camps = append(camps, s)
			}
		}
	}
	if len(camps) == 0 {
		camps = []string{word("nocamp", lang)}
	}
	v.detail.Add(wrapLabel(strings.Join(camps, "\n")))
	if n := c.Note.In(lang); n != "" {
		v.detail.Add(wrapLabel(n))
	}
	v.detail.Add(widget.NewLabelWithStyle(word("relations", lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	count := 0
	for _, r := range v.sc.VisibleRelations() {
		if r.From != id && r.To != id {
			continue
		}
		count++
		r := r
		other := r.To
		if other == id {
			other = r.From
		}
		head := data.TypeName(r.Type, lang) + " · " + v.name(other)
		if val := ValueLabel(r, lang); val != "" {
			head += " · " + val
		}
		b := widget.NewButton(shorten(head, detailWidth-56), func() {
			v.SelectRelation(r.ID)
			if v.OnSelectRelation != nil {
				v.OnSelectRelation(r.ID)
			}
		})
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		v.detail.Add(b)
		v.detail.Add(wrapLabel(r.Title.In(lang) + "\n" + v.facts(r.Date, r.Until, r.Status, r.Source)))
	}
	if count == 0 {
		v.detail.Add(widget.NewLabel("—"))
	}
	v.statementsDetail(id)
	var events []data.Event
	for _, e := range v.sc.Data.Events {
		for _, p := range e.Parties {
			if p == id {
				events = append(events, e)
				break
			}
		}
	}
	if len(events) > 0 {
		v.detail.Add(widget.NewLabelWithStyle(word("events", lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, e := range events {
			e := e
			b := widget.NewButton(shorten(e.Date.Label(lang)+" · "+e.Title.In(lang), detailWidth-56), func() { v.Highlight(e.Parties, e.Relations) })
			b.Alignment = widget.ButtonAlignLeading
			b.Importance = widget.LowImportance
			v.detail.Add(b)
			v.detail.Add(wrapLabel(v.facts(e.Date, e.End, e.Status, e.Source)))
		}
	}
}

// statementsDetail lists what the company's people had said as of the
// scene's date, in our words, each with its speaker, date, status and
// locator.
func (v *View) statementsDetail(id string) {
	lang := v.lang()
	var sts []*data.Statement
	for _, s := range v.sc.Data.StatementsOf(id) {
		if v.sc.Data.StatementMade(s, v.sc.AsOf) {
			sts = append(sts, s)
		}
	}
	if len(sts) == 0 {
		return
	}
	v.detail.Add(widget.NewLabelWithStyle(word("statements", lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, s := range sts {
		who := s.Speaker.Name.In(lang)
		if r := s.Speaker.Role.In(lang); r != "" {
			who += ", " + r
		}
		v.detail.Add(wrapLabel(who + ": " + s.Text.In(lang) + "\n" + v.facts(s.Date, nil, s.Status, s.Source)))
	}
}

func (v *View) relationDetail(id string) {
	lang := v.lang()
	for _, r := range v.sc.Data.Relations {
		if r.ID != id {
			continue
		}
		v.detail.Add(widget.NewLabelWithStyle(r.Title.In(lang), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		arrow := " — "
		if r.Directed {
			arrow = " → "
		}
		line := data.TypeName(r.Type, lang)
		if val := ValueLabel(r, lang); val != "" {
			line += " · " + val
		}
		v.detail.Add(wrapLabel(line))
		for _, pid := range []string{r.From, r.To} {
			pid := pid
			b := widget.NewButton(shorten(v.name(pid), detailWidth-56), func() {
				v.Select(pid)
				if v.OnSelectCompany != nil {
					v.OnSelectCompany(pid)
				}
			})
			b.Alignment = widget.ButtonAlignLeading
			v.detail.Add(b)
			if pid == r.From {
				v.detail.Add(widget.NewLabel(strings.TrimSpace(arrow)))
			}
		}
		if d := r.Description.In(lang); d != "" {
			v.detail.Add(wrapLabel(d))
		}
		v.detail.Add(wrapLabel(v.facts(r.Date, r.Until, r.Status, r.Source)))
		if r.Reported != nil {
			v.detail.Add(wrapLabel(word("reported", lang) + r.Reported.Label(lang)))
		}
		return
	}
}

// facts is "Nov 2025 – Oct 2026 · reported · Source §Section ¶3".
func (v *View) facts(d data.Date, until *data.Date, st data.Status, ref data.Ref) string {
	lang := v.lang()
	s := d.Label(lang)
	if until != nil {
		s += " – " + until.Label(lang)
	}
	return s + " · " + st.Name(lang) + " · " + RefLabel(v.sc.Data, ref, lang)
}

// RefLabel names where a fact stands: "Source title §Section ¶3".
func RefLabel(ds *data.Dataset, ref data.Ref, lang string) string {
	doc, sec := ref.Doc, "§"+ref.Section
	for _, s := range ds.Sources {
		if s.ID != ref.Doc {
			continue
		}
		doc = s.Title.In(lang)
		for _, x := range s.Sections {
			if x.ID == ref.Section {
				sec = "§" + x.Title.In(lang)
			}
		}
	}
	return fmt.Sprintf("%s %s ¶%d", doc, sec, ref.Paragraph)
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

// shorten cuts s with "…" to fit width in the theme's text size.
func shorten(s string, width float32) string {
	size := theme.TextSize()
	if fyne.MeasureText(s, size, fyne.TextStyle{}).Width <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(r[:mid])+"…", size, fyne.TextStyle{}).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(r[:lo])) + "…"
}

func wrapLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// tooltip shows the hovered company's name, camps and deals near the pointer.
func (v *View) tooltip(id string, at fyne.Position) {
	if id == "" {
		v.tip.Hide()
		return
	}
	lang := v.lang()
	var camps []string
	for i := range v.sc.Data.Camps {
		cp := &v.sc.Data.Camps[i]
		for j, m := range cp.Members {
			if m.Company == id && v.sc.Data.MemberAsOf(cp, &cp.Members[j], v.sc.AsOf) {
				camps = append(camps, CampLongName(v.sc.Data, *cp, lang))
			}
		}
	}
	if len(camps) == 0 {
		camps = []string{word("nocamp", lang)}
	}
	deals := 0
	for _, r := range v.sc.VisibleRelations() {
		if r.From == id || r.To == id {
			deals++
		}
	}
	v.tipText.SetText(v.name(id) + "\n" + strings.Join(camps, ", ") + "\n" + sprintf("deals", lang, deals))
	size := v.tip.MinSize()
	v.tip.Resize(size)
	x, y := at.X+14, at.Y+14
	if cs := v.canvas.Size(); x+size.Width > cs.Width {
		x = at.X - size.Width - 6
	}
	v.tip.Move(fyne.NewPos(x, y))
	v.tip.Show()
}

// netCanvas takes the pointer: tap, drag (pan or move a node), scroll
// (zoom), hover.
type netCanvas struct {
	widget.BaseWidget
	v        *View
	raster   *canvas.Raster
	dragging bool
	dragNode string
}

var (
	_ fyne.Tappable     = (*netCanvas)(nil)
	_ fyne.Draggable    = (*netCanvas)(nil)
	_ fyne.Scrollable   = (*netCanvas)(nil)
	_ desktop.Hoverable = (*netCanvas)(nil)
)

func newNetCanvas(v *View) *netCanvas {
	c := &netCanvas{v: v}
	c.ExtendBaseWidget(c)
	return c
}

func (c *netCanvas) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.raster) }

func (c *netCanvas) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

func (c *netCanvas) Tapped(ev *fyne.PointEvent) {
	v := c.v
	h := v.hitAt(ev.Position)
	switch {
	case h.Company != "":
		v.Select(h.Company)
		if v.OnSelectCompany != nil {
			v.OnSelectCompany(h.Company)
		}
	case h.Relation != "":
		v.SelectRelation(h.Relation)
		if v.OnSelectRelation != nil {
			v.OnSelectRelation(h.Relation)
		}
	default:
		if v.sc.Selected != "" || v.sc.SelectedRelation != "" || v.sc.Highlight != nil {
			v.Select("")
			if v.OnSelectCompany != nil {
				v.OnSelectCompany("")
			}
		}
	}
}

func (c *netCanvas) Dragged(ev *fyne.DragEvent) {
	v := c.v
	if !c.dragging {
		c.dragging = true
		c.dragNode = v.hitAt(ev.Position.Subtract(ev.Dragged)).Company
		v.tip.Hide()
	}
	if c.dragNode != "" && v.sc.Pos != nil {
		// Dragging a company pins it where it is dropped; the picture is
		// drawn afresh each step, its camp's region following it.
		v.dragNode = c.dragNode
		p := v.sc.ToLayout(v.pixelBox(), float64(v.px), r2.Vec{X: float64(ev.Position.X * v.px), Y: float64(ev.Position.Y * v.px)})
		v.sc.Pos = clonePos(v.sc.Pos)
		v.sc.Pos[c.dragNode] = p
		if v.pinned == nil {
			v.pinned = Positions{}
		}
		v.pinned[c.dragNode] = p
		v.hoverChanged()
		return
	}
	v.sc.Pan = r2.Add(v.sc.Pan, r2.Vec{X: float64(ev.Dragged.DX * v.px), Y: float64(ev.Dragged.DY * v.px)})
	v.viewChanged()
}

func (c *netCanvas) DragEnd() {
	v := c.v
	if v.dragNode != "" {
		v.dragNode = ""
		v.changed() // the dropped company joins the picture
	}
	c.dragging, c.dragNode = false, ""
}

func (c *netCanvas) Scrolled(ev *fyne.ScrollEvent) {
	k := math.Pow(1.01, float64(ev.Scrolled.DY)) // ≈10% per wheel notch
	c.v.zoomBy(k, r2.Vec{X: float64(ev.Position.X * c.v.px), Y: float64(ev.Position.Y * c.v.px)})
}

func (c *netCanvas) MouseIn(ev *desktop.MouseEvent) { c.MouseMoved(ev) }

func (c *netCanvas) MouseMoved(ev *desktop.MouseEvent) {
	v := c.v
	if c.dragging {
		return
	}
	id := v.hitAt(ev.Position).Company
	if id != v.sc.Hover {
		v.sc.Hover = id
		v.hoverChanged()
	}
	v.tooltip(id, ev.Position)
}

func (c *netCanvas) MouseOut() {
	v := c.v
	v.tip.Hide()
	if v.sc.Hover != "" {
		v.sc.Hover = ""
		v.hoverChanged()
	}
}
