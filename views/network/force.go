package network

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/spatial/barneshut"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
)

// forceLayout is one run of Layout: the graph, what each company is (pinned,
// a loner, linked) and the particles the forces move.
type forceLayout struct {
	g      *graphIndex
	opt    LayoutOptions
	n      int
	radius []float64
	pinned []bool
	pinPos []r2.Vec
	loner  []bool // no relation, no camp, not pinned
	linked []bool // in at least one relation
	deg    []int
	W, H   float64
	center r2.Vec
	k      float64 // ideal edge length
	ps     []particle
	parts  []barneshut.Particle2
}

func newForceLayout(ds *data.Dataset, g *graphIndex, opt LayoutOptions) *forceLayout {
	n := len(g.ids)
	L := &forceLayout{g: g, opt: opt, n: n, W: opt.Width, H: opt.Height}
	st := stats(ds)
	L.radius = make([]float64, n)
	for i, id := range g.ids {
		L.radius[i] = st.radius(id, opt.SizeBy)
	}
	L.pinned = make([]bool, n)
	L.pinPos = make([]r2.Vec, n)
	for _, c := range ds.Companies {
		if i, ok := g.index[c.ID]; ok && c.X != nil && c.Y != nil {
			L.pinned[i], L.pinPos[i] = true, r2.Vec{X: *c.X, Y: *c.Y}
		}
	}
	for id, p := range opt.Pinned {
		if i, ok := g.index[id]; ok {
			L.pinned[i], L.pinPos[i] = true, p
		}
	}

	// Loners (no relation, no camp, not pinned) take no part in the forces:
	// they would drift to the rim and shrink everything else when fitted.
	// They line up along the bottom afterwards.
	L.loner = make([]bool, n)
	for i := range L.loner {
		L.loner[i] = !L.pinned[i] && len(g.campOf[i]) == 0
	}
	L.linked = make([]bool, n)
	L.deg = make([]int, n)
	for _, e := range g.pairs {
		L.loner[e.a], L.loner[e.b] = false, false
		L.linked[e.a], L.linked[e.b] = true, true
		L.deg[e.a]++
		L.deg[e.b]++
	}
	L.center = r2.Vec{X: L.W / 2, Y: L.H / 2}
	L.k = math.Sqrt(L.W*L.H/float64(n)) * 0.55
	return L
}

// start sets each camp's members around a point on an ellipse, so that the
// forces refine a sensible picture rather than untangle a random one.
func (L *forceLayout) start() {
	g, W, H, center, k := L.g, L.W, L.H, L.center, L.k
	rnd := rand.New(rand.NewPCG(uint64(L.opt.Seed), 0xca4b5))
	nc := len(g.camps)
	anchors := make([]r2.Vec, nc)
	for c := range anchors {
		a := 2*math.Pi*float64(c)/float64(max(nc, 1)) - math.Pi/2
		anchors[c] = r2.Vec{X: center.X + 0.3*W*math.Cos(a), Y: center.Y + 0.3*H*math.Sin(a)}
	}
	L.ps = make([]particle, L.n)
	L.parts = make([]barneshut.Particle2, 0, L.n) // loners left out: a massless particle makes NaN tile centres
	for i := range L.ps {
		p := center
		if cs := g.campOf[i]; len(cs) > 0 {
			p = r2.Vec{}
			for _, c := range cs {
				p = r2.Add(p, anchors[c])
			}
			p = r2.Scale(1/float64(len(cs)), p)
		}
		p = r2.Add(p, r2.Vec{X: (rnd.Float64() - 0.5) * k * 2, Y: (rnd.Float64() - 0.5) * k * 2})
		if L.pinned[i] {
			p = L.pinPos[i]
		}
		// Hubs repel more (as in ForceAtlas2), so that their many
		// partners fan out around them instead of piling up.
		L.ps[i] = particle{pos: p, mass: 1 + hubMass*float64(L.deg[i])}
		if !L.loner[i] {
			L.parts = append(L.parts, &L.ps[i])
		}
	}
}

// simulate runs the iterations: repulsion, the relations' springs, the
// camps' pull and push, gravity, each move capped by a cooling temperature.
func (L *forceLayout) simulate() {
	n, ps, k := L.n, L.ps, L.k
	disp := make([]r2.Vec, n)
	cent := make([]r2.Vec, len(L.g.camps))
	k2 := k * k
	repulse := func(_, _ barneshut.Particle2, m1, m2 float64, v r2.Vec) r2.Vec {
		d2 := v.X*v.X + v.Y*v.Y
		if d2 < 1e-9 {
			return r2.Vec{}
		}
		return r2.Scale(-k2*m1*m2/d2, v) // magnitude k²/d, away from the other
	}
	t0 := math.Max(L.W, L.H) / 8
	for it := 0; it < L.opt.Iterations; it++ {
		plane, err := barneshut.NewPlane(L.parts)
		if err != nil {
			break // coordinates blew up; keep what we have
		}
		// ForceOn is safe concurrently: big graphs use every core.
		forEachChunk(n, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				disp[i] = r2.Vec{}
				if !L.loner[i] {
					disp[i] = plane.ForceOn(&ps[i], L.opt.Theta, repulse)
				}
			}
		})
		for _, e := range L.g.pairs {
			v := r2.Sub(ps[e.b].pos, ps[e.a].pos)
			d := r2.Norm(v)
			f := r2.Scale(e.w*d/k, v) // magnitude w·d²/k
			disp[e.a] = r2.Add(disp[e.a], f)
			disp[e.b] = r2.Sub(disp[e.b], f)
		}
		L.campForces(disp, cent)
		t := t0 * (1 - float64(it)/float64(L.opt.Iterations))
		L.move(disp, math.Max(t, 0.5))
	}
}

