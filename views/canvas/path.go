package canvas

import "math"

// Op is what a path segment does.
type Op uint8

// Path segments.
const (
	MoveTo  Op = iota // Pts[0]
	LineTo            // Pts[0]
	QuadTo            // control Pts[0], end Pts[1]
	CubicTo           // controls Pts[0], Pts[1], end Pts[2]
	Close             // back to the last MoveTo
)

// Segment is one step of a path.
type Segment struct {
	Op  Op
	Pts [3]Point
}

// Path is a sequence of segments; build it with its methods.
type Path []Segment

// Move starts a new sub-path at pt.
func (p *Path) Move(pt Point) { *p = append(*p, Segment{Op: MoveTo, Pts: [3]Point{pt}}) }

// Line adds a straight segment to pt.
func (p *Path) Line(pt Point) { *p = append(*p, Segment{Op: LineTo, Pts: [3]Point{pt}}) }

// Quad adds a quadratic Bézier segment.
func (p *Path) Quad(c, pt Point) { *p = append(*p, Segment{Op: QuadTo, Pts: [3]Point{c, pt}}) }

// Cubic adds a cubic Bézier segment.
func (p *Path) Cubic(c1, c2, pt Point) {
	*p = append(*p, Segment{Op: CubicTo, Pts: [3]Point{c1, c2, pt}})
}

// Close closes the current sub-path.
func (p *Path) Close() { *p = append(*p, Segment{Op: Close}) }

// Arc adds a circular arc around c of radius r from angle start, sweeping
// sweep radians (clockwise on screen when positive), as cubic segments. It
// draws a line to the arc's start unless the path is empty.
func (p *Path) Arc(c Point, r, start, sweep float64) {
	at := func(a float64) Point { return Point{c.X + r*math.Cos(a), c.Y + r*math.Sin(a)} }
	if len(*p) == 0 {
		p.Move(at(start))
	} else {
		p.Line(at(start))
	}
	n := int(math.Ceil(math.Abs(sweep) / (math.Pi / 2)))
	step := sweep / float64(max(n, 1))
	k := 4.0 / 3 * math.Tan(step/4) * r
	for i := 0; i < n; i++ {
		a0, a1 := start+float64(i)*step, start+float64(i+1)*step
		p0, p1 := at(a0), at(a1)
		p.Cubic(Point{p0.X - k*math.Sin(a0), p0.Y + k*math.Cos(a0)},
			Point{p1.X + k*math.Sin(a1), p1.Y - k*math.Cos(a1)}, p1)
	}
}

// Circle is a closed circle around c, clockwise on screen.
func Circle(c Point, r float64) Path {
	var p Path
	p.Arc(c, r, 0, 2*math.Pi)
	p.Close()
	return p
}

// Ring is the band between radii inner and outer: two circles wound
// opposite ways, so the non-zero fill leaves the middle empty.
func Ring(c Point, inner, outer float64) Path {
	p := Circle(c, outer)
	var in Path
	in.Arc(c, inner, 0, -2*math.Pi)
	in.Close()
	return append(p, in...)
}

// RectPath is r as a closed path.
func RectPath(r Rect) Path {
	var p Path
	p.Move(r.Min)
	p.Line(Point{r.Max.X, r.Min.Y})
	p.Line(r.Max)
	p.Line(Point{r.Min.X, r.Max.Y})
	p.Close()
	return p
}

// Polyline is the open path through pts.
func Polyline(pts ...Point) Path {
	var p Path
	for i, pt := range pts {
		if i == 0 {
			p.Move(pt)
		} else {
			p.Line(pt)
		}
	}
	return p
}

// Matrix is an affine transform: x' = A*x + C*y + E, y' = B*x + D*y + F.
type Matrix struct{ A, B, C, D, E, F float64 }

// Identity changes nothing.
var Identity = Matrix{A: 1, D: 1}

// Apply transforms pt.
func (m Matrix) Apply(pt Point) Point {
	return Point{m.A*pt.X + m.C*pt.Y + m.E, m.B*pt.X + m.D*pt.Y + m.F}
}

// Translate is m after moving by (x, y).
func (m Matrix) Translate(x, y float64) Matrix {
	m.E, m.F = m.A*x+m.C*y+m.E, m.B*x+m.D*y+m.F
	return m
}

// Rotate is m after turning by rad.
func (m Matrix) Rotate(rad float64) Matrix {
	s, c := math.Sincos(rad)
	return Matrix{m.A*c + m.C*s, m.B*c + m.D*s, -m.A*s + m.C*c, -m.B*s + m.D*c, m.E, m.F}
}

// Angle is the rotation m applies.
func (m Matrix) Angle() float64 { return math.Atan2(m.B, m.A) }

// Transform is p with every point through m (p itself when m is Identity).
func (p Path) Transform(m Matrix) Path {
	if m == Identity {
		return p
	}
	q := make(Path, len(p))
	for i, s := range p {
		q[i].Op = s.Op
		for j := range s.Pts {
			q[i].Pts[j] = m.Apply(s.Pts[j])
		}
	}
	return q
}
