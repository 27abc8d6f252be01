package network

import (
	"cmp"
	"math"
	"slices"
	"sync"

	"github.com/wcharczuk/go-chart/v2"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
)

// geom is a scene resolved to screen pixels: what Draw paints and what
// hit-testing searches, computed by the same code so they always agree.
type geom struct {
	area chart.Box // where the network is laid out
	// shown is where its marks can be seen: the area and, on screen, the
	// strip kept clear for the floating legend, which a pan can move
	// companies into.
	shown  chart.Box
	legend chart.Box // empty when there is no legend
	scale  float64   // layout units → pixels, zoom included
	sx, sy float64   // extra stretch of one axis to fill a canvas of another shape
	pan    r2.Vec    // the centre's offset in pixels (Scene.Pan, or from Framing)
	zoom   float64   // scale over the whole layout's fit
	px     float64   // slide pixels → pixels (Frame.Scale)
	nodes  []nodeGeom
	byID   map[string]int
	edges  []edgeGeom
	hulls  []hullGeom
	rels   []*data.Relation // the visible relations, in the scene's data
	focus  map[string]bool  // lit company and relation IDs; nil: all lit
	// lod is set for big graphs: straight edges, coarser circles and hulls,
	// fewer labels, so that a 1,000-company frame draws quickly.
	lod  bool
	memo *textMemo
	// later gathers the labels' painting while they are placed: a big
	// graph places them while its marks are painted (drawScene).
	later []func()
}

// paint keeps fn for drawScene to call once the labels are placed.
func (g *geom) paint(fn func()) { g.later = append(g.later, fn) }

// lodNodes is the node count past which the picture is simplified.
const lodNodes = 200

type nodeGeom struct {
	id    string
	c     r2.Vec
	r     float64
	camps []int // camp indexes
	deals int
	idle  bool // no relation in force at the date shown
}

type edgeGeom struct {
	rel   *data.Relation // in the scene's data
	pts   []r2.Vec       // the stroke, clipped at the node circles
	arrow []r2.Vec       // a triangle at the To end when directed
	width float64
	off   float64 // sideways bend (parallel relations), kept to redo the curve
	mid   r2.Vec  // where the value label goes
	dir   r2.Vec  // unit tangent at mid
}

type hullGeom struct {
	camp int
	poly []r2.Vec // convex (counter-clockwise), or hugging the members when that would take in others
}

// legendWidth is the legend column's width in slide pixels.
const legendWidth = 330

// layoutSize is the layout box the positions live in.
func (sc *Scene) layoutSize() (float64, float64) {
	o := sc.Layout.withDefaults()
	return o.Width, o.Height
}

// toScreen maps a layout point to pixels.
func (g *geom) toScreen(sc *Scene, p r2.Vec) r2.Vec {
	W, H := sc.layoutSize()
	cx := float64(g.area.Left+g.area.Right) / 2
	cy := float64(g.area.Top+g.area.Bottom) / 2
	return r2.Vec{X: cx + (p.X-W/2)*g.scale*g.sx + g.pan.X, Y: cy + (p.Y-H/2)*g.scale*g.sy + g.pan.Y}
}

// ToLayout maps a pixel in a frame box back to layout units (for dragging).
func (sc *Scene) ToLayout(box chart.Box, px float64, p r2.Vec) r2.Vec {
	g := sc.frameGeom(box, px)
	W, H := sc.layoutSize()
	cx := float64(g.area.Left+g.area.Right) / 2
	cy := float64(g.area.Top+g.area.Bottom) / 2
	return r2.Vec{X: (p.X-cx-g.pan.X)/(g.scale*g.sx) + W/2, Y: (p.Y-cy-g.pan.Y)/(g.scale*g.sy) + H/2}
}

