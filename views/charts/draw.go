package charts

import (
	"math"
	"sort"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// draw draws a resolved chart into the frame's box. Lengths are designed for
// a 1920×1080 slide and scaled with f.Px.
func draw(f export.Frame, s spec) error {
	if len(s.Bars) == 0 {
		message(f, s.Empty)
		return nil
	}
	box := f.Box
	if len(s.Legend) > 0 {
		box.Top = legend(f, s.Legend, box) + int(f.Px(24))
	}
	if box.Height() < int(f.Px(40)) || box.Width() < int(f.Px(80)) {
		return nil // too small to say anything
	}
	switch s.Kind {
	case data.ChartBars:
		return vbars(f, box, s)
	case data.ChartDonut:
		drawDonut(f, box, s)
		return nil
	}
	hbars(f, box, s)
	return nil
}

func message(f export.Frame, msg string) {
	size := f.Px(26)
	w := f.MeasureText(msg, size)
	x, y := f.Box.Center()
	f.Text(msg, x-w/2, y, size, f.Theme.Muted)
}

func colorOf(th export.Theme, p paint) drawing.Color {
	if p.Hex != "" {
		return export.Color(p.Hex, th.Neutral)
	}
	if p.Neutral > 0 {
		n := neutralPalette(th)
		return n[(p.Neutral-1)%len(n)]
	}
	return th.Neutral
}

// fill is a part's colour: derived figures, which we worked out ourselves,
// are lighter than the figures the source gives.
func fill(th export.Theme, p part) drawing.Color {
	c := colorOf(th, p.Paint)
	if p.Status == data.Derived {
		return blend(c, th.Background, 0.45)
	}
	return c
}

func blend(a, b drawing.Color, t float64) drawing.Color {
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return drawing.Color{R: mix(a.R, b.R), G: mix(a.G, b.G), B: mix(a.B, b.B), A: 255}
}

// ink is a text colour readable on c.
func ink(c drawing.Color) drawing.Color {
	l := 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)
	if l > 150 {
		return drawing.ColorFromHex("1F2430")
	}
	return drawing.ColorWhite
}

// valueLabel is the figure printed on a bar, as exact as the data says it
// is ("≥ 100k", "≤ 10%", "100k–1M") and with its status when it is not a
// reported fact: "$10B · rumoured".
func valueLabel(lang, unit string, v float64, p part) string {
	s := boundLabel(lang, unit, v, p)
	if p.marked() {
		s += " · " + p.Status.Name(lang)
	}
	return s
}

// boundLabel is the figure as exact as the data says it is.
func boundLabel(lang, unit string, v float64, p part) string {
	s := formatValue(v, unit, lang)
	switch p.Bound {
	case data.Floor:
		return "≥ " + s
	case data.Ceiling:
		return "≤ " + s
	case data.Range:
		return s + "–" + formatValue(p.Max, unit, lang)
	}
	return s
}

// hatch draws diagonal stripes over a box: the mark of a figure that is not
// a plain reported fact, visible in print and for colour-blind readers.
func hatch(r chart.Renderer, b chart.Box, th export.Theme, step, width float64) {
	if b.Width() <= 0 || b.Height() <= 0 {
		return
	}
	c := th.Background
	c.A = 170
	r.ResetStyle()
	r.SetStrokeColor(c)
	r.SetStrokeWidth(width)
	st := max(int(step), 3)
	for k := b.Left + b.Top + st/2; k < b.Right+b.Bottom; k += st {
		// the stripe x + y = k, clipped to the box
		x1, x2 := max(b.Left, k-b.Bottom), min(b.Right, k-b.Top)
		if x1 >= x2 {
			continue
		}
		r.MoveTo(x1, k-x1)
		r.LineTo(x2, k-x2)
		r.Stroke()
	}
}

