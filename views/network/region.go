package network

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/spatial/r2"
)

// enclosesOther reports whether the region poly of camp ci holds the centre
// of a company outside the camp.
func enclosesOther(g *geom, ci int, poly []r2.Vec) bool {
	for _, n := range g.nodes {
		if !containsInt(n.camps, ci) && inPolygon(poly, n.c) {
			return true
		}
	}
	return false
}

// inPolygon is the even–odd rule.
func inPolygon(poly []r2.Vec, p r2.Vec) bool {
	in := false
	for i := range poly {
		a, b := poly[i], poly[(i+1)%len(poly)]
		if (a.Y > p.Y) != (b.Y > p.Y) && p.X < a.X+(p.Y-a.Y)/(b.Y-a.Y)*(b.X-a.X) {
			in = !in
		}
	}
	return in
}

// campBlob is a region that hugs the camp's members: a halo of pad around
// each member and bands along the shortest tree joining them, traced as one
// outline (marching squares over the halo field). nil when it cannot be
// traced as a single piece.
func campBlob(g *geom, ci int, pad, px float64) []r2.Vec {
	var cs []r2.Vec
	var rs []float64
	for _, n := range g.nodes {
		if containsInt(n.camps, ci) {
			cs, rs = append(cs, n.c), append(rs, n.r+pad)
		}
	}
	if len(cs) < 2 {
		return nil
	}
	f := haloField(cs, rs, treeBands(cs), pad, px)
	return f.largestLoop(f.contours())
}

// seg is a band's centre line.
type seg struct{ a, b r2.Vec }

// treeBands is Prim's tree over the member centres: the bands that keep the
// region in one piece.
func treeBands(cs []r2.Vec) []seg {
	var bands []seg
	inTree := make([]bool, len(cs))
	dist := make([]float64, len(cs))
	from := make([]int, len(cs))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	dist[0] = 0
	for range cs {
		u := -1
		for i := range cs {
			if !inTree[i] && (u < 0 || dist[i] < dist[u]) {
				u = i
			}
		}
		inTree[u] = true
		if u != 0 {
			bands = append(bands, seg{cs[from[u]], cs[u]})
		}
		for i := range cs {
			if d := r2.Norm(r2.Sub(cs[i], cs[u])); !inTree[i] && d < dist[i] {
				dist[i], from[i] = d, u
			}
		}
	}
	return bands
}

// field is how far inside the nearest halo or band each grid point is,
// on an nx×ny grid of step from (minX, minY).
type field struct {
	v                []float64
	nx, ny           int
	minX, minY, step float64
}

func (f *field) at(x, y int) float64 { return f.v[y*f.nx+x] }

// haloField samples the field on a grid a little beyond the halos.
func haloField(cs []r2.Vec, rs []float64, bands []seg, pad, px float64) *field {
	band := pad * 0.7
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i, c := range cs {
		minX, maxX = math.Min(minX, c.X-rs[i]), math.Max(maxX, c.X+rs[i])
		minY, maxY = math.Min(minY, c.Y-rs[i]), math.Max(maxY, c.Y+rs[i])
	}
	step := math.Max(3*px, math.Max(maxX-minX, maxY-minY)/160)
	minX, minY = minX-2*step, minY-2*step
	nx, ny := int((maxX-minX)/step)+4, int((maxY-minY)/step)+4
	// The field is splatted shape by shape over its own box, two cells
	// wider so that the outline is interpolated from true values;
	// elsewhere it is just "outside".
	v := make([]float64, nx*ny)
	for i := range v {
		v[i] = -4 * pad
	}
	splat := func(x0, y0, x1, y1 float64, f func(p r2.Vec) float64) {
		gx0, gy0 := max(0, int((x0-minX)/step)-2), max(0, int((y0-minY)/step)-2)
		gx1, gy1 := min(nx-1, int((x1-minX)/step)+3), min(ny-1, int((y1-minY)/step)+3)
		for y := gy0; y <= gy1; y++ {
			for x := gx0; x <= gx1; x++ {
				if val := f(r2.Vec{X: minX + float64(x)*step, Y: minY + float64(y)*step}); val > v[y*nx+x] {
					v[y*nx+x] = val
				}
			}
		}
	}
	for i, c := range cs {
		r := rs[i]
		splat(c.X-r, c.Y-r, c.X+r, c.Y+r, func(p r2.Vec) float64 { return r - r2.Norm(r2.Sub(p, c)) })
	}
	for _, s := range bands {
		splat(math.Min(s.a.X, s.b.X)-band, math.Min(s.a.Y, s.b.Y)-band, math.Max(s.a.X, s.b.X)+band, math.Max(s.a.Y, s.b.Y)+band,
			func(p r2.Vec) float64 { return band - distToSegment(p, s.a, s.b) })
	}
	return &field{v: v, nx: nx, ny: ny, minX: minX, minY: minY, step: step}
}