// frameGeom splits the box into network area and legend and sets the scale.
func (sc *Scene) frameGeom(box chart.Box, px float64) *geom {
	g := &geom{area: box, px: px}
	if !sc.NoLegend {
		lw := int(legendWidth * px)
		if box.Width() > 3*lw {
			g.legend = chart.NewBox(box.Top, box.Right-lw, box.Right, box.Bottom)
			g.area.Right -= lw + int(16*px)
		}
	}
	g.shown = g.area
	if in := int(sc.Inset * px); in > 0 && in < g.area.Width()/2 {
		g.area.Right -= in
	}
	W, H := sc.layoutSize()
	zoom := sc.Zoom
	if zoom <= 0 {
		zoom = 1
	}
	fx, fy := float64(g.area.Width())/W, float64(g.area.Height())/H
	fit := math.Min(fx, fy)
	g.scale, g.zoom, g.pan = fit*zoom, zoom, sc.Pan
	// A tall window spreads the picture a little taller (a wide one wider)
	// rather than leave bands empty; stretching only parts nodes further.
	g.sx, g.sy = 1, 1
	if fit > 0 {
		g.sx, g.sy = math.Min(fx/fit, 1.7), math.Min(fy/fit, 1.7)
	}
	if fr := sc.Framing; fr.Max.X > fr.Min.X && fr.Max.Y > fr.Min.Y && fit > 0 {
		g.frameTo(fr, W, H, fit)
	}
	// On a small canvas the nodes shrink with the layout; shrink text and
	// strokes a little too, or the names would bury the graph.
	if base := fit / px; base < 0.9 {
		g.px = px * math.Max(0.7, math.Sqrt(base/0.9))
	}
	return g
}

// frameTo shows the layout box fr across the area, its centre in the
// middle, stretched as the screen stretches; fit is the whole layout's.
func (g *geom) frameTo(fr r2.Box, W, H, fit float64) {
	fx, fy := float64(g.area.Width())/(fr.Max.X-fr.Min.X), float64(g.area.Height())/(fr.Max.Y-fr.Min.Y)
	s := math.Min(fx, fy)
	g.scale, g.zoom = s, s/fit
	g.sx, g.sy = math.Min(fx/s, 1.7), math.Min(fy/s, 1.7)
	c := r2.Scale(0.5, r2.Add(fr.Min, fr.Max))
	g.pan = r2.Vec{X: -(c.X - W/2) * s * g.sx, Y: -(c.Y - H/2) * s * g.sy}
}

// build resolves the scene in the box: node circles, edge curves, hulls.
func (sc *Scene) build(box chart.Box, px float64) *geom {
	g := sc.frameGeom(box, px)
	g.byID = map[string]int{}
	g.memo = sc.memo
	if g.memo == nil {
		g.memo = newTextMemo()
	}
	if sc.Data == nil {
		return g
	}
	st, campsOf := g.memo.dataIndex(sc.Data)
	rels := sc.visibleRelations(campsOf)
	g.rels = rels
	sc.buildNodes(g, st, campsOf)
	// Each relation's ends as nodes (both are shown, or it is not
	// visible), looked up once.
	ends := make([][2]int32, len(rels))
	for i, r := range rels {
		a, b := g.byID[r.From], g.byID[r.To]
		ends[i] = [2]int32{int32(a), int32(b)}
		g.nodes[a].deals++
		g.nodes[b].deals++
	}
	for i := range g.nodes {
		g.nodes[i].idle = !sc.AsOf.IsZero() && g.nodes[i].deals == 0
	}
	g.lod = len(g.nodes) > lodNodes

	jobs := g.fan(rels, ends, st, px)
	g.edges = make([]edgeGeom, len(jobs))
	curves := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			j := jobs[i]
			e := ends[j.ri]
			g.edges[i] = g.edge(rels[j.ri], g.nodes[e[0]], g.nodes[e[1]], j.off, j.w)
		}
	}
	if len(jobs) < parallelEdges {
		curves(0, len(jobs))
		sc.buildHulls(g, px)
	} else {
		// A big graph's curves, in two halves, and its regions at once:
		// each reads the nodes and writes its own part.
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); sc.buildHulls(g, px) }()
		go func() { defer wg.Done(); curves(len(jobs)/2, len(jobs)) }()
		curves(0, len(jobs)/2)
		wg.Wait()
	}
	g.focus = sc.focus(rels)
	return g
}

// buildNodes places the shown companies: their circles and the camps they
// are drawn in as of the date.
func (sc *Scene) buildNodes(g *geom, st nodeStats, campsOf map[string][]int) {
	g.nodes = make([]nodeGeom, 0, len(sc.Data.Companies))
	sizeBy := sc.SizeBy
	if sizeBy == "" {
		sizeBy = sc.Layout.SizeBy
	}
	for _, c := range sc.Data.Companies {
		p, ok := sc.Pos[c.ID]
		if !ok || !sc.visibleCompany(campsOf, c.ID) {
			continue
		}
		if _, dup := g.byID[c.ID]; dup {
			continue
		}
		var camps []int
		for _, ci := range campsOf[c.ID] {
			if sc.memberShown(ci, c.ID) {
				camps = append(camps, ci)
			}
		}
		g.byID[c.ID] = len(g.nodes)
		g.nodes = append(g.nodes, nodeGeom{id: c.ID, c: g.toScreen(sc, p), r: st.radius(c.ID, sizeBy) * g.scale, camps: camps})
	}
}

