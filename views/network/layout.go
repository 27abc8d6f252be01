// Package network draws the companies and their deals as a graph: a seeded
// force-directed layout with camps pulled together, a pure drawing function
// shared by the screen and every export, hit-testing, GEXF export and the
// Fyne widget.
package network

import (
	"math"
	"runtime"
	"sort"
	"sync"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
)

// Positions maps a company ID to its place in layout units: a box of
// LayoutOptions.Width × Height with the origin at the top left.
type Positions map[string]r2.Vec

// Size options for nodes.
const (
	SizeByValue  = "value"  // total deal value of the company's relations
	SizeByDegree = "degree" // number of relations
)

// LayoutOptions tune Layout. The zero value is usable.
type LayoutOptions struct {
	Seed       int64
	Iterations int     // force steps; 300 when zero
	Width      float64 // layout box; 1600 × 900 when zero
	Height     float64
	Theta      float64 // Barnes–Hut accuracy; when zero 0.8, or 1.2 past 300 companies
	SizeBy     string  // SizeByValue (default) or SizeByDegree
	// Pinned companies keep these positions (layout units); companies with
	// X and Y in the data are pinned there too.
	Pinned Positions

	bigGraph bool // set by Layout from the dataset
}

func (o LayoutOptions) withDefaults() LayoutOptions {
	if o.Iterations <= 0 {
		o.Iterations = 300
	}
	if o.Width <= 0 || o.Height <= 0 {
		o.Width, o.Height = 1600, 900
	}
	if o.Theta <= 0 {
		o.Theta = 0.8
	}
	if o.Theta == 0.8 && o.bigGraph {
		// ForceAtlas2's default: coarser far-field, same picture, ~2× faster.
		o.Theta = 1.2
	}
	if o.SizeBy == "" {
		o.SizeBy = SizeByValue
	}
	return o
}

// graphIndex is the dataset as slices: companies by index, the camps each
// belongs to, and the weighted pairs the layout pulls together.
type graphIndex struct {
	ids    []string
	index  map[string]int
	campOf [][]int // camp indexes of each company
	camps  [][]int // member indexes of each camp
	pairs  []pair
}

type pair struct {
	a, b int
	w    float64
}

func newGraphIndex(ds *data.Dataset) *graphIndex {
	g := &graphIndex{index: make(map[string]int, len(ds.Companies))}
	for _, c := range ds.Companies {
		if _, dup := g.index[c.ID]; dup || c.ID == "" {
			continue
		}
		g.index[c.ID] = len(g.ids)
		g.ids = append(g.ids, c.ID)
	}
	g.campOf = make([][]int, len(g.ids))
	for ci, camp := range ds.Camps {
		var m []int
		for _, mem := range camp.Members {
			if i, ok := g.index[mem.Company]; ok {
				m = append(m, i)
				g.campOf[i] = append(g.campOf[i], ci)
			}
		}
		g.camps = append(g.camps, m)
	}
	w := map[[2]int]float64{}
	for _, r := range ds.Relations {
		a, okA := g.index[r.From]
		b, okB := g.index[r.To]
		if !okA || !okB || a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		// Rivals still sit near each other (they are news together) but
		// hostile ties pull less than deals, and ties across camps less than
		// ties within one, so that camps stay apart.
		wt := 1.0
		if r.Type == data.Rivalry || r.Type == data.Rupture {
			wt = 0.3
		}
		if !shareCamp(g.campOf[a], g.campOf[b]) {
			wt *= 0.5
		}
		w[[2]int{a, b}] += wt
	}
	for k, v := range w {
		// Many deals between one pair should not crush it into a point.
		g.pairs = append(g.pairs, pair{k[0], k[1], math.Min(v, 1.5)})
	}
	sort.Slice(g.pairs, func(i, j int) bool {
		if g.pairs[i].a != g.pairs[j].a {
			return g.pairs[i].a < g.pairs[j].a
		}
		return g.pairs[i].b < g.pairs[j].b
	})
	return g
}

