package network

import (
	"image/color"
	"math"
	"sort"

	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/export"
)

// Draw paints the scene on the frame's canvas: camp regions, relations,
// companies, labels that do not pile up, and the legend. It is pure, and
// the one path of the screen, PNG, SVG and PDF.
func Draw(f export.Frame, sc Scene) error {
	return drawThen(f, sc, nil)
}

// drawThen is Draw, waiting for ready (when given) once the geometry is
// built and before anything is drawn.
func drawThen(f export.Frame, sc Scene, ready func()) error {
	if sc.Lang == "" {
		sc.Lang = f.Lang
	}
	g := sc.build(f.Box, f.Scale)
	if ready != nil {
		ready()
	}
	f.Scale = g.px // text and strokes as the geometry sized them
	drawScene(f, &sc, g)
	canvas.Flush(f.C) // a queuing canvas has the picture when Draw returns
	return nil
}

// marks paints one scene's regions, relations and companies.
type marks struct {
	f  export.Frame
	cv canvas.Canvas
	sc *Scene
	g  *geom
}

// fade is c as an item looks when something else is singled out.
func (m *marks) fade(c drawing.Color, id string) drawing.Color {
	if m.g.focus != nil && !m.g.focus[id] {
		return c.WithAlpha(uint8(float64(c.A) * 0.18))
	}
	return c
}

func (m *marks) lit(id string) bool { return m.g.focus == nil || m.g.focus[id] }

func (m *marks) campColor(ci int) drawing.Color {
	return export.Color(m.sc.Data.Camps[ci].Color, m.f.Theme.Neutral)
}

// view is where marks can be seen, as a rect: what lies outside is not
// drawn.
func (g *geom) view() rect {
	return rect{float64(g.shown.Left), float64(g.shown.Top), float64(g.shown.Right), float64(g.shown.Bottom)}
}

func drawScene(f export.Frame, sc *Scene, g *geom) {
	if sc.Data == nil || (sc.only && g.focus == nil) {
		return
	}
	m := &marks{f: f, cv: f.C, sc: sc, g: g}
	if !sc.only {
		m.hulls()
	}
	g.later = nil
	if g.lod {
		// A big graph's labels are placed (measuring only) while its
		// marks are painted on every core, and drawn over them after.
		done := make(chan struct{})
		go func() {
			defer close(done)
			m.placeLabels()
		}()
		m.edges()
		m.nodes()
		canvas.Flush(f.C)
		<-done
	} else {
		m.edges()
		m.nodes()
		m.placeLabels()
	}
	for _, fn := range g.later {
		fn()
	}
	g.later = nil
	if g.legend.Width() > 0 && !sc.only {
		drawLegend(f, sc, g.memo, g.legend)
	}
}

// placeLabels places camp names first, then value pills, then company
// names by size, each where it overlaps nothing placed before it, and
// gathers their painting in g.later.
func (m *marks) placeLabels() {
	f, sc, g := m.f, m.sc, m.g
	pl := newPlacer(g.shown)
	if g.shown.Right > g.area.Right {
		// Names may use the strip kept for the floating legend, but not
		// its folded title's corner.
		pl.addLabel(rect{float64(g.area.Right), float64(g.shown.Top), float64(g.shown.Right), float64(g.shown.Top) + 44*g.px})
	}
	for _, n := range g.nodes {
		if !sc.only || m.lit(n.id) {
			pl.add(rect{n.c.X - n.r, n.c.Y - n.r, n.c.X + n.r, n.c.Y + n.r})
		}
	}
	if !sc.only {
		drawCampLabels(f, sc, g, pl)
	}
	// A crowd of value pills buries the graph: big graphs show them
	// only zoomed in.
	if !g.lod || g.zoom >= 2 {
		drawEdgeLabels(f, sc, g, pl, m.fade)
	}
	drawNodeLabels(f, sc, g, pl, m.fade)
}

// edges paints the relations: faded ones first so that lit ones draw over
// them.
func (m *marks) edges() {
	g, sc := m.g, m.sc
	view := g.view()
	order := make([]int, 0, len(g.edges))
	for i, e := range g.edges {
		// Off-screen (zoomed in) and, over the cached picture, unlit
		// relations cost nothing.
		if len(e.pts) < 2 || !bounds(e.pts).overlaps(view) || (sc.only && !m.lit(e.rel.ID)) {
			continue
		}
		order = append(order, i)
	}
	if g.focus != nil {
		sort.SliceStable(order, func(i, j int) bool {
			return litRank(g, g.edges[order[i]].rel.ID) < litRank(g, g.edges[order[j]].rel.ID)
		})
	}
	for _, i := range order {
		m.edge(&g.edges[i])
	}
}