// campForces adds to disp the pull of every camp's members to its centroid
// and the push of the other camps' centroids; cent is scratch space.
func (L *forceLayout) campForces(disp, cent []r2.Vec) {
	g, ps, k := L.g, L.ps, L.k
	k2 := k * k
	for c, m := range g.camps {
		cent[c] = r2.Vec{}
		for _, i := range m {
			cent[c] = r2.Add(cent[c], ps[i].pos)
		}
		if len(m) > 0 {
			cent[c] = r2.Scale(1/float64(len(m)), cent[c])
		}
	}
	for c, m := range g.camps {
		push := r2.Vec{}
		for c2, m2 := range g.camps {
			if c2 == c || len(m2) == 0 {
				continue
			}
			v := r2.Sub(cent[c], cent[c2])
			d2 := math.Max(v.X*v.X+v.Y*v.Y, 1)
			// Only near camps push: far ones are apart already, and an
			// unlinked camp pushed without end would shrink the rest.
			reach := 1.0
			push = r2.Add(push, r2.Scale(reach*0.6*k2*float64(len(m2))/d2, v))
		}
		for _, i := range m {
			v := r2.Sub(cent[c], ps[i].pos)
			pull := r2.Scale(campPull*r2.Norm(v)/k, v)
			disp[i] = r2.Add(disp[i], r2.Add(pull, r2.Scale(1/float64(len(g.campOf[i])), push)))
		}
	}
}

// move adds gravity to disp and moves every free particle by it, at most t.
func (L *forceLayout) move(disp []r2.Vec, t float64) {
	ps, k := L.ps, L.k
	for i := range ps {
		// Gravity keeps small components in view; companies without a
		// relation feel it more, or they drift to the rim.
		v := r2.Sub(L.center, ps[i].pos)
		gr := 0.3
		if !L.linked[i] {
			gr = 1.2
		}
		disp[i] = r2.Add(disp[i], r2.Scale(gr*r2.Norm(v)/k, v))
		if L.pinned[i] || L.loner[i] {
			continue
		}
		d := r2.Norm(disp[i])
		if d < 1e-12 || math.IsNaN(d) || math.IsInf(d, 0) {
			continue
		}
		ps[i].pos = r2.Add(ps[i].pos, r2.Scale(math.Min(d, t)/d, disp[i]))
	}
}

// fit takes the particles' positions into the box: pulled in and aligned,
// fitted inside the margins, pinned companies back where they were put,
// loners in rows along the bottom, and overlaps resolved.
func (L *forceLayout) fit() []r2.Vec {
	n, W, H, radius, pinned, loner := L.n, L.W, L.H, L.radius, L.pinned, L.loner
	pos := make([]r2.Vec, n)
	for i := range L.ps {
		pos[i] = L.ps[i].pos
	}
	fixed := make([]bool, n) // pinned or loner: not fitted
	for i := range fixed {
		fixed[i] = pinned[i] || loner[i]
	}
	pullIn(pos, fixed, L.linked)
	alignWide(pos, fixed, L.linked)
	// Loners line up in rows along the bottom, in the margin and, when
	// there are more than a row, in a band the rest is fitted above.
	rows, step := lonerRows(loner, W)
	// (In a box too small for the margins the band leaves the fit a pixel.)
	band := math.Min(float64(max(rows-1, 0))*lonerRowGap, math.Max(0, H-2*margin-1))
	placeLoners := func() {
		x, y := float64(margin), H-margin/2
		for i := range pos {
			if loner[i] {
				pos[i] = r2.Vec{X: x, Y: y}
				if x += step; x > W-margin+1e-9 {
					x, y = margin, y-lonerRowGap
				}
			}
		}
	}
	fitBox(pos, fixed, radius, W, H-band)
	for i := range pos {
		if pinned[i] {
			pos[i] = L.pinPos[i]
		}
	}
	placeLoners()
	// Small graphs keep room between nodes for their names, the margins
	// too if need be.
	gap := math.Max(10, math.Min(100, L.k*0.6))
	inBox := func(i int) (lo, hi r2.Vec) {
		return r2.Vec{X: radius[i], Y: radius[i]}, r2.Vec{X: W - radius[i], Y: H - radius[i]}
	}
	resolveOverlaps(pos, pinned, radius, inBox, W, H, gap, 60)
	if n > lodNodes {
		// A thousand companies pushed apart spread into the margins and
		// the loners' rows, and piled up along the picture's edges: fitted
		// again, and their last overlaps resolved inside the fitted box.
		fitBox(pos, fixed, radius, W, H-band)
		placeLoners()
		inFit := func(i int) (lo, hi r2.Vec) {
			r := radius[i]
			if loner[i] {
				return inBox(i)
			}
			return r2.Vec{X: math.Min(marginX+r, W/2), Y: math.Min(margin+r, H/2)},
				r2.Vec{X: math.Max(W-marginX-r, W/2), Y: math.Max(H-band-margin-r, H/2)}
		}
		resolveOverlaps(pos, pinned, radius, inFit, W, H, gap, 120) // packed closer: more passes
	}
	return pos
}