// fanJob is a relation's place in its fan: its index in rels, its sideways
// bend and its width, in pixels.
type fanJob struct {
	ri     int32
	off, w float64
}

// fan lays out the relations (ends: each one's two nodes) in drawing order.
// px is build's (not g.px, which a small canvas shrinks).
func (g *geom) fan(rels []*data.Relation, ends [][2]int32, st nodeStats, px float64) []fanJob {
	// Parallel relations between one pair fan out as separate curves:
	// the pairs in the order they first appear, each pair's relations in
	// theirs. A pair is keyed from its lesser company ID.
	pairOf := make(map[[2]int32]int32, len(rels))
	pair := make([]int32, len(rels))
	rev := make([]bool, len(rels)) // the relation runs against its pair's key
	for i, e := range ends {
		if rev[i] = g.nodes[e[0]].id > g.nodes[e[1]].id; rev[i] {
			e[0], e[1] = e[1], e[0]
		}
		k, ok := pairOf[e]
		if !ok {
			k = int32(len(pairOf))
			pairOf[e] = k
		}
		pair[i] = k
	}
	start := make([]int32, len(pairOf)+1) // each pair's relations: byPair[start[k]:start[k+1]]
	for _, k := range pair {
		start[k+1]++
	}
	for k := range len(pairOf) {
		start[k+1] += start[k]
	}
	byPair := make([]int32, len(rels))
	next := slices.Clone(start)
	for i, k := range pair {
		byPair[next[k]] = int32(i)
		next[k]++
	}
	jobs := make([]fanJob, 0, len(rels))
	for k := range len(pairOf) {
		idx := byPair[start[k]:start[k+1]]
		step := 34 * px
		if n := len(idx); n > 9 { // dozens of deals on one pair: the fan stays 8 steps wide, inside the picture
			step *= 8 / float64(n-1)
		}
		for j, ri := range idx {
			r := rels[ri]
			off := (float64(j) - float64(len(idx)-1)/2) * step
			// The bend is measured from the pair's canonical direction so
			// that A→B and B→A relations fan to opposite sides.
			if rev[ri] {
				off = -off
			}
			w := st.edgeWidth(*r) * px
			if g.lod {
				// Big graphs shrink their nodes; thinner lines keep the
				// balance (and paint half the pixels).
				w = math.Max(px, w*0.6)
			}
			jobs = append(jobs, fanJob{ri, off, w})
		}
	}
	return jobs
}

// parallelEdges is the relation count from which build works out curves
// and regions on several goroutines.
const parallelEdges = 500

// buildHulls works out the camp regions around g's nodes; px is build's.
func (sc *Scene) buildHulls(g *geom, px float64) {
	for ci := range sc.Data.Camps {
		if !sc.campShown(ci) {
			continue
		}
		var pts []r2.Vec
		k := 16
		if g.lod {
			k = 8
		}
		pad := math.Max(14*px, 18*g.scale)
		var members []nodeGeom
		for _, n := range g.nodes {
			if containsInt(n.camps, ci) {
				members = append(members, n)
			}
		}
		if g.lod {
			members = nearRim(members, pad)
		}
		for _, n := range members {
			pts = append(pts, circlePoints(n.c, n.r+pad, k)...)
		}
		if len(pts) > 0 {
			poly := convexHull(pts)
			// A convex region that takes in a company of no part in the
			// camp says something false: hug the members instead.
			// (Slide-sized graphs only: in a crowd of overlapping camps
			// the hugging outlines turn into tentacles.)
			if len(g.nodes) <= 60 && enclosesOther(g, ci, poly) {
				if blob := campBlob(g, ci, math.Max(14*px, 18*g.scale), px); len(blob) >= 3 {
					poly = blob
				}
			}
			g.hulls = append(g.hulls, hullGeom{camp: ci, poly: poly})
		}
	}
}

