package network

import (
	"bytes"
	"fmt"
	"image"
	"math"
	"strings"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// drawLegend explains every mark in a column: camps, relation types (those
// present), widths, certainty, arrows and node size; what the filters hide
// it leaves out, as the picture does.
func drawLegend(f export.Frame, sc *Scene, m *textMemo, box chart.Box) {
	lang := sc.Lang
	// Only the largest deal matters here: stats' per-company maps cost
	// more than the kept legend.
	st := nodeStats{maxEdge: maxEdge(sc.Data)}
	l := layLegend(f, sc, box)
	camps, types, widths, noCamp, campLines := l.camps, l.types, l.widths, l.noCamp, l.campLines
	x0, sw, tx, textW, rowH, size := l.x0, l.sw, l.tx, l.textW, l.rowH, l.size
	// The legend changes with few things (size, scale, theme, language,
	// filters): the widget draws it once and copies its pixels after.
	if done := m.legendShot(f, sc, box, camps, campLines, types, widths, noCamp, st); done != nil {
		defer done()
	} else {
		return
	}
	headSize := size * 1.1

	roundRect(f.R, rect{float64(box.Left), float64(box.Top), float64(box.Right), float64(box.Bottom)}, f.Px(10), f.Theme.Surface, drawing.ColorTransparent, 0)
	y := float64(box.Top) + f.Px(10)
	head := func(key string) {
		y += rowH * 0.6
		export.Text(f.R, word(key, lang), int(x0), int(y+rowH*0.35), headSize, f.Theme.Text)
		y += rowH * 0.65
	}
	text := func(s string) {
		s = m.fitText(f.R, s, size, textW)
		export.Text(f.R, s, int(tx), int(y+rowH/2+size*0.36), size, f.Theme.Muted)
	}
	mid := func() float64 { return y + rowH/2 }

	head("camps")
	for ci, c := range camps {
		col := export.Color(c.Color, f.Theme.Neutral)
		q := rect{x0, y + rowH*0.18, x0 + sw, y + rowH*0.82}
		var dash []float64
		if c.Status == data.Forecast {
			dash = []float64{f.Px(5), f.Px(4)}
		}
		roundRect(f.R, q, f.Px(5), col.WithAlpha(40), drawing.ColorTransparent, 0)
		polygon(f.R, []r2.Vec{{X: q.x0, Y: q.y0}, {X: q.x1, Y: q.y0}, {X: q.x1, Y: q.y1}, {X: q.x0, Y: q.y1}}, drawing.ColorTransparent, col, f.Px(2), dash)
		rr := rowH * 0.28
		c0 := r2.Vec{X: x0 + sw/2, Y: mid()}
		polygon(f.R, circlePoints(c0, rr, 20), blend(col, f.Theme.Background, 0.45), drawing.ColorTransparent, 0, nil)
		for _, arc := range ringArcs(c0, rr*0.62, rr, 1) {
			polygon(f.R, arc, col, drawing.ColorTransparent, 0, nil)
		}
		for _, line := range campLines[ci] {
			text(line)
			y += rowH
		}
	}
	if noCamp {
		c0 := r2.Vec{X: x0 + sw/2, Y: mid()}
		polygon(f.R, circlePoints(c0, rowH*0.28, 20), f.Theme.Neutral, drawing.ColorTransparent, 0, nil)
		text(word("nocamp", lang))
		y += rowH
	}

	head("relations")
	for _, t := range types {
		s := styleOf(t)
		a, b := r2.Vec{X: x0, Y: mid()}, r2.Vec{X: x0 + sw, Y: mid()}
		pts := []r2.Vec{a, b}
		if s.Zigzag {
			pts = zigzag([]r2.Vec{a, b}, f.Px(9), f.Px(4))
		}
		var dash []float64
		for _, d := range s.Dash {
			dash = append(dash, f.Px(d))
		}
		polyline(f.R, pts, s.Color, f.Px(3), dash)
		if s.Break {
			for _, dx := range []float64{-f.Px(4), f.Px(4)} {
				polyline(f.R, []r2.Vec{{X: x0 + sw/2 + dx, Y: mid() - f.Px(7)}, {X: x0 + sw/2 + dx, Y: mid() + f.Px(7)}}, s.Color, f.Px(2.5), nil)
			}
		}
		text(data.TypeName(t, lang))
		y += rowH
	}

	head("value")
	for _, v := range widths {
		w := st.edgeWidth(data.Relation{ValueUSD: &v}) * f.Scale
		polyline(f.R, []r2.Vec{{X: x0, Y: mid()}, {X: x0 + sw, Y: mid()}}, f.Theme.Muted, w, nil)
		text(Money(v, lang))
		y += rowH
	}

	head("status")
	col := styleOf(data.Investment).Color
	polyline(f.R, []r2.Vec{{X: x0, Y: mid()}, {X: x0 + sw, Y: mid()}}, col, f.Px(3), nil)
	text(word("sure", lang))
	y += rowH
	polyline(f.R, []r2.Vec{{X: x0, Y: mid()}, {X: x0 + sw, Y: mid()}}, col.WithAlpha(110), f.Px(3), nil)
	text(word("unsure", lang))
	y += rowH
	// Arrow and size notes close the legend.
	y += rowH * 0.3
	a, b := r2.Vec{X: x0, Y: mid()}, r2.Vec{X: x0 + sw - f.Px(10), Y: mid()}
	polyline(f.R, []r2.Vec{a, b}, f.Theme.Muted, f.Px(2.5), nil)
	polygon(f.R, []r2.Vec{{X: x0 + sw, Y: mid()}, {X: b.X, Y: mid() - f.Px(5)}, {X: b.X, Y: mid() + f.Px(5)}}, f.Theme.Muted, drawing.ColorTransparent, 0, nil)
	text(word("arrow", lang))
	y += rowH
	sizeKey := "size"
	if sc.SizeBy == SizeByDegree {
		sizeKey = "sizedeg"
	}
	for i, rr := range []float64{0.18, 0.36} {
		c := r2.Vec{X: x0 + sw*0.25 + float64(i)*sw*0.45, Y: mid()}
		polygon(f.R, circlePoints(c, rowH*rr+f.Px(1), 16), drawing.ColorTransparent, f.Theme.Muted, f.Px(1.5), nil)
	}
	text(word(sizeKey, lang))
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
// back to export.Wrap.
func wrapWords(f export.Frame, s string, size float64, width, maxLines int) []string {
	var lines []string
	for _, w := range strings.Fields(s) {
		if export.MeasureText(f.R, w, size) > width {
			return export.Wrap(f.R, s, size, width, maxLines)
		}
		if n := len(lines); n > 0 && export.MeasureText(f.R, lines[n-1]+" "+w, size) <= width {
			lines[n-1] += " " + w
			continue
		}
		lines = append(lines, w)
	}
	if len(lines) > maxLines {
		return export.Wrap(f.R, s, size, width, maxLines)
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

// legendShot is a legend's pixels kept by the widget's memo: those of its
// box (and a margin for anti-aliasing) before and after it was drawn, and
// everything the drawing reads.
type legendShot struct {
	key           string
	rect          image.Rectangle
	before, after []uint8
}

// legendShot copies the kept legend into the frame and returns nil when
// nothing it depends on changed, pixels below it included; otherwise it
// returns what keeps the legend once drawn. Exports (a memo of their own)
// draw it every time.
func (m *textMemo) legendShot(f export.Frame, sc *Scene, box chart.Box, camps []data.Camp, campLines [][]string, types []string, widths []float64, noCamp bool, st nodeStats) func() {
	img := pixelsOf(f.R)
	if img == nil || m.scratch {
		return func() {}
	}
	var k strings.Builder
	fmt.Fprintf(&k, "%v|%v|%v|%s|%s|%v|%v\n", box, f.Scale, f.Theme, sc.Lang, sc.SizeBy, noCamp, f.Px(1))
	for i, c := range camps {
		fmt.Fprintf(&k, "%q|%s|%s|%q\n", campLines[i], c.Color, c.Status, c.Name.In(sc.Lang))
	}
	fmt.Fprintf(&k, "%q|%v\n", types, widths)
	for _, v := range widths {
		fmt.Fprintf(&k, "%v,", st.edgeWidth(data.Relation{ValueUSD: &v}))
	}
	key := k.String()
	const pad = 4
	r := image.Rect(box.Left, box.Top-pad, box.Right+pad, box.Bottom+pad).Intersect(img.Rect)
	if s := m.legend; s != nil && s.key == key && s.rect == r && samePixels(img, r, s.before) {
		putPixels(img, r, s.after)
		return nil
	}
	before := getPixels(img, r, nil)
	return func() {
		var old []uint8
		if m.legend != nil {
			old = m.legend.after[:0]
		}
		m.legend = &legendShot{key: key, rect: r, before: before, after: getPixels(img, r, old)}
	}
}

// getPixels appends the pixels of r in img to dst, row after row.
func getPixels(img *image.RGBA, r image.Rectangle, dst []uint8) []uint8 {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		dst = append(dst, img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X, y)]...)
	}
	return dst
}

func putPixels(img *image.RGBA, r image.Rectangle, src []uint8) {
	n := 4 * r.Dx()
	for y := r.Min.Y; y < r.Max.Y; y, src = y+1, src[n:] {
		copy(img.Pix[img.PixOffset(r.Min.X, y):], src[:n])
	}
}

func samePixels(img *image.RGBA, r image.Rectangle, src []uint8) bool {
	n := 4 * r.Dx()
	if len(src) != n*r.Dy() {
		return false
	}
	for y := r.Min.Y; y < r.Max.Y; y, src = y+1, src[n:] {
		if !bytes.Equal(img.Pix[img.PixOffset(r.Min.X, y):img.PixOffset(r.Max.X, y)], src[:n]) {
			return false
		}
	}
	return true
}