// legend lays entries out in rows across the top of box and returns the
// bottom of the last row.
func legend(f export.Frame, entries []legendEntry, box chart.Box) int {
	size := f.Px(20)
	sw := int(f.Px(20))
	gap, pad := int(f.Px(10)), int(f.Px(32))
	rowH := int(size * 1.6)
	x, y := box.Left, box.Top
	for _, e := range entries {
		label := f.Fit(e.Label, size, box.Width()-sw-gap)
		w := sw + gap + f.MeasureText(label, size)
		if x > box.Left && x+w > box.Right {
			x, y = box.Left, y+rowH
		}
		sb := chart.NewBox(y+rowH/2-sw/2, x, x+sw, y+rowH/2+sw/2)
		c := colorOf(f.Theme, e.Paint)
		if e.Hatched && e.Paint == (paint{}) {
			c = blend(f.Theme.Muted, f.Theme.Background, 0.3)
		}
		f.FillRect(sb, c)
		if e.Hatched {
			hatch(f.Chart(), sb, f.Theme, f.Px(7), f.Px(2))
		}
		f.Text(label, x+sw+gap, y+rowH/2+int(size*0.36), size, f.Theme.Text)
		x += w + pad
	}
	return y + rowH
}

// hbars draws horizontal bars, one per row, their parts stacked from the
// left: deal values, camp totals, and (as 100% bars) shares. go-chart has
// no horizontal bar chart, so this uses its renderer directly.
func hbars(f export.Frame, box chart.Box, s spec) {
	th := f.Theme
	share := s.Kind == data.ChartShare
	labelSize, valueSize, tickSize := f.Px(22), f.Px(22), f.Px(18)
	n := len(s.Bars)

	// Row labels on the left, wrapped within a third of the width onto as
	// many lines as a row holds (two at least).
	maxLabelW := int(float64(box.Width()) * 0.3)
	maxLines := max(2, int(float64(box.Height())/float64(n)/(labelSize*1.2)))
	labels := make([][]string, n)
	labelW := 0
	for i, b := range s.Bars {
		labels[i] = f.Wrap(b.Label, labelSize, maxLabelW, maxLines)
		for _, l := range labels[i] {
			labelW = max(labelW, f.MeasureText(l, labelSize))
		}
	}
	maxV := 0.0
	valueW := 0
	for _, b := range s.Bars {
		maxV = max(maxV, b.total())
		if !share {
			valueW = max(valueW, f.MeasureText(totalLabel(f.Lang, s.Unit, b), valueSize))
		}
	}
	if share {
		maxV = max(maxV, 100)
	}
	tv := niceTicks(maxV, 5)
	top := tv[len(tv)-1]

	plot := chart.NewBox(box.Top, box.Left+labelW+int(f.Px(16)), box.Right-valueW-int(f.Px(16)), box.Bottom-int(tickSize*2))
	if plot.Width() < int(f.Px(60)) {
		plot.Left = box.Left + int(float64(box.Width())*0.2)
	}
	x := func(v float64) int { return plot.Left + int(math.Round(v/top*float64(plot.Width()))) }

	hbarGrid(f, box, plot, tv, s.Unit, tickSize, x)

	rowH := float64(plot.Height()) / float64(n)
	barH := math.Min(rowH*0.64, f.Px(72))
	for i, b := range s.Bars {
		yc := float64(plot.Top) + rowH*(float64(i)+0.5)
		bt, bb := int(yc-barH/2), int(yc+barH/2)
		// label
		lh := labelSize * 1.2
		ly := yc - lh*float64(len(labels[i]))/2 + labelSize*0.85
		right := plot.Left - int(f.Px(14))
		for j, l := range labels[i] {
			lw := f.MeasureText(l, labelSize)
			f.Text(l, right-lw, int(ly+float64(j)*lh), labelSize, th.Text)
		}
		acc := 0.0
		for _, p := range b.Parts {
			pb := chart.NewBox(bt, x(acc), x(acc+p.Value), bb)
			acc += p.Value
			c := fill(th, p)
			f.FillRect(pb, c)
			if p.marked() {
				hatch(f.Chart(), pb, th, f.Px(14), f.Px(3))
			}
			// the figure inside its part, when the part is wide enough
			if share || len(b.Parts) > 1 {
				t := boundLabel(f.Lang, s.Unit, p.Value, p)
				tw := f.MeasureText(t, valueSize)
				if tw+int(f.Px(12)) < pb.Width() && pb.Height() > int(valueSize) {
					if p.marked() { // a plain patch under the figure, so stripes do not cut through it
						tx, pad := pb.Left+pb.Width()/2-tw/2, int(f.Px(6))
						f.FillRect(chart.NewBox(int(yc-valueSize*0.6), tx-pad, tx+tw+pad, int(yc+valueSize*0.6)), c)
					}
					f.Text(t, pb.Left+pb.Width()/2-tw/2, int(yc+valueSize*0.36), valueSize, ink(c))
				} else if share {
					// too thin: above the bar, where it cannot collide with a neighbour's text
					f.Text(t, pb.Left+pb.Width()/2-tw/2, bt-int(f.Px(8)), tickSize, th.Text)
				}
			}
		}
		if !share {
			t := totalLabel(f.Lang, s.Unit, b)
			f.Text(t, x(acc)+int(f.Px(12)), int(yc+valueSize*0.36), valueSize, th.Text)
		}
	}
	// the zero line
	r := f.Chart()
	r.ResetStyle()
	r.SetStrokeColor(th.Muted)
	r.SetStrokeWidth(f.Px(2))
	r.MoveTo(plot.Left, plot.Top)
	r.LineTo(plot.Left, plot.Bottom)
	r.Stroke()
}