// Edge ids: horizontal edge (x,y)-(x+1,y) is 2·(y·nx+x), vertical
// (x,y)-(x,y+1) is 2·(y·nx+x)+1.

// point is where the field crosses zero on edge e.
func (f *field) point(e int) r2.Vec {
	k, vert := e/2, e%2 == 1
	x, y := k%f.nx, k/f.nx
	x2, y2 := x+1, y
	if vert {
		x2, y2 = x, y+1
	}
	a, b := f.at(x, y), f.at(x2, y2)
	t := a / (a - b)
	return r2.Vec{X: f.minX + (float64(x)+t*float64(x2-x))*f.step, Y: f.minY + (float64(y)+t*float64(y2-y))*f.step}
}

// contours is marching squares: each cell links the edges the zero line
// crosses; the result maps an edge to its neighbours along the outline.
func (f *field) contours() map[int][]int {
	nx, ny, at := f.nx, f.ny, f.at
	next := map[int][]int{}
	link := func(a, b int) {
		next[a] = append(next[a], b)
		next[b] = append(next[b], a)
	}
	for y := 0; y+1 < ny; y++ {
		for x := 0; x+1 < nx; x++ {
			top, bottom := 2*(y*nx+x), 2*((y+1)*nx+x)
			left, right := 2*(y*nx+x)+1, 2*(y*nx+x+1)+1
			c := 0
			if at(x, y) >= 0 {
				c |= 1
			}
			if at(x+1, y) >= 0 {
				c |= 2
			}
			if at(x+1, y+1) >= 0 {
				c |= 4
			}
			if at(x, y+1) >= 0 {
				c |= 8
			}
			switch c {
			case 1, 14:
				link(left, top)
			case 2, 13:
				link(top, right)
			case 3, 12:
				link(left, right)
			case 4, 11:
				link(right, bottom)
			case 6, 9:
				link(top, bottom)
			case 7, 8:
				link(left, bottom)
			case 5, 10: // a saddle: the centre decides
				mid := (at(x, y) + at(x+1, y) + at(x+1, y+1) + at(x, y+1)) / 4
				if (mid >= 0) == (c == 5) {
					link(left, bottom)
					link(top, right)
				} else {
					link(left, top)
					link(right, bottom)
				}
			}
		}
	}
	return next
}

// largestLoop walks the loops of next and keeps the one enclosing the
// largest area.
func (f *field) largestLoop(next map[int][]int) []r2.Vec {
	seen := map[int]bool{}
	var best []r2.Vec
	bestArea := 0.0
	starts := make([]int, 0, len(next))
	for e := range next {
		starts = append(starts, e)
	}
	sort.Ints(starts) // the same outline, from the same point, every time
	for _, start := range starts {
		if seen[start] {
			continue
		}
		var loop []r2.Vec
		prev, cur := -1, start
		for !seen[cur] {
			seen[cur] = true
			loop = append(loop, f.point(cur))
			nb := next[cur]
			n := nb[0]
			if n == prev && len(nb) > 1 {
				n = nb[1]
			}
			prev, cur = cur, n
		}
		if area := math.Abs(area2(loop)); area > bestArea {
			best, bestArea = loop, area
		}
	}
	return best
}
