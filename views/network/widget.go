package network

import (
	"image"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/picture"
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

	version  int     // bumped on every change that alters the picture, except the two below
	hoverVer int     // bumped when the hovered company changes (or a dragged one moves)
	viewGen  int     // bumped on pan and zoom
	px       float32 // device pixels per Fyne unit, from the last raster call

	// pic holds the picture without hover, at the pan and zoom it was drawn
	// at: hover is drawn over it, pan and zoom move it until the view
	// settles, so that the pointer never waits for a full redraw of a big
	// graph. shown is the last frame given to the raster.
	pic      *picture.Cache[baseKey, netView]
	shown    shownFrame
	dragNode string // the company being dragged: the base is drawn afresh each step
	frames   frames // pixel buffers reused between redraws
	// geomCache is the scene resolved on the canvas, for the pointer;
	// hoverGeom the same without hover, for the hover overlay, kept while
	// only the hovered company changes.
	geomCache, hoverGeom  *geom
	geomKey, hoverGeomKey geomKey

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
	v.pic.SettleBy(picture.Settling{Delay: picture.SettleDelay, Do: v.do, Refresh: v.raster.Refresh})
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
	v.pic = picture.New(v.drawBase, v.moveBase)
	v.frames.busy = func() []image.Image { return []image.Image{v.pic.Base(), v.shown.img} }
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
