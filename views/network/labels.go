package network

import (
	"math"
	"sort"
	"strings"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/export"
)

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
		w = float64(m.measure(f, s, size))
	} else {
		w = float64(f.MeasureText(s, size))
	}
	return label{text: s, size: size, w: w + 2*padX, h: size * 1.3, padX: padX}
}

// at is the label's box centred on c.
func (l label) at(c r2.Vec) rect {
	return rect{c.X - l.w/2, c.Y - l.h/2, c.X + l.w/2, c.Y + l.h/2}
}

func (l label) draw(f export.Frame, q rect, bg, fg drawing.Color, radius float64) {
	if bg.A > 0 {
		// A backdrop near the background colour: its edge does not show.
		f.C.SetColor(bg)
		canvas.FillFlat(f.C, canvas.RoundRect(q.canvas(), radius))
	}
	lh := (q.y1 - q.y0) / float64(1+len(l.more))
	for k, s := range append([]string{l.text}, l.more...) {
		base := q.y0 + lh*(float64(k)+0.5) + l.size*0.36
		f.Text(s, int(math.Round(q.x0+l.padX)), int(math.Round(base)), l.size, fg)
	}
}

// wrapped is a long name on two lines rather than cut, when it fits so.
func wrapped(f export.Frame, m *textMemo, s string, size, width, padX float64) (label, bool) {
	lines := f.Wrap(s, size, int(width), 2)
	if len(lines) != 2 || strings.HasSuffix(lines[1], "…") || strings.HasSuffix(lines[1], "...") { // cut: Fit ends Latin with "..."
		return label{}, false
	}
	l := measureIn(f, m, lines[0], size, padX)
	l2 := measureIn(f, m, lines[1], size, padX)
	l.more, l.w, l.h = lines[1:], math.Max(l.w, l2.w), l.h*2
	return l, true
}

// canvas is q as a canvas rectangle.
func (q rect) canvas() canvas.Rect {
	return canvas.Rect{Min: canvas.Point{X: q.x0, Y: q.y0}, Max: canvas.Point{X: q.x1, Y: q.y1}}
}

// pill is a value label's box: filled, and outlined in the relation's
// colour.
func pill(cv canvas.Canvas, q rect, fill, stroke drawing.Color, width float64) {
	cv.SetColor(fill)
	canvas.FillBox(cv, q.canvas(), (q.y1-q.y0)/2)
	cv.SetColor(stroke)
	cv.SetLineWidth(width)
	cv.SetLineDash(nil, 0)
	cv.SetLineCap(canvas.ButtCap)
	cv.Stroke(canvas.RoundRect(q.canvas(), (q.y1-q.y0)/2))
}

func drawCampLabels(f export.Frame, sc *Scene, g *geom, pl *placer) {
	for _, h := range g.hulls {
		camp := sc.Data.Camps[h.camp]
		name := camp.Name.In(sc.Lang)
		if camp.Status == data.Forecast {
			name += word("forecast", sc.Lang)
		}
		size := f.Px(19)
		name = f.Fit(name, size, int(f.Px(480)))
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
	view := g.view()
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
			pill(f.C, q, bg, border, f.Px(1.5))
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
	return f.Fit(name, size, int(width))
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
	view := g.view()
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
		name := g.memo.fitText(f, names[n.id], size, int(f.Px(300)))
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
				g.paint(func() { strokePoly(f.C, []r2.Vec{b, a}, false, fade(f.Theme.Muted, n.id), f.Px(1), nil) })
			}
		}
		text := f.Theme.Text
		if n.idle {
			text = f.Theme.Muted
		}
		g.paint(func() { l.draw(f, q, fade(f.Theme.Background.WithAlpha(190), n.id), fade(text, n.id), f.Px(4)) })
	}
}
