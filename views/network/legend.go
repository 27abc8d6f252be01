package network

import (
	"image/color"
	"math"
	"strings"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/export"
)

// drawLegend explains every mark in a column: camps, relation types (those
// present), widths, certainty, arrows and node size; what the filters hide
// it leaves out, as the picture does.
func drawLegend(f export.Frame, sc *Scene, m *textMemo, box chart.Box) {
	l := layLegend(f, sc, box)
	lg := &legendPen{f: f, cv: f.C, m: m, lang: sc.Lang, l: l, y: float64(box.Top) + f.Px(10)}
	f.C.SetColor(f.Theme.Surface)
	canvas.FillBox(f.C, rect{float64(box.Left), float64(box.Top), float64(box.Right), float64(box.Bottom)}.canvas(), f.Px(10))
	lg.camps()
	lg.relations()
	// Only the largest deal matters here: stats' per-company maps cost
	// more than the legend.
	lg.values(nodeStats{maxEdge: maxEdge(sc.Data)})
	lg.notes(sc.SizeBy)
}

// legendPen draws the legend's rows from the top down.
type legendPen struct {
	f    export.Frame
	cv   canvas.Canvas
	m    *textMemo
	lang string
	l    legendLayout
	y    float64 // the current row's top
}

func (p *legendPen) head(key string) {
	p.y += p.l.rowH * 0.6
	p.f.Text(word(key, p.lang), int(p.l.x0), int(p.y+p.l.rowH*0.35), p.l.size*1.1, p.f.Theme.Text)
	p.y += p.l.rowH * 0.65
}

// text writes the row's words beside its swatch, and ends the row.
func (p *legendPen) text(s string) {
	s = p.m.fitText(p.f, s, p.l.size, p.l.textW)
	p.f.Text(s, int(p.l.tx), int(p.y+p.l.rowH/2+p.l.size*0.36), p.l.size, p.f.Theme.Muted)
	p.y += p.l.rowH
}

func (p *legendPen) mid() float64 { return p.y + p.l.rowH/2 }

// swatch strokes a line across the swatch's width.
func (p *legendPen) swatch(c drawing.Color, w float64) {
	strokePoly(p.cv, []r2.Vec{{X: p.l.x0, Y: p.mid()}, {X: p.l.x0 + p.l.sw, Y: p.mid()}}, false, c, w, nil)
}

func (p *legendPen) camps() {
	f, l, cv := p.f, p.l, p.cv
	p.head("camps")
	for ci, c := range l.camps {
		col := export.Color(c.Color, f.Theme.Neutral)
		q := rect{l.x0, p.y + l.rowH*0.18, l.x0 + l.sw, p.y + l.rowH*0.82}
		var dash []float64
		if c.Status == data.Forecast {
			dash = []float64{f.Px(5), f.Px(4)}
		}
		cv.SetColor(col.WithAlpha(40))
		canvas.FillBox(cv, q.canvas(), f.Px(5))
		strokePoly(cv, []r2.Vec{{X: q.x0, Y: q.y0}, {X: q.x1, Y: q.y0}, {X: q.x1, Y: q.y1}, {X: q.x0, Y: q.y1}}, true, col, f.Px(2), dash)
		rr := l.rowH * 0.28
		c0 := canvas.Point{X: l.x0 + l.sw/2, Y: p.mid()}
		cv.SetColor(blend(col, f.Theme.Background, 0.45))
		canvas.FillDisc(cv, c0, rr)
		canvas.FillRing(cv, c0, rr*0.62, rr, []color.Color{col})
		for _, line := range l.campLines[ci] {
			p.text(line)
		}
	}
	if l.noCamp {
		cv.SetColor(f.Theme.Neutral)
		canvas.FillDisc(cv, canvas.Point{X: l.x0 + l.sw/2, Y: p.mid()}, l.rowH*0.28)
		p.text(word("nocamp", p.lang))
	}
}

func (p *legendPen) relations() {
	f, l := p.f, p.l
	p.head("relations")
	for _, t := range l.types {
		s := styleOf(t)
		a, b := r2.Vec{X: l.x0, Y: p.mid()}, r2.Vec{X: l.x0 + l.sw, Y: p.mid()}
		pts := []r2.Vec{a, b}
		if s.Zigzag {
			pts = zigzag([]r2.Vec{a, b}, f.Px(9), f.Px(4))
		}
		var dash []float64
		for _, d := range s.Dash {
			dash = append(dash, f.Px(d))
		}
		strokePoly(p.cv, pts, false, s.Color, f.Px(3), dash)
		if s.Break {
			for _, dx := range []float64{-f.Px(4), f.Px(4)} {
				x := l.x0 + l.sw/2 + dx
				strokePoly(p.cv, []r2.Vec{{X: x, Y: p.mid() - f.Px(7)}, {X: x, Y: p.mid() + f.Px(7)}}, false, s.Color, f.Px(2.5), nil)
			}
		}
		p.text(data.TypeName(t, p.lang))
	}
}

// values shows the line widths of deal sizes, then certainty.
func (p *legendPen) values(st nodeStats) {
	f := p.f
	p.head("value")
	for _, v := range p.l.widths {
		p.swatch(f.Theme.Muted, st.edgeWidth(data.Relation{ValueUSD: &v})*f.Scale)
		p.text(Money(v, p.lang))
	}
	p.head("status")
	col := styleOf(data.Investment).Color
	p.swatch(col, f.Px(3))
	p.text(word("sure", p.lang))
	p.swatch(col.WithAlpha(110), f.Px(3))
	p.text(word("unsure", p.lang))
}