// hbarGrid draws the value grid and its tick labels under the bars, at x(v)
// for each tick v; where the labels would touch, only every k-th is
// labelled, and the last stays inside box.
func hbarGrid(f export.Frame, box, plot chart.Box, tv []float64, unit string, tickSize float64, x func(float64) int) {
	th := f.Theme
	every := 1
	if len(tv) > 1 {
		widest := 0
		for _, v := range tv {
			widest = max(widest, f.MeasureText(formatValue(v, unit, f.Lang), tickSize))
		}
		step := float64(plot.Width()) / float64(len(tv)-1)
		every = max(1, int(math.Ceil((float64(widest)+f.Px(16))/step)))
	}
	for i, v := range tv {
		gx := x(v)
		r := f.Chart()
		r.ResetStyle()
		r.SetStrokeColor(th.Grid)
		r.SetStrokeWidth(f.Px(1.5))
		r.MoveTo(gx, plot.Top)
		r.LineTo(gx, plot.Bottom)
		r.Stroke()
		if i%every != 0 {
			continue
		}
		t := formatValue(v, unit, f.Lang)
		tw := f.MeasureText(t, tickSize)
		tx := gx - tw/2
		if i == len(tv)-1 {
			tx = min(tx, box.Right-tw)
		}
		f.Text(t, tx, plot.Bottom+int(tickSize*1.4), tickSize, th.Muted)
	}
}

// totalLabel is the figure at a bar's end; a single unconfirmed figure
// carries its status.
func totalLabel(lang, unit string, b bar) string {
	if len(b.Parts) == 1 {
		return valueLabel(lang, unit, b.total(), b.Parts[0])
	}
	return formatValue(b.total(), unit, lang)
}

// donutLabel is one slice's label, placed beside the ring.
type donutLabel struct {
	lines []string
	mid   float64 // slice middle, radians clockwise from 12 o'clock
	x     float64 // where the text starts (right side) or ends (left side)
	y, h  float64 // top and height of the text block
	right bool
}

// ring is the donut's geometry within box.
func ring(f export.Frame, box chart.Box) (cx, cy, outer, inner float64) {
	x, y := box.Center()
	outer = math.Min(float64(box.Height())*0.44, float64(box.Width())*0.22)
	return float64(x), float64(y), outer, outer * 0.58
}