func shareCamp(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

type particle struct {
	pos  r2.Vec
	mass float64
}

func (p *particle) Coord2() r2.Vec { return p.pos }
func (p *particle) Mass() float64  { return p.mass }

// Layout places every company: Fruchterman–Reingold forces with Barnes–Hut
// repulsion (gonum spatial/barneshut), every camp's members pulled to their
// centroid and camps pushed apart, then fitted into the box with margins and
// node overlaps resolved. The same dataset and options give the same
// positions. Layout is pure and safe to call off the UI thread.
func Layout(ds *data.Dataset, opt LayoutOptions) Positions {
	opt.bigGraph = opt.Theta <= 0 && len(ds.Companies) > 300
	opt = opt.withDefaults()
	g := newGraphIndex(ds)
	n := len(g.ids)
	out := make(Positions, n)
	if n == 0 {
		return out
	}
	L := newForceLayout(ds, g, opt)
	L.start()
	L.simulate()
	pos := L.fit()
	for i, id := range g.ids {
		out[id] = pos[i]
	}
	return out
}

const campPull, hubMass = 0.3, 0.5

// margin is the space kept free around the layout for labels, in layout
// units: wider at the sides, where names stick out.
const margin, marginX = 60, 120

// Loners' rows are lonerRowGap apart, their names lonerStep (at most three
// rows: more loners stand closer).
const lonerRowGap, lonerStep, lonerMaxRows = 60, 200, 3

// lonerRows is how many rows the loners take and how far apart they stand.
func lonerRows(loner []bool, W float64) (int, float64) {
	n := 0
	for _, l := range loner {
		if l {
			n++
		}
	}
	if n == 0 {
		return 0, lonerStep
	}
	span := math.Max(W-2*margin, 1)
	perRow := int(span/lonerStep) + 1
	if rows := (n + perRow - 1) / perRow; rows <= lonerMaxRows {
		return rows, lonerStep
	}
	perRow = (n + lonerMaxRows - 1) / lonerMaxRows
	return lonerMaxRows, span / float64(perRow-1)
}

// fitBox scales and moves the free nodes into the box less margins. The two
// axes scale separately, within a factor of 1.6 of each other, so a wide
// slide is used without squashing the picture.
func fitBox(pos []r2.Vec, pinned []bool, radius []float64, W, H float64) {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i, p := range pos {
		if pinned[i] {
			continue
		}
		minX, maxX = math.Min(minX, p.X-radius[i]), math.Max(maxX, p.X+radius[i])
		minY, maxY = math.Min(minY, p.Y-radius[i]), math.Max(maxY, p.Y+radius[i])
	}
	if math.IsInf(minX, 0) {
		return
	}
	sx := (W - 2*marginX) / math.Max(maxX-minX, 1)
	sy := (H - 2*margin) / math.Max(maxY-minY, 1)
	sx, sy = math.Min(sx, sy*1.6), math.Min(sy, sx*1.6)
	cx, cy := (minX+maxX)/2, (minY+maxY)/2
	for i, p := range pos {
		if !pinned[i] {
			pos[i] = r2.Vec{X: W/2 + (p.X-cx)*sx, Y: H/2 + (p.Y-cy)*sy}
		}
	}
}

// pullIn brings companies that lie beyond the linked core (unlinked camp
// members drift out, held only by their camp) close to its rim, so that
// fitting the box does not shrink the core to make room for them.
func pullIn(pos []r2.Vec, fixed, linked []bool) {
	var c r2.Vec
	n := 0
	for i, p := range pos {
		if linked[i] && !fixed[i] {
			c, n = r2.Add(c, p), n+1
		}
	}
	if n == 0 {
		return
	}
	c = r2.Scale(1/float64(n), c)
	r0 := 0.0
	for i, p := range pos {
		if linked[i] && !fixed[i] {
			r0 = math.Max(r0, r2.Norm(r2.Sub(p, c)))
		}
	}
	rim := r0 * 1.1
	for i, p := range pos {
		if fixed[i] || linked[i] {
			continue
		}
		v := r2.Sub(p, c)
		if d := r2.Norm(v); d > rim {
			pos[i] = r2.Add(c, r2.Scale((rim+(d-rim)*0.2)/d, v))
		}
	}
}

// forEachChunk runs fn over [0,n) split between the CPUs when n is large
// enough to pay for the goroutines.
func forEachChunk(n int, fn func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < 200 || workers < 2 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	step := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += step {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
		}(lo, min(n, lo+step))
	}
	wg.Wait()
}