// notes close the legend: the arrow and what a company's size says.
func (p *legendPen) notes(sizeBy string) {
	f, l := p.f, p.l
	p.y += l.rowH * 0.3
	a, b := r2.Vec{X: l.x0, Y: p.mid()}, r2.Vec{X: l.x0 + l.sw - f.Px(10), Y: p.mid()}
	strokePoly(p.cv, []r2.Vec{a, b}, false, f.Theme.Muted, f.Px(2.5), nil)
	fillPoly(p.cv, []r2.Vec{{X: l.x0 + l.sw, Y: p.mid()}, {X: b.X, Y: p.mid() - f.Px(5)}, {X: b.X, Y: p.mid() + f.Px(5)}}, f.Theme.Muted)
	p.text(word("arrow", p.lang))
	sizeKey := "size"
	if sizeBy == SizeByDegree {
		sizeKey = "sizedeg"
	}
	for i, rr := range []float64{0.18, 0.36} {
		c := r2.Vec{X: l.x0 + l.sw*0.25 + float64(i)*l.sw*0.45, Y: p.mid()}
		strokePoly(p.cv, circlePoints(c, l.rowH*rr+f.Px(1), 16), true, f.Theme.Muted, f.Px(1.5), nil)
	}
	p.text(word(sizeKey, p.lang))
}

// legendLayout is where drawLegend puts things: the screen's legend finds
// the camp row under a click with it.
type legendLayout struct {
	camps                  []data.Camp
	types                  []string
	widths                 []float64
	noCamp                 bool
	campLines              [][]string
	x0, sw, tx, rowH, size float64
	textW                  int
	top                    float64 // the first camp row's top
}

func layLegend(f export.Frame, sc *Scene, box chart.Box) legendLayout {
	var l legendLayout
	l.camps, l.types, l.widths, l.noCamp = legendContent(sc)
	// Long camp names wrap to two lines rather than lose their end.
	l.x0 = float64(box.Left) + f.Px(14)
	l.sw = f.Px(40) // swatch width
	l.tx = l.x0 + l.sw + f.Px(10)
	l.textW = int(float64(box.Right) - l.tx - f.Px(8))
	l.campLines = make([][]string, len(l.camps))
	extra := 0
	for i, c := range l.camps {
		name := CampLongName(sc.Data, c, sc.Lang) // "ONA" spelled out where it first appears
		if c.Status == data.Forecast {
			name += word("forecast", sc.Lang)
		}
		l.campLines[i] = wrapWords(f, name, f.Px(15), l.textW, 3)
		extra += max(0, len(l.campLines[i])-1)
	}
	rows := 4 + len(l.camps) + extra + len(l.types) + len(l.widths) + 2 + 2
	if l.noCamp {
		rows++
	}
	heads := 4.0
	l.rowH = math.Min(f.Px(27), float64(box.Height())/(float64(rows)+heads*0.6))
	l.size = math.Min(f.Px(15), l.rowH*0.62)
	l.top = float64(box.Top) + f.Px(10) + l.rowH*1.25 // under the "Camps" heading
	return l
}

// campAt is the ID of the camp whose legend row holds y, or "".
func (l legendLayout) campAt(x, y float64) string {
	top := l.top
	for i, c := range l.camps {
		bottom := top + l.rowH*float64(len(l.campLines[i]))
		if y >= top && y < bottom && x >= l.x0 {
			return c.ID
		}
		top = bottom
	}
	return ""
}

// wrapWords wraps at spaces where it can, so that "谷歌 + 甲骨文 + 英特尔"
// breaks between names, not inside 甲骨文; a word wider than a line falls
// back to Frame.Wrap.
func wrapWords(f export.Frame, s string, size float64, width, maxLines int) []string {
	var lines []string
	for _, w := range strings.Fields(s) {
		if f.MeasureText(w, size) > width {
			return f.Wrap(s, size, width, maxLines)
		}
		if n := len(lines); n > 0 && f.MeasureText(lines[n-1]+" "+w, size) <= width {
			lines[n-1] += " " + w
			continue
		}
		lines = append(lines, w)
	}
	if len(lines) > maxLines {
		return f.Wrap(s, size, width, maxLines)
	}
	return lines
}

// legendContent is what the legend lists: the shown camps, the relation
// types present and shown, the line widths up to the largest deal, and
// whether a shown company is in no camp.
func legendContent(sc *Scene) (camps []data.Camp, types []string, widths []float64, noCamp bool) {
	ds := sc.Data
	present := map[string]bool{}
	for _, r := range ds.Relations {
		present[r.Type] = true
	}
	campsOf := campIndex(ds)
	for _, c := range ds.Companies {
		if len(campsOf[c.ID]) == 0 {
			noCamp = true
		}
	}
	for ci, c := range ds.Camps {
		if sc.campShown(ci) { // the filter and the date: a camp not yet formed is not listed
			camps = append(camps, c)
		}
	}
	for _, t := range data.RelationTypes {
		if present[t] && !sc.HiddenTypes[t] {
			types = append(types, t)
		}
	}
	maxE := maxEdge(ds)
	for _, v := range []float64{1e9, 1e10, 1e11, 1e12} {
		if v <= maxE*1.5 {
			widths = append(widths, v)
		}
	}
	return camps, types, widths, noCamp
}
