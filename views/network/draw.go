package network

import (
	"image"
	"math"
	"sort"
	"strings"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// Draw paints the scene into the frame: camp regions, relations, companies,
// labels that do not pile up, and the legend. It is pure: the screen and
// every export call it.
func Draw(f export.Frame, sc Scene) error {
	return drawThen(f, sc, nil)
}

// drawThen is Draw, calling built (when given) once the geometry is built
// and before anything is painted.
func drawThen(f export.Frame, sc Scene, built func()) error {
	if sc.Lang == "" {
		sc.Lang = f.Lang
	}
	if pixelsOf(f.R) == nil {
		// A PNG (an export, export.Image) gets the screen's pixel paths.
		if img := export.Pixels(f.R); img != nil {
			f.R = &pixRenderer{Renderer: f.R, img: img}
		}
	}
	g := sc.build(f.Box, f.Scale)
	if built != nil {
		built()
	}
	f.Scale = g.px // text and strokes as the geometry sized them
	drawScene(f, &sc, g)
	return nil
}

func drawScene(f export.Frame, sc *Scene, g *geom) {
	if sc.Data == nil {
		return
	}
	fade := func(c drawing.Color, id string) drawing.Color {
		if g.focus != nil && !g.focus[id] {
			return c.WithAlpha(uint8(float64(c.A) * 0.18))
		}
		return c
	}
	campColor := func(ci int) drawing.Color { return export.Color(sc.Data.Camps[ci].Color, f.Theme.Neutral) }

	lit := func(id string) bool { return g.focus == nil || g.focus[id] }
	if sc.only && g.focus == nil {
		return
	}
	view := rect{float64(g.area.Left), float64(g.area.Top), float64(g.area.Right), float64(g.area.Bottom)}
	// A big graph into pixels: regions, relations and companies are
	// gathered into one batch, painted on every core while the labels
	// are placed, and the labels drawn over them after.
	var batch *pixelBatch
	if img := pixelsOf(f.R); img != nil && g.lod {
		// The ops' slice is kept for the next frame: it is megabytes.
		ops := g.memo.ops
		if n := len(g.hulls) + 3*len(g.edges) + 2*len(g.nodes); cap(ops) < n {
			ops = make([]pixelOp, 0, n)
		}
		batch = &pixelBatch{img: img, ops: ops[:0]}
		if !g.memo.scratch {
			defer func() { g.memo.ops = batch.ops[:0] }()
		}
	} else if !g.lod {
		// A small graph lets go of a big one's batch: its ops still point
		// at that graph's curves.
		g.memo.ops = nil
	}
	if !sc.only {
		drawHulls(f, sc, g, campColor, batch)
	}
	legend := g.legend.Width() > 0 && !sc.only

	// Labels: camp names first, then value pills, then company names by
	// size, each placed where it overlaps nothing placed before it.
	labels := func() {
		pl := newPlacer(g.area)
		for _, n := range g.nodes {
			if !sc.only || lit(n.id) {
				pl.add(rect{n.c.X - n.r, n.c.Y - n.r, n.c.X + n.r, n.c.Y + n.r})
			}
		}
		if !sc.only {
			drawCampLabels(f, sc, g, pl)
		}
		// A crowd of value pills buries the graph: big graphs show them
		// only zoomed in.
		if !g.lod || g.zoom >= 2 {
			drawEdgeLabels(f, sc, g, pl, fade)
		}
		drawNodeLabels(f, sc, g, pl, fade)
	}
	placed := func() {}
	if batch != nil {
		// A big graph's labels are placed, and its legend drawn, while
		// its marks are gathered and painted (which use the pixels
		// only, not the renderer); the labels are painted after.
		g.later = []func(){}
		done := make(chan struct{})
		go func() {
			defer close(done)
			labels()
			if legend {
				drawLegend(f, sc, g.memo, g.legend)
			}
		}()
		placed = func() { <-done }
	}

	// Relations: faded ones first so that lit ones draw over them.
	order := make([]int, 0, len(g.edges))
	for i, e := range g.edges {
		// Off-screen (zoomed in) and, over the cached picture, unlit
		// relations cost nothing.
		if len(e.pts) < 2 || !bounds(e.pts).overlaps(view) || (sc.only && !lit(e.rel.ID)) {
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
		drawEdge(f, sc, g, &g.edges[i], fade, batch)
	}

	// Companies: a ring in the camp colours (split when in several camps)
	// around a lighter disc.
	ring := make([]drawing.Color, 0, 4)
	for _, n := range g.nodes {
		if sc.only && !lit(n.id) {
			continue
		}
		if !(rect{n.c.X - n.r, n.c.Y - n.r, n.c.X + n.r, n.c.Y + n.r}).overlaps(view) {
			continue
		}
		ring = drawNode(f, sc, g, n, ring[:0], campColor, fade, batch)
	}
	if batch == nil {
		labels()
		if legend {
			drawLegend(f, sc, g.memo, g.legend)
		}
		return
	}
	if legend {
		// The legend's opaque panel covers its column: the batch leaves
		// it alone.
		batch.clip = image.Rect(batch.img.Rect.Min.X, batch.img.Rect.Min.Y, g.legend.Left, batch.img.Rect.Max.Y)
	}
	batch.run()
	placed()
	for _, fn := range g.later {
		fn()
	}
	g.later = nil
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

// drawHulls paints the camp regions: a translucent fill behind the
// members, outlined; forecast camps dashed.
func drawHulls(f export.Frame, sc *Scene, g *geom, campColor func(int) drawing.Color, batch *pixelBatch) {
	r := f.R
	fills := batch
	if img := pixelsOf(r); img != nil && fills == nil {
		// Camp regions are large: painted on every core.
		fills = &pixelBatch{img: img}
	}
	for _, h := range g.hulls {
		c := campColor(h.camp)
		a := 0.10
		if f.Theme.Name == "dark" {
			a = 0.16
		}
		a *= campFade(g)
		if fills != nil {
			if len(fills.ops) == 0 || fills.ops[len(fills.ops)-1].regions == nil {
				// The regions come first: over a fresh picture they are
				// written rather than blended.
				op := pixelOp{regions: [][]r2.Vec{}}
				if len(fills.ops) == 0 {
					op.bg, op.fresh = takeFresh(r)
				}
				fills.ops = append(fills.ops, op)
			}
			op := &fills.ops[len(fills.ops)-1]
			op.regions, op.cols = append(op.regions, h.poly), append(op.cols, c.WithAlpha(uint8(255*a)))
			continue
		}
		polygon(r, h.poly, c.WithAlpha(uint8(255*a)), drawing.ColorTransparent, 0, nil)
	}
	if fills != batch {
		fills.run()
	}
	outlines := batch // a big graph's coarse regions: outlined on every core
	for _, h := range g.hulls {
		var dash []float64
		if sc.Data.Camps[h.camp].Status == data.Forecast {
			dash = []float64{f.Px(10), f.Px(7)}
		}
		col := campColor(h.camp).WithAlpha(uint8(150 * campFade(g)))
		if outlines != nil && len(h.poly) > 1 {
			outlines.ops = append(outlines.ops, pixelOp{pts: append(h.poly[:len(h.poly):len(h.poly)], h.poly[0]), col: col, w: f.Px(2), dash: dash})
			continue
		}
		polygon(r, h.poly, drawing.ColorTransparent, col, f.Px(2), dash)
	}

}

func drawEdge(f export.Frame, sc *Scene, g *geom, e *edgeGeom, fade func(drawing.Color, string) drawing.Color, batch *pixelBatch) {
	r := f.R
	line, fill := func(pts []r2.Vec, c drawing.Color, w float64, dash []float64) { polyline(r, pts, c, w, dash) },
		func(pts []r2.Vec, c drawing.Color) { polygon(r, pts, c, drawing.ColorTransparent, 0, nil) }
	if batch != nil {
		line = func(pts []r2.Vec, c drawing.Color, w float64, dash []float64) {
			batch.ops = append(batch.ops, pixelOp{pts: pts, col: c, w: w, dash: dash})
		}
		fill = func(pts []r2.Vec, c drawing.Color) {
			batch.ops = append(batch.ops, pixelOp{pts: pts, col: c, fill: true})
		}
	}
	{
		st := styleOf(e.rel.Type)
		col := st.Color
		if uncertain(e.rel.Status) {
			col = col.WithAlpha(110)
		}
		if e.rel.ID == sc.SelectedRelation {
			line(e.pts, f.Theme.Text.WithAlpha(90), e.width+f.Px(6), nil)
		}
		col = fade(col, e.rel.ID)
		pts := e.pts
		if st.Zigzag {
			pts = zigzag(pts, f.Px(9), f.Px(4))
		}
		var dash []float64
		for _, d := range st.Dash {
			dash = append(dash, d*f.Scale*math.Max(1, e.width/(3*f.Scale)))
		}
		line(pts, col, e.width, dash)
		if st.Break && e.dir != (r2.Vec{}) {
			// Two short bars across the middle: the tie is cut.
			n := r2.Vec{X: -e.dir.Y, Y: e.dir.X}
			for _, s := range []float64{-1, 1} {
				c := r2.Add(e.mid, r2.Scale(s*f.Px(5), e.dir))
				line([]r2.Vec{r2.Add(c, r2.Scale(f.Px(9), n)), r2.Sub(c, r2.Scale(f.Px(9), n))}, col, f.Px(3), nil)
			}
		}
		if e.arrow != nil {
			fill(e.arrow, col)
		}
	}
}

// drawNode paints one company; ring is scratch space, returned for reuse.
func drawNode(f export.Frame, sc *Scene, g *geom, n nodeGeom, ring []drawing.Color, campColor func(int) drawing.Color, fade func(drawing.Color, string) drawing.Color, batch *pixelBatch) []drawing.Color {
	r := f.R
	{
		fill := f.Theme.Neutral
		ring = append(ring, f.Theme.Neutral)
		if len(n.camps) > 0 {
			ring = ring[:0]
			for _, ci := range n.camps {
				ring = append(ring, campColor(ci))
			}
			fill = ring[0]
		}
		if n.idle { // at this date the company has no deal: a ghost
			fill = blend(fill, f.Theme.Background, 0.55)
			for i := range ring {
				ring[i] = blend(ring[i], f.Theme.Background, 0.55)
			}
		}
		disc := blend(fill, f.Theme.Background, 0.45)
		w := math.Max(f.Px(2.5), n.r*0.3)
		steps := circleSteps(n.r)
		if g.lod {
			steps = int(math.Max(10, math.Min(64, n.r*1.2)))
		}
		marked := n.id == sc.Selected || n.id == sc.Hover || (n.id == sc.dragged && sc.dragged != "")
		if batch != nil {
			// With the relations, on every core.
			if len(ring) == 1 {
				batch.ops = append(batch.ops, pixelOp{pts: []r2.Vec{n.c}, w: n.r, col: fade(ring[0], n.id), r0: n.r - w, col2: fade(disc, n.id), node: true})
			} else {
				cols := make([]drawing.Color, len(ring))
				for i, c := range ring {
					cols[i] = fade(c, n.id)
				}
				batch.ops = append(batch.ops, pixelOp{pts: []r2.Vec{n.c}, w: n.r, col: fade(disc, n.id), disc: true},
					pixelOp{pts: []r2.Vec{n.c}, r0: n.r - w, w: n.r, ring: cols})
			}
			if marked {
				pts := circlePoints(n.c, n.r+f.Px(3), circleSteps(n.r))
				batch.ops = append(batch.ops, pixelOp{pts: append(pts, pts[0]), w: f.Px(2.5), col: f.Theme.Text})
			}
			return ring
		}
		batch.flush() // what lies under this company is painted first
		if g.lod && len(ring) == 1 {
			// One camp: a full disc in the ring colour under the inner
			// disc looks the same and fills two circles, not an annulus.
			polygon(r, circlePoints(n.c, n.r, steps), fade(ring[0], n.id), drawing.ColorTransparent, 0, nil)
			polygon(r, circlePoints(n.c, n.r-w, steps), fade(disc, n.id), drawing.ColorTransparent, 0, nil)
		} else {
			polygon(r, circlePoints(n.c, n.r, steps), fade(disc, n.id), drawing.ColorTransparent, 0, nil)
			for i, arc := range ringArcs(n.c, n.r-w, n.r, len(ring)) {
				polygon(r, arc, fade(ring[i], n.id), drawing.ColorTransparent, 0, nil)
			}
		}
		if marked {
			polygon(r, circlePoints(n.c, n.r+f.Px(3), circleSteps(n.r)), drawing.ColorTransparent, f.Theme.Text, f.Px(2.5), nil)
		}
	}
	return ring
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

func polygon(r chart.Renderer, pts []r2.Vec, fill, stroke drawing.Color, width float64, dash []float64) {
	if len(pts) < 2 {
		return
	}
	r.ResetStyle()
	r.SetFillColor(fill)
	r.SetStrokeColor(stroke)
	r.SetStrokeWidth(width)
	r.SetStrokeDashArray(dash)
	r.MoveTo(int(math.Round(pts[0].X)), int(math.Round(pts[0].Y)))
	for _, p := range pts[1:] {
		r.LineTo(int(math.Round(p.X)), int(math.Round(p.Y)))
	}
	r.Close()
	switch {
	case width > 0 && !fill.IsTransparent():
		r.FillStroke()
	case width > 0:
		r.Stroke()
	default:
		r.Fill()
	}
}

func polyline(r chart.Renderer, pts []r2.Vec, c drawing.Color, width float64, dash []float64) {
	if len(pts) < 2 {
		return
	}
	r.ResetStyle()
	r.SetFillColor(drawing.ColorTransparent)
	r.SetStrokeColor(c)
	r.SetStrokeWidth(width)
	r.SetStrokeDashArray(dash)
	r.MoveTo(int(math.Round(pts[0].X)), int(math.Round(pts[0].Y)))
	for _, p := range pts[1:] {
		r.LineTo(int(math.Round(p.X)), int(math.Round(p.Y)))
	}
	r.Stroke()
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

// rect is an axis-aligned box in pixels.
type rect struct{ x0, y0, x1, y1 float64 }

func (a rect) overlaps(b rect) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// placer remembers occupied boxes in a coarse grid, so that placing a
// thousand labels stays fast.
type placer struct {
	bounds chart.Box
	cell   float64
	grid   map[[2]int][]rect
	labels *placer // the text boxes alone: a fallback may cover a node, never a name
}

func newPlacer(b chart.Box) *placer {
	return &placer{bounds: b, cell: 64, grid: map[[2]int][]rect{}, labels: &placer{bounds: b, cell: 64, grid: map[[2]int][]rect{}}}
}

// addLabel takes q for a piece of text.
func (p *placer) addLabel(q rect) {
	p.add(q)
	p.labels.add(q)
}

// leastCrowded is the candidate box that covers no text and the least of
// anything else; false when each covers text.
func (p *placer) leastCrowded(l label, cands []r2.Vec) (rect, bool) {
	best, q, ok := math.Inf(1), rect{}, false
	for _, c := range cands {
		b := l.at(c)
		if !p.labels.free(b) {
			continue
		}
		if v := p.crowding(b); v < best {
			best, q, ok = v, b, true
		}
	}
	return q, ok
}

func (p *placer) cells(q rect, fn func(k [2]int) bool) {
	for x := int(math.Floor(q.x0 / p.cell)); x <= int(math.Floor(q.x1/p.cell)); x++ {
		for y := int(math.Floor(q.y0 / p.cell)); y <= int(math.Floor(q.y1/p.cell)); y++ {
			if !fn([2]int{x, y}) {
				return
			}
		}
	}
}

func (p *placer) free(q rect) bool {
	if q.x0 < float64(p.bounds.Left) || q.x1 > float64(p.bounds.Right) || q.y0 < float64(p.bounds.Top) || q.y1 > float64(p.bounds.Bottom) {
		return false
	}
	ok := true
	p.cells(q, func(k [2]int) bool {
		for _, o := range p.grid[k] {
			if o.overlaps(q) {
				ok = false
				return false
			}
		}
		return true
	})
	return ok
}

// crowding is how much of q is covered by placed boxes (or lies outside).
func (p *placer) crowding(q rect) float64 {
	area := 0.0
	out := math.Max(0, float64(p.bounds.Left)-q.x0) + math.Max(0, q.x1-float64(p.bounds.Right)) +
		math.Max(0, float64(p.bounds.Top)-q.y0) + math.Max(0, q.y1-float64(p.bounds.Bottom))
	seen := map[rect]bool{}
	p.cells(q, func(k [2]int) bool {
		for _, o := range p.grid[k] {
			if seen[o] || !o.overlaps(q) {
				continue
			}
			seen[o] = true
			area += (math.Min(o.x1, q.x1) - math.Max(o.x0, q.x0)) * (math.Min(o.y1, q.y1) - math.Max(o.y0, q.y0))
		}
		return true
	})
	return area + out*(q.y1-q.y0)
}

func (p *placer) add(q rect) {
	p.cells(q, func(k [2]int) bool {
		p.grid[k] = append(p.grid[k], q)
		return true
	})
}

// label is a piece of text with a box around it.
type label struct {
	text       string
	more       []string // further lines under text
	size       float64
	w, h, padX float64
}

func measure(f export.Frame, s string, size, padX float64) label {
	return measureIn(f, nil, s, size, padX)
}

func measureIn(f export.Frame, m *textMemo, s string, size, padX float64) label {
	var w float64
	if m != nil {
		w = float64(m.measure(f.R, s, size))
	} else {
		w = float64(export.MeasureText(f.R, s, size))
	}
	return label{text: s, size: size, w: w + 2*padX, h: size * 1.3, padX: padX}
}

// at is the label's box centred on c.
func (l label) at(c r2.Vec) rect {
	return rect{c.X - l.w/2, c.Y - l.h/2, c.X + l.w/2, c.Y + l.h/2}
}

func (l label) draw(f export.Frame, q rect, bg, fg drawing.Color, radius float64) {
	if !bg.IsTransparent() {
		roundRect(f.R, q, radius, bg, drawing.ColorTransparent, 0)
	}
	lh := (q.y1 - q.y0) / float64(1+len(l.more))
	for k, s := range append([]string{l.text}, l.more...) {
		base := q.y0 + lh*(float64(k)+0.5) + l.size*0.36
		export.Text(f.R, s, int(math.Round(q.x0+l.padX)), int(math.Round(base)), l.size, fg)
	}
}

// wrapped is a long name on two lines rather than cut, when it fits so.
func wrapped(f export.Frame, m *textMemo, s string, size, width, padX float64) (label, bool) {
	lines := export.Wrap(f.R, s, size, int(width), 2)
	if len(lines) != 2 || strings.HasSuffix(lines[1], "…") || strings.HasSuffix(lines[1], "...") { // cut: Fit ends Latin with "..."
		return label{}, false
	}
	l := measureIn(f, m, lines[0], size, padX)
	l2 := measureIn(f, m, lines[1], size, padX)
	l.more, l.w, l.h = lines[1:], math.Max(l.w, l2.w), l.h*2
	return l, true
}

func roundRect(r chart.Renderer, q rect, rad float64, fill, stroke drawing.Color, width float64) {
	rad = math.Min(rad, math.Min(q.x1-q.x0, q.y1-q.y0)/2)
	var pts []r2.Vec
	corner := func(cx, cy, a0 float64) {
		for i := 0; i <= 4; i++ {
			a := a0 + math.Pi/2*float64(i)/4
			pts = append(pts, r2.Vec{X: cx + rad*math.Cos(a), Y: cy + rad*math.Sin(a)})
		}
	}
	corner(q.x1-rad, q.y0+rad, -math.Pi/2)
	corner(q.x1-rad, q.y1-rad, 0)
	corner(q.x0+rad, q.y1-rad, math.Pi/2)
	corner(q.x0+rad, q.y0+rad, math.Pi)
	if img := pixelsOf(r); img != nil && width == 0 {
		// A label's backdrop, near the background colour: a plain scanline
		// fill looks the same on screen at a fraction of the cost.
		if fill.A > 0 {
			fillPolygonLUT(img, pts, lutFor(r, fill))
		}
		return
	}
	polygon(r, pts, fill, stroke, width, nil)
}

func drawCampLabels(f export.Frame, sc *Scene, g *geom, pl *placer) {
	for _, h := range g.hulls {
		camp := sc.Data.Camps[h.camp]
		name := camp.Name.In(sc.Lang)
		if camp.Status == data.Forecast {
			name += word("forecast", sc.Lang)
		}
		size := f.Px(19)
		name = export.Fit(f.R, name, size, int(f.Px(480)))
		l := measure(f, name, size, f.Px(6))
		top, bottom := h.poly[0], h.poly[0]
		for _, p := range h.poly {
			if p.Y < top.Y {
				top = p
			}
			if p.Y > bottom.Y {
				bottom = p
			}
		}
		// Just above the region, else just below it, else inside its top.
		cands := []r2.Vec{
			{X: top.X, Y: top.Y - l.h/2 - f.Px(2)},
			{X: bottom.X, Y: bottom.Y + l.h/2 + f.Px(2)},
			{X: top.X, Y: top.Y + l.h/2 + f.Px(2)},
		}
		for _, dx := range []float64{-0.25, 0.25, -0.5, 0.5} {
			cands = append(cands, r2.Vec{X: top.X + dx*l.w, Y: top.Y - l.h/2 - f.Px(2)})
		}
		q, ok := place(pl, l, cands)
		if !ok {
			// In a crowd of companies, where every spot covers some: the
			// nearest to the region's top that covers no other name.
			q = l.at(cands[0])
		near:
			for ring := 1; ring <= 8 && !pl.labels.free(q); ring++ {
				for k := range 16 {
					a := 2 * math.Pi * float64(k) / 16
					b := l.at(r2.Add(cands[0], r2.Vec{X: float64(ring) * l.w / 2 * math.Cos(a), Y: float64(ring) * l.h * math.Sin(a)}))
					if pl.labels.free(b) {
						q = b
						break near
					}
				}
			}
		}
		pl.addLabel(q)
		c := blend(export.Color(camp.Color, f.Theme.Neutral), f.Theme.Text, 0.25)
		g.paint(func() {
			l.draw(f, q, f.Theme.Background.WithAlpha(uint8(200*campFade(g))), c.WithAlpha(uint8(255*campFade(g))), f.Px(6))
		})
	}
}

// spiral looks for a free spot for l on rings farther and farther around c
// (d is the first ring's radius); failing that it takes the least crowded
// spot seen. leader reports a spot set apart from the node.
func spiral(pl *placer, l label, c r2.Vec, d float64) (rect, bool) {
	var all []r2.Vec
	for ring := 1; ring <= 12; ring++ {
		rad := d + float64(ring)*l.h
		for k := 0; k < 24; k++ {
			a := 2 * math.Pi * float64(k) / 24
			u := r2.Vec{X: math.Cos(a), Y: math.Sin(a)}
			// The box's near side faces the node.
			p := r2.Add(c, r2.Vec{X: u.X * (rad + l.w/2), Y: u.Y * (rad + l.h/2)})
			if q := l.at(p); pl.free(q) {
				return q, true
			}
			all = append(all, p)
		}
	}
	if q, ok := pl.leastCrowded(l, all); ok {
		return q, true
	}
	return l.at(r2.Add(c, r2.Vec{X: d + l.w/2})), false
}

// place returns the first candidate box that is free.
func place(pl *placer, l label, cands []r2.Vec) (rect, bool) {
	for _, c := range cands {
		if q := l.at(c); pl.free(q) {
			return q, true
		}
	}
	return rect{}, false
}

func drawEdgeLabels(f export.Frame, sc *Scene, g *geom, pl *placer, fade func(drawing.Color, string) drawing.Color) {
	// Big deals first: they get the best spots.
	idx := make([]int, 0, len(g.edges))
	for i, e := range g.edges {
		if len(e.pts) >= 2 && ValueLabel(*e.rel, sc.Lang) != "" {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return g.edges[idx[a]].width > g.edges[idx[b]].width })
	many := len(g.edges) > 150
	view := rect{float64(g.area.Left), float64(g.area.Top), float64(g.area.Right), float64(g.area.Bottom)}
	for _, i := range idx {
		e := g.edges[i]
		if sc.only && g.focus != nil && !g.focus[e.rel.ID] {
			continue
		}
		if g.lod && !bounds(e.pts).overlaps(view) {
			continue
		}
		l := measureIn(f, g.memo, ValueLabel(*e.rel, sc.Lang), f.Px(15), f.Px(7))
		var cands []r2.Vec
		for _, t := range []float64{0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85} {
			if len(e.pts) == 2 { // a straight stroke (big graphs)
				cands = append(cands, r2.Add(e.pts[0], r2.Scale(t, r2.Sub(e.pts[1], e.pts[0]))))
				continue
			}
			cands = append(cands, e.pts[int(math.Round(t*float64(len(e.pts)-1)))])
		}
		// Then beside the line, still touching it.
		nrm := r2.Vec{X: -e.dir.Y, Y: e.dir.X}
		side := math.Abs(nrm.X)*l.w/2 + math.Abs(nrm.Y)*l.h/2
		for _, c := range cands[:5] {
			cands = append(cands, r2.Add(c, r2.Scale(side, nrm)), r2.Sub(c, r2.Scale(side, nrm)))
		}
		q, ok := place(pl, l, cands)
		if !ok {
			if many {
				continue // in a crowd, a missing pill beats a pile
			}
			// Over a node or a line rather than over another label.
			if q, ok = pl.leastCrowded(l, cands); !ok {
				continue
			}
		}
		pl.addLabel(q)
		st := styleOf(e.rel.Type)
		border := fade(st.Color, e.rel.ID)
		bg := fade(f.Theme.Background, e.rel.ID)
		text := fade(blend(st.Color, f.Theme.Text, 0.35), e.rel.ID)
		g.paint(func() {
			roundRect(f.R, q, l.h/2, bg, border, f.Px(1.5))
			l.draw(f, q, drawing.ColorTransparent, text, 0)
		})
	}
}

// shortestCut is the longest name, in characters, that a crowded label never
// shortens.
const shortestCut = 8

// shortened is name cut to width for a crowded spot, or "" when the name
// is too short to cut (AMD as "A…" names nothing).
func shortened(f export.Frame, name string, size, width float64) string {
	if len([]rune(name)) <= shortestCut {
		return ""
	}
	return export.Fit(f.R, name, size, int(width))
}

func drawNodeLabels(f export.Frame, sc *Scene, g *geom, pl *placer, fade func(drawing.Color, string) drawing.Color) {
	idx := make([]int, len(g.nodes))
	for i := range idx {
		idx[i] = i
	}
	// The selected, hovered and dragged company first, then the biggest.
	rank := func(n nodeGeom) float64 {
		if n.id == sc.Selected || n.id == sc.Hover || n.id == sc.dragged {
			return math.Inf(1)
		}
		return n.r
	}
	sort.SliceStable(idx, func(a, b int) bool { return rank(g.nodes[idx[a]]) > rank(g.nodes[idx[b]]) })
	names := map[string]string{}
	for _, c := range sc.Data.Companies {
		names[c.ID] = c.Name.In(sc.Lang)
	}
	size := f.Px(17)
	if len(g.nodes) > 200 {
		size = f.Px(13)
	}
	view := rect{float64(g.area.Left), float64(g.area.Top), float64(g.area.Right), float64(g.area.Bottom)}
	for _, i := range idx {
		n := g.nodes[i]
		lit := g.focus == nil || g.focus[n.id]
		if sc.only && !lit {
			continue
		}
		// Only companies on screen are named: the names of those panned or
		// zoomed out of view piled up along the edge (finding 8).
		if !(rect{n.c.X - n.r, n.c.Y - n.r, n.c.X + n.r, n.c.Y + n.r}).overlaps(view) {
			continue
		}
		if g.lod {
			// Big graphs name the bigger companies (more as one zooms in)
			// and the lit ones.
			if n.r < 5*g.px && !(lit && g.focus != nil) && n.id != sc.dragged {
				continue
			}
		}
		name := g.memo.fitText(f.R, names[n.id], size, int(f.Px(300)))
		l := measureIn(f, g.memo, name, size, f.Px(3))
		if name != names[n.id] && !g.lod {
			if w, ok := wrapped(f, g.memo, names[n.id], size, f.Px(300), f.Px(3)); ok {
				l = w
			}
		}
		gap := f.Px(5)
		d := n.r + gap
		cands := []r2.Vec{
			{X: n.c.X + d + l.w/2, Y: n.c.Y},
			{X: n.c.X - d - l.w/2, Y: n.c.Y},
			{X: n.c.X, Y: n.c.Y + d + l.h/2},
			{X: n.c.X, Y: n.c.Y - d - l.h/2},
			{X: n.c.X + d*0.7 + l.w/2, Y: n.c.Y + d*0.7 + l.h/2},
			{X: n.c.X - d*0.7 - l.w/2, Y: n.c.Y + d*0.7 + l.h/2},
			{X: n.c.X + d*0.7 + l.w/2, Y: n.c.Y - d*0.7 - l.h/2},
			{X: n.c.X - d*0.7 - l.w/2, Y: n.c.Y - d*0.7 - l.h/2},
		}
		q, ok := place(pl, l, cands)
		leader := false
		if !ok && len(g.nodes) <= 60 {
			// Small graphs name every company: try a shortened name, then
			// farther out, before accepting an overlap. A short name (AMD)
			// is never cut: "A…" names nothing.
			short := shortened(f, names[n.id], size, l.w*0.6)
			if short != "" && short != name {
				ls := measure(f, short, size, f.Px(3))
				if q, ok = place(pl, ls, []r2.Vec{{X: n.c.X + d + ls.w/2, Y: n.c.Y}, {X: n.c.X - d - ls.w/2, Y: n.c.Y}, {X: n.c.X, Y: n.c.Y + d + ls.h/2}, {X: n.c.X, Y: n.c.Y - d - ls.h/2}}); ok {
					l = ls
				}
			}
			if !ok {
				var far []r2.Vec
				for _, c := range cands[:4] {
					far = append(far, r2.Add(n.c, r2.Scale(1+l.h/d, r2.Sub(c, n.c))))
				}
				if q, ok = place(pl, l, far); !ok {
					if q, leader = spiral(pl, l, n.c, d); !leader {
						// Nowhere free of text: a shortened name may fit where the whole one does not.
						if short := shortened(f, names[n.id], size, l.w*0.5); short != "" && short != name {
							ls := measure(f, short, size, f.Px(3))
							if qs, free := spiral(pl, ls, n.c, d); free {
								q, l, leader = qs, ls, true
							}
						}
					}
				}
			}
		} else if !ok {
			continue
		}
		pl.addLabel(q)
		if leader {
			// A name set apart points at its company.
			a := r2.Vec{X: math.Max(q.x0, math.Min(q.x1, n.c.X)), Y: math.Max(q.y0, math.Min(q.y1, n.c.Y))}
			if v := r2.Sub(a, n.c); r2.Norm(v) > n.r+f.Px(4) {
				b := r2.Add(n.c, r2.Scale((n.r+f.Px(2))/r2.Norm(v), v))
				g.paint(func() { polyline(f.R, []r2.Vec{b, a}, fade(f.Theme.Muted, n.id), f.Px(1), nil) })
			}
		}
		text := f.Theme.Text
		if n.idle {
			text = f.Theme.Muted
		}
		g.paint(func() { l.draw(f, q, fade(f.Theme.Background.WithAlpha(190), n.id), fade(text, n.id), f.Px(4)) })
	}
}