// alignWide turns the free nodes so that the long axis (the principal
// component) of the linked ones lies along x: slides are wide, force layouts come out at any
// angle.
func alignWide(pos []r2.Vec, pinned, linked []bool) {
	var c r2.Vec
	n := 0
	for i, p := range pos {
		if !pinned[i] && linked[i] {
			c, n = r2.Add(c, p), n+1
		}
	}
	if n < 2 {
		return
	}
	c = r2.Scale(1/float64(n), c)
	var sxx, syy, sxy float64
	for i, p := range pos {
		if !pinned[i] {
			d := r2.Sub(p, c)
			sxx, syy, sxy = sxx+d.X*d.X, syy+d.Y*d.Y, sxy+d.X*d.Y
		}
	}
	a := -0.5 * math.Atan2(2*sxy, sxx-syy) // rotate the main axis onto x
	cos, sin := math.Cos(a), math.Sin(a)
	for i, p := range pos {
		if !pinned[i] {
			d := r2.Sub(p, c)
			pos[i] = r2.Vec{X: c.X + d.X*cos - d.Y*sin, Y: c.Y + d.X*sin + d.Y*cos}
		}
	}
}

// resolveOverlaps pushes apart nodes whose circles (plus gap) overlap,
// using a grid so that 1,000 nodes stay fast, for at most passes rounds;
// pinned nodes do not move, the others stay within inner(i).
func resolveOverlaps(pos []r2.Vec, pinned []bool, radius []float64, inner func(int) (lo, hi r2.Vec), W, H, nodeGap float64, passes int) {
	n := len(pos)
	maxR := 0.0
	for _, r := range radius {
		maxR = math.Max(maxR, r)
	}
	cell := 2*maxR + nodeGap
	// A flat grid over the box (nodes are kept inside it), rebuilt each
	// pass by counting: a map of cells was a fifth of a 1,000-node layout.
	cols, rows := int(W/cell)+3, int(H/cell)+3
	start := make([]int, cols*rows+1)
	members := make([]int, n)
	cellOf := func(p r2.Vec) (int, int) {
		return min(cols-1, max(0, int(math.Floor(p.X/cell))+1)), min(rows-1, max(0, int(math.Floor(p.Y/cell))+1))
	}
	key := make([]int, n)
	for range passes {
		clear(start)
		for i, p := range pos {
			cx, cy := cellOf(p)
			key[i] = cy*cols + cx
			start[key[i]+1]++
		}
		for c := 1; c < len(start); c++ {
			start[c] += start[c-1]
		}
		fill := append([]int(nil), start[:len(start)-1]...)
		for i := range pos {
			members[fill[key[i]]] = i
			fill[key[i]]++
		}
		moved := false
		for i := 0; i < n; i++ {
			gx, gy := cellOf(pos[i])
			for dx := -1; dx <= 1; dx++ {
				for dy := -1; dy <= 1; dy++ {
					x, y := gx+dx, gy+dy
					if x < 0 || y < 0 || x >= cols || y >= rows {
						continue
					}
					c := y*cols + x
					for _, j := range members[start[c]:start[c+1]] {
						if j <= i {
							continue
						}
						need := radius[i] + radius[j] + nodeGap
						v := r2.Sub(pos[j], pos[i])
						if v.X*v.X+v.Y*v.Y >= need*need*1.0001 {
							continue // far apart: skip the (slow) exact norm
						}
						d := r2.Norm(v)
						if d >= need {
							continue
						}
						if d < 1e-6 { // coincident: split along a fixed direction
							v, d = r2.Vec{X: 1, Y: float64(j-i) * 0.01}, 1
						}
						push := (need - d) / d
						switch {
						case pinned[i] && pinned[j]:
							continue
						case pinned[i]:
							pos[j] = r2.Add(pos[j], r2.Scale(push, v))
						case pinned[j]:
							pos[i] = r2.Sub(pos[i], r2.Scale(push, v))
						default:
							pos[i] = r2.Sub(pos[i], r2.Scale(push/2, v))
							pos[j] = r2.Add(pos[j], r2.Scale(push/2, v))
						}
						moved = true
					}
				}
			}
		}
		for i := range pos {
			if !pinned[i] {
				lo, hi := inner(i)
				pos[i].X = math.Max(lo.X, math.Min(hi.X, pos[i].X))
				pos[i].Y = math.Max(lo.Y, math.Min(hi.Y, pos[i].Y))
			}
		}
		if !moved {
			return
		}
	}
}