// nodes paints the companies that are on screen.
func (m *marks) nodes() {
	view := m.g.view()
	for _, n := range m.g.nodes {
		if m.sc.only && !m.lit(n.id) {
			continue
		}
		if !(rect{n.c.X - n.r, n.c.Y - n.r, n.c.X + n.r, n.c.Y + n.r}).overlaps(view) {
			continue
		}
		m.node(n)
	}
}

// campFade is the opacity of camp regions and names: with something
// singled out they recede like every unlit mark (and the widget's hover,
// drawn over a faded copy of its picture, looks the same).
func campFade(g *geom) float64 {
	if g.focus != nil {
		return 0.18
	}
	return 1
}

// bounds is the box around points.
func bounds(pts []r2.Vec) rect {
	q := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, p := range pts {
		q.x0, q.y0 = math.Min(q.x0, p.X), math.Min(q.y0, p.Y)
		q.x1, q.y1 = math.Max(q.x1, p.X), math.Max(q.y1, p.Y)
	}
	// Strokes, arrows and zigzags reach a little beyond the points.
	return rect{q.x0 - 12, q.y0 - 12, q.x1 + 12, q.y1 + 12}
}

// hulls paints the camp regions: a translucent wash behind the members
// (its edge is the outline's, so it needs no anti-aliasing), outlined;
// forecast camps dashed.
func (m *marks) hulls() {
	f, g := m.f, m.g
	a := 0.10
	if f.Theme.Name == "dark" {
		a = 0.16
	}
	a *= campFade(g)
	for _, h := range g.hulls {
		if len(h.poly) < 2 {
			continue
		}
		m.cv.SetColor(m.campColor(h.camp).WithAlpha(uint8(255 * a)))
		canvas.FillFlat(m.cv, pathOf(h.poly, true))
	}
	for _, h := range g.hulls {
		var dash []float64
		if m.sc.Data.Camps[h.camp].Status == data.Forecast {
			dash = []float64{f.Px(10), f.Px(7)}
		}
		strokePoly(m.cv, h.poly, true, m.campColor(h.camp).WithAlpha(uint8(150*campFade(g))), f.Px(2), dash)
	}
}

// edge paints one relation: its line (dashed or zigzag by type, fainter
// when uncertain), a halo when selected, bars across when broken, and an
// arrow head when directed.
func (m *marks) edge(e *edgeGeom) {
	f, cv := m.f, m.cv
	st := styleOf(e.rel.Type)
	col := st.Color
	if uncertain(e.rel.Status) {
		col = col.WithAlpha(110)
	}
	if e.rel.ID == m.sc.SelectedRelation {
		strokePoly(cv, e.pts, false, f.Theme.Text.WithAlpha(90), e.width+f.Px(6), nil)
	}
	col = m.fade(col, e.rel.ID)
	pts := e.pts
	if st.Zigzag {
		pts = zigzag(pts, f.Px(9), f.Px(4))
	}
	var dash []float64
	for _, d := range st.Dash {
		dash = append(dash, d*f.Scale*math.Max(1, e.width/(3*f.Scale)))
	}
	strokePoly(cv, pts, false, col, e.width, dash)
	if st.Break && e.dir != (r2.Vec{}) {
		// Two short bars across the middle: the tie is cut.
		n := r2.Vec{X: -e.dir.Y, Y: e.dir.X}
		for _, s := range []float64{-1, 1} {
			c := r2.Add(e.mid, r2.Scale(s*f.Px(5), e.dir))
			strokePoly(cv, []r2.Vec{r2.Add(c, r2.Scale(f.Px(9), n)), r2.Sub(c, r2.Scale(f.Px(9), n))}, false, col, f.Px(3), nil)
		}
	}
	if e.arrow != nil {
		fillPoly(cv, e.arrow, col)
	}
}