// focus is the set of lit IDs: the hovered or selected company with its
// neighbours and their relations, the selected relation and its parties, or
// what another view highlighted. nil when nothing is singled out.
func (sc *Scene) focus(rels []*data.Relation) map[string]bool {
	if len(sc.Highlight) > 0 {
		return sc.Highlight
	}
	center := sc.Hover
	if center == "" {
		center = sc.Selected
	}
	if center == "" && sc.SelectedRelation == "" {
		return nil
	}
	f := map[string]bool{}
	for _, r := range rels {
		if r.ID == sc.SelectedRelation || (center != "" && (r.From == center || r.To == center)) {
			f[r.ID], f[r.From], f[r.To] = true, true, true
		}
	}
	if center != "" {
		f[center] = true
	}
	return f
}

// edge builds one relation's curve from a to b, bent sideways by off pixels.
func (g *geom) edge(r *data.Relation, a, b nodeGeom, off, width float64) edgeGeom {
	e := edgeGeom{rel: r, width: width, off: off}
	v := r2.Sub(b.c, a.c)
	d := r2.Norm(v)
	if d < 1e-6 {
		return e
	}
	u := r2.Scale(1/d, v)
	nrm := r2.Vec{X: -u.Y, Y: u.X}
	ctrl := r2.Add(r2.Scale(0.5, r2.Add(a.c, b.c)), r2.Scale(2*off, nrm))
	at := func(t float64) r2.Vec { // quadratic Bézier
		s := 1 - t
		return r2.Add(r2.Add(r2.Scale(s*s, a.c), r2.Scale(2*s*t, ctrl)), r2.Scale(t*t, b.c))
	}
	gap := 3 * g.px
	arrowLen := 0.0
	if r.Directed {
		arrowLen = 7*g.px + width*1.6
	}
	// Clip the ends at the circles: bisection on the distance from each
	// centre, which grows monotonically along a gentle curve.
	var t0, tTip, t1 float64
	if off == 0 && g.lod {
		// A straight stroke (the control point is the midpoint): the
		// same cuts in closed form, for a thousand relations a frame.
		t0 = min((a.r+gap)/d, 0.5)
		tTip = max(1-(b.r+gap)/d, 0.5)
		t1 = tTip
		if arrowLen > 0 {
			t1 = max(tTip-arrowLen/d, 0.5)
		}
	} else {
		t0 = bisect(func(t float64) bool { return r2.Norm(r2.Sub(at(t), a.c)) >= a.r+gap }, 0, 0.5)
		tTip = 1 - bisect(func(t float64) bool { return r2.Norm(r2.Sub(at(1-t), b.c)) >= b.r+gap }, 0, 0.5)
		t1 = tTip
		if arrowLen > 0 {
			tip := at(tTip)
			t1 = 1 - bisect(func(t float64) bool { return r2.Norm(r2.Sub(at(1-t), tip)) >= arrowLen }, 1-tTip, 0.5)
		}
	}
	if t1 <= t0 {
		return e // nodes touch: nothing to draw
	}
	steps := 24
	if g.lod { // big graphs: a straight stroke, a few segments when bent
		steps = 1
		if off != 0 {
			steps = 6
		}
	}
	e.pts = make([]r2.Vec, 0, steps+1)
	for i := 0; i <= steps; i++ {
		e.pts = append(e.pts, at(t0+(t1-t0)*float64(i)/float64(steps)))
	}
	if arrowLen > 0 {
		tip, base := at(tTip), at(t1)
		dir := r2.Sub(tip, base)
		if n := r2.Norm(dir); n > 0 {
			dir = r2.Scale(1/n, dir)
			side := r2.Scale(arrowLen*0.45, r2.Vec{X: -dir.Y, Y: dir.X})
			e.arrow = []r2.Vec{tip, r2.Add(base, side), r2.Sub(base, side)}
		}
	}
	tm := (t0 + t1) / 2
	e.mid = at(tm)
	tan := r2.Sub(at(tm+0.01), at(tm-0.01))
	if n := r2.Norm(tan); n > 0 {
		e.dir = r2.Scale(1/n, tan)
	}
	return e
}

