// Package synthframe is a synthetic big graph's frame, drawn on any
// canvas: the raster backend's benchmark and tools/look paint it.
package synthframe

import (
	"fmt"
	"image/color"
	"math"
	"math/rand/v2"

	"github.com/aicamps/aicamps/views/canvas"
)

// Frame is a big graph's frame as the network draws it, at 1920×1080:
// companies (a ring of one to three camp colours, a disc inside, a label
// under it), relations between neighbours (straight, 1–3 px, most dashed),
// over a background and three translucent camp regions.
type Frame struct {
	nodes  []node
	rels   []relation
	labels []string
	face   canvas.Face
	region []canvas.Path
}

type node struct {
	c    canvas.Point
	r    float64
	cols []color.Color
}

type relation struct {
	a, b canvas.Point
	w    float64
	col  color.NRGBA
	dash []float64
}

// New is a frame of nodes companies and rels relations, the same for the
// same numbers, its labels in font.
func New(nodes, rels int, font *canvas.Font) *Frame {
	rng := rand.New(rand.NewPCG(1, 2))
	camps := []color.Color{color.NRGBA{0x00, 0x72, 0xb2, 255}, color.NRGBA{0xd5, 0x5e, 0x00, 255}, color.NRGBA{0x00, 0x9e, 0x73, 255}, color.NRGBA{0xcc, 0x79, 0xa7, 255}}
	f := &Frame{face: canvas.Face{Font: font, Size: 11}}
	for i := range nodes {
		n := node{c: canvas.Point{X: 30 + rng.Float64()*1860, Y: 30 + rng.Float64()*1020}, r: 4 + rng.Float64()*8}
		for range 1 + rng.IntN(3) {
			n.cols = append(n.cols, camps[rng.IntN(len(camps))])
		}
		f.nodes = append(f.nodes, n)
		f.labels = append(f.labels, fmt.Sprintf("Company %d", i))
	}
	dashes := [][]float64{nil, {6, 3}, {2, 3}, {10, 4, 2, 4}}
	for range rels {
		// A relation joins neighbours, as a force layout places them.
		a := f.nodes[rng.IntN(nodes)]
		l, t := 40+rng.Float64()*260, rng.Float64()*2*math.Pi
		b := canvas.Point{X: min(max(a.c.X+l*math.Cos(t), 0), 1920), Y: min(max(a.c.Y+l*math.Sin(t), 0), 1080)}
		w := 1 + rng.Float64()*2
		var d []float64
		if k := dashes[rng.IntN(len(dashes))]; k != nil {
			for _, l := range k {
				d = append(d, l*w)
			}
		}
		f.rels = append(f.rels, relation{a.c, b, w, color.NRGBA{0x55, 0x5a, 0x66, 0xb0}, d})
	}
	for k, c := range []canvas.Point{{X: 500, Y: 400}, {X: 1300, Y: 500}, {X: 900, Y: 750}} {
		var p canvas.Path
		for i := range 12 {
			a := float64(i) / 12 * 6.283
			r := 280 + 60*float64((i*7+k)%3)
			pt := canvas.Point{X: c.X + r*math.Cos(a), Y: c.Y + 0.7*r*math.Sin(a)}
			if i == 0 {
				p.Move(pt)
			} else {
				p.Line(pt)
			}
		}
		p.Close()
		f.region = append(f.region, p)
	}
	return f
}

// Regions are the camp regions' washes.
func (f *Frame) Regions(c canvas.Canvas) {
	c.SetColor(color.NRGBA{0x00, 0x72, 0xb2, 0x1c})
	for _, p := range f.region {
		canvas.FillFlat(c, p)
	}
}

// Relations are the relations' strokes.
func (f *Frame) Relations(c canvas.Canvas) {
	for _, r := range f.rels {
		c.SetColor(r.col)
		c.SetLineWidth(r.w)
		c.SetLineDash(r.dash, 0)
		c.Stroke(canvas.Polyline(r.a, r.b))
	}
	c.SetLineDash(nil, 0)
}

// Nodes are the companies' rings and discs.
func (f *Frame) Nodes(c canvas.Canvas) {
	for _, n := range f.nodes {
		canvas.FillRing(c, n.c, n.r-2.5, n.r, n.cols)
		c.SetColor(color.NRGBA{0xf4, 0xf5, 0xf7, 255})
		canvas.FillDisc(c, n.c, n.r-2.5)
	}
}

// Labels are the companies' names.
func (f *Frame) Labels(c canvas.Canvas) {
	c.SetColor(color.NRGBA{0x22, 0x24, 0x28, 255})
	for i, n := range f.nodes {
		c.Text(f.face, n.c.X, n.c.Y+n.r+12, canvas.Middle, f.labels[i])
	}
}

// Draw is the whole frame.
func (f *Frame) Draw(c canvas.Canvas) {
	c.SetColor(color.White)
	canvas.FillBox(c, canvas.Rect{Max: canvas.Point{X: 1920, Y: 1080}}, 0)
	f.Regions(c)
	f.Relations(c)
	f.Nodes(c)
	f.Labels(c)
}