// node paints one company: a lighter disc inside a ring in its camps'
// colours (split when in several), a ghost when it has no deal at the
// date shown, ringed again when selected, hovered or dragged.
func (m *marks) node(n nodeGeom) {
	f, cv, sc := m.f, m.cv, m.sc
	fill := f.Theme.Neutral
	ring := []drawing.Color{f.Theme.Neutral}
	if len(n.camps) > 0 {
		ring = ring[:0]
		for _, ci := range n.camps {
			ring = append(ring, m.campColor(ci))
		}
		fill = ring[0]
	}
	if n.idle { // at this date the company has no deal: a ghost
		fill = blend(fill, f.Theme.Background, 0.55)
		for i := range ring {
			ring[i] = blend(ring[i], f.Theme.Background, 0.55)
		}
	}
	w := math.Max(f.Px(2.5), n.r*0.3)
	c := canvas.Point{X: n.c.X, Y: n.c.Y}
	disc := m.fade(blend(fill, f.Theme.Background, 0.45), n.id)
	if m.g.lod {
		// A big graph's company: the ring, then the disc reaching a pixel
		// into it (no seam between their edges), which a pixel backend
		// paints in one pass.
		cols := make([]color.Color, len(ring))
		for i, rc := range ring {
			cols[i] = m.fade(rc, n.id)
		}
		canvas.FillRing(cv, c, n.r-w, n.r, cols)
		cv.SetColor(disc)
		canvas.FillDisc(cv, c, n.r-w+1)
	} else {
		cv.SetColor(disc)
		canvas.FillDisc(cv, c, n.r)
		cols := make([]color.Color, len(ring)) // a backend may keep them until it paints
		for i, rc := range ring {
			cols[i] = m.fade(rc, n.id)
		}
		canvas.FillRing(cv, c, n.r-w, n.r, cols)
	}
	if n.id == sc.Selected || n.id == sc.Hover || (n.id == sc.dragged && sc.dragged != "") {
		strokePoly(cv, circlePoints(n.c, n.r+f.Px(3), circleSteps(n.r)), true, f.Theme.Text, f.Px(2.5), nil)
	}
}

// litRank sorts faded items before lit ones.
func litRank(g *geom, id string) int {
	if g.focus == nil || g.focus[id] {
		return 1
	}
	return 0
}

func circleSteps(r float64) int { return int(math.Max(16, math.Min(64, r*1.5))) }

// blend mixes a into b: t=0 is a, t=1 is b.
func blend(a, b drawing.Color, t float64) drawing.Color {
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return drawing.Color{R: mix(a.R, b.R), G: mix(a.G, b.G), B: mix(a.B, b.B), A: a.A}
}

// pathOf is the polyline through pts at whole pixels, as the network has
// always been drawn (the SVG stays as it was), closed when asked.
func pathOf(pts []r2.Vec, closed bool) canvas.Path {
	p := make(canvas.Path, 0, len(pts)+1)
	for i, q := range pts {
		pt := canvas.Point{X: math.Round(q.X), Y: math.Round(q.Y)}
		if i == 0 {
			p.Move(pt)
		} else {
			p.Line(pt)
		}
	}
	if closed {
		p.Close()
	}
	return p
}

// fillPoly fills the polygon pts.
func fillPoly(cv canvas.Canvas, pts []r2.Vec, c drawing.Color) {
	if len(pts) < 3 || c.A == 0 {
		return
	}
	cv.SetColor(c)
	cv.Fill(pathOf(pts, true))
}

// strokePoly strokes the line through pts (closed when asked) with butt
// ends, dashed when dash is given (on, off, … in pixels).
func strokePoly(cv canvas.Canvas, pts []r2.Vec, closed bool, c drawing.Color, width float64, dash []float64) {
	if len(pts) < 2 || c.A == 0 || width <= 0 {
		return
	}
	cv.SetColor(c)
	cv.SetLineWidth(width)
	cv.SetLineDash(dash, 0)
	cv.SetLineCap(canvas.ButtCap)
	if closed { // back to the start rather than Close: a straight stroke, which pixels paint fast
		pts = append(pts[:len(pts):len(pts)], pts[0])
	}
	cv.Stroke(pathOf(pts, false))
}

// zigzag turns a polyline into a saw-tooth along it, step pixels per tooth.
func zigzag(pts []r2.Vec, step, amp float64) []r2.Vec {
	out := []r2.Vec{pts[0]}
	sign := 1.0
	carry := step / 2
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		v := r2.Sub(b, a)
		l := r2.Norm(v)
		if l == 0 {
			continue
		}
		u := r2.Scale(1/l, v)
		n := r2.Vec{X: -u.Y, Y: u.X}
		for s := carry; s < l; s += step {
			out = append(out, r2.Add(r2.Add(a, r2.Scale(s, u)), r2.Scale(sign*amp, n)))
			sign = -sign
			carry = s + step - l
		}
		if carry <= 0 {
			carry += step
		}
	}
	return append(out, pts[len(pts)-1])
}