// layoutDonut places each slice's label outside the ring on the slice's
// side, pushed apart so labels never overlap and stay inside box.
func layoutDonut(f export.Frame, box chart.Box, s spec, size float64) []*donutLabel {
	parts := s.Bars[0].Parts
	total := s.Bars[0].total()
	cx, cy, outer, _ := ring(f, box)
	maxW := max(int(float64(box.Width())/2-outer-f.Px(90)), int(f.Px(120)))
	labels := make([]*donutLabel, 0, len(parts))
	acc := 0.0
	for _, p := range parts {
		a0 := acc / total * 2 * math.Pi
		acc += p.Value
		a1 := acc / total * 2 * math.Pi
		mid := (a0 + a1) / 2
		lines := append(f.Wrap(p.Label, size, maxW, 0), f.Fit(valueLabel(f.Lang, s.Unit, p.Value, p), size, maxW))
		h := float64(len(lines)) * size * 1.25
		l := &donutLabel{lines: lines, mid: mid, right: math.Sin(mid) >= 0, h: h,
			y: cy - (outer+f.Px(30))*math.Cos(mid) - h/2}
		l.x = cx + outer + f.Px(54)
		if !l.right {
			l.x = cx - outer - f.Px(54)
		}
		labels = append(labels, l)
	}
	gap := f.Px(10)
	for _, right := range []bool{true, false} {
		var side []*donutLabel
		for _, l := range labels {
			if l.right == right {
				side = append(side, l)
			}
		}
		sort.SliceStable(side, func(i, j int) bool { return side[i].y < side[j].y })
		// Push down to clear the label above, then, if the last fell off
		// the bottom, back up; never above the top.
		for i := 1; i < len(side); i++ {
			side[i].y = math.Max(side[i].y, side[i-1].y+side[i-1].h+gap)
		}
		if n := len(side); n > 0 && side[n-1].y+side[n-1].h > float64(box.Bottom) {
			side[n-1].y = float64(box.Bottom) - side[n-1].h
			for i := n - 2; i >= 0; i-- {
				side[i].y = math.Min(side[i].y, side[i+1].y-side[i].h-gap)
			}
		}
		if n := len(side); n > 0 && side[0].y < float64(box.Top) {
			// more labels than fit: shrink the gaps evenly from the top
			side[0].y = float64(box.Top)
			for i := 1; i < n; i++ {
				side[i].y = math.Max(side[i].y, side[i-1].y+side[i-1].h)
			}
		}
	}
	return labels
}

// drawDonut draws the ring, then each label with a leader line back to its
// slice.
func drawDonut(f export.Frame, box chart.Box, s spec) {
	th := f.Theme
	parts := s.Bars[0].Parts
	total := s.Bars[0].total()
	size := f.Px(22)
	cx, cy, outer, inner := ring(f, box)
	gapAngle := math.Min(0.012, 0.3/float64(len(parts)))
	if len(parts) == 1 {
		gapAngle = 0
	}
	acc := 0.0
	for _, p := range parts {
		a0 := acc / total * 2 * math.Pi
		acc += p.Value
		a1 := acc / total * 2 * math.Pi
		sector(f.Chart(), cx, cy, inner, outer, a0+gapAngle/2, a1-gapAngle/2, fill(th, p))
	}
	for _, l := range layoutDonut(f, box, s, size) {
		sx, sy := cx+outer*math.Sin(l.mid), cy-outer*math.Cos(l.mid)
		kx := cx + (outer+f.Px(18))*math.Sin(l.mid) // elbow: out of the ring first
		ey := l.y + l.h/2
		ex := l.x - f.Px(14)
		if !l.right {
			ex = l.x + f.Px(14)
		}
		r := f.Chart()
		r.ResetStyle()
		r.SetStrokeColor(th.Muted)
		r.SetStrokeWidth(f.Px(2))
		r.MoveTo(int(sx), int(sy))
		r.LineTo(int(kx), int(ey))
		r.LineTo(int(ex), int(ey))
		r.Stroke()
		for j, line := range l.lines {
			x := l.x
			if !l.right {
				x -= float64(f.MeasureText(line, size))
			}
			f.Text(line, int(x), int(l.y+size*0.95+float64(j)*size*1.25), size, th.Text)
		}
	}
}

// sector fills a ring segment between angles a0 and a1 (clockwise from 12
// o'clock) as a polygon: go-chart's SVG ArcTo always sweeps clockwise, so a
// ring cannot be drawn with it, and a polygon keeps the hole transparent.
func sector(r chart.Renderer, cx, cy, r0, r1, a0, a1 float64, c drawing.Color) {
	steps := max(2, int(math.Ceil((a1-a0)/(math.Pi/360)))) // half a degree: no visible facets
	pt := func(rad, a float64) (int, int) {
		return int(math.Round(cx + rad*math.Sin(a))), int(math.Round(cy - rad*math.Cos(a)))
	}
	r.ResetStyle()
	r.SetFillColor(c)
	r.SetStrokeWidth(0)
	x, y := pt(r1, a0)
	r.MoveTo(x, y)
	for i := 1; i <= steps; i++ {
		x, y = pt(r1, a0+(a1-a0)*float64(i)/float64(steps))
		r.LineTo(x, y)
	}
	for i := steps; i >= 0; i-- {
		x, y = pt(r0, a0+(a1-a0)*float64(i)/float64(steps))
		r.LineTo(x, y)
	}
	r.Close()
	r.Fill()
}