// bisect finds the smallest t in [lo, hi] where ok(t) holds, assuming ok
// is false then true; hi when it never holds.
func bisect(ok func(float64) bool, lo, hi float64) float64 {
	if ok(lo) {
		return lo
	}
	for range 30 {
		mid := (lo + hi) / 2
		if ok(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// area2 is twice the signed area of the polygon pts (the shoelace sum):
// positive when its points turn one way, negative the other.
func area2(pts []r2.Vec) float64 {
	a := 0.0
	for i := range pts {
		p, q := pts[i], pts[(i+1)%len(pts)]
		a += p.X*q.Y - q.X*p.Y
	}
	return a
}

// circlePoints are k points on a circle, counter-clockwise from angle 0.
func circlePoints(c r2.Vec, r float64, k int) []r2.Vec {
	out := make([]r2.Vec, k)
	for i := range out {
		a := 2 * math.Pi * float64(i) / float64(k)
		out[i] = r2.Vec{X: c.X + r*math.Cos(a), Y: c.Y + r*math.Sin(a)}
	}
	return out
}

// nearRim drops the members whose circle (radius r+pad) lies inside the
// hull of the members' centres: that hull is inside the region, so they do
// not shape it, and a thousand members' outlines were most of its cost.
func nearRim(ns []nodeGeom, pad float64) []nodeGeom {
	if len(ns) < 8 {
		return ns
	}
	cs := make([]r2.Vec, len(ns))
	for i, n := range ns {
		cs[i] = n.c
	}
	h := convexHull(cs)
	if len(h) < 3 {
		return ns
	}
	// h turns one way; the signed distance to each edge has one sign inside.
	sign := 1.0
	if area2(h) < 0 {
		sign = -1
	}
	out := ns[:0:0]
	for _, n := range ns {
		inside := math.Inf(1) // distance to the nearest edge, inside
		for i := range h {
			a, b := h[i], h[(i+1)%len(h)]
			d := r2.Sub(b, a)
			l := math.Sqrt(d.X*d.X + d.Y*d.Y)
			if l == 0 {
				continue
			}
			inside = min(inside, sign*(d.X*(n.c.Y-a.Y)-d.Y*(n.c.X-a.X))/l)
		}
		if inside < n.r+pad+1e-6 {
			out = append(out, n)
		}
	}
	return out
}

// convexHull is Andrew's monotone chain; it returns the hull without
// repeating the first point.
func convexHull(pts []r2.Vec) []r2.Vec {
	p := append([]r2.Vec(nil), pts...)
	slices.SortFunc(p, func(a, b r2.Vec) int {
		if c := cmp.Compare(a.X, b.X); c != 0 {
			return c
		}
		return cmp.Compare(a.Y, b.Y)
	})
	if len(p) < 3 {
		return p
	}
	cross := func(o, a, b r2.Vec) float64 { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }
	h := make([]r2.Vec, 0, 2*len(p))
	for _, q := range p {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], q) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, q)
	}
	lower := len(h) + 1
	for i := len(p) - 2; i >= 0; i-- {
		for len(h) >= lower && cross(h[len(h)-2], h[len(h)-1], p[i]) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p[i])
	}
	return h[:len(h)-1]
}

// Hit is what lies under a point: a company, a relation, or nothing.
type Hit struct {
	Company  string
	Relation string
}

// hit finds the topmost node within its circle (plus a little slack), else
// the nearest edge within reach of its stroke.
func (g *geom) hit(p r2.Vec) Hit {
	best, bestD := -1, math.Inf(1)
	for i, n := range g.nodes {
		d := r2.Norm(r2.Sub(p, n.c))
		if d <= n.r+3*g.px && d-n.r < bestD {
			best, bestD = i, d-n.r
		}
	}
	if best >= 0 {
		return Hit{Company: g.nodes[best].id}
	}
	bestE, bestD := -1, math.Inf(1)
	for i, e := range g.edges {
		d := distToPolyline(p, e.pts)
		if d <= e.width/2+5*g.px && d < bestD {
			bestE, bestD = i, d
		}
	}
	if bestE >= 0 {
		return Hit{Relation: g.edges[bestE].rel.ID}
	}
	return Hit{}
}

// HitTest reports what lies at pixel p when the scene is drawn in box at
// scale px (Frame.Scale).
func (sc *Scene) HitTest(box chart.Box, px float64, p r2.Vec) Hit {
	return sc.build(box, px).hit(p)
}

func distToPolyline(p r2.Vec, pts []r2.Vec) float64 {
	best := math.Inf(1)
	for i := 0; i+1 < len(pts); i++ {
		best = math.Min(best, distToSegment(p, pts[i], pts[i+1]))
	}
	return best
}

func distToSegment(p, a, b r2.Vec) float64 {
	ab := r2.Sub(b, a)
	l2 := r2.Dot(ab, ab)
	if l2 == 0 {
		return r2.Norm(r2.Sub(p, a))
	}
	t := math.Max(0, math.Min(1, r2.Dot(r2.Sub(p, a), ab)/l2))
	return r2.Norm(r2.Sub(p, r2.Add(a, r2.Scale(t, ab))))
}
