package timeline

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/export"
)

// Draw paints the scene into f: eras, lanes, events, the as-of cursor and
// the time axis. The same call serves the screen and every export.
func Draw(f export.Frame, sc Scene) error {
	L := Compute(f, sc)
	L.Paint(f, sc)
	return nil
}

// DrawFunc binds a scene for export.Render and export.Image.
func DrawFunc(sc Scene) export.DrawFunc {
	return func(f export.Frame) error { return Draw(f, sc) }
}

// Paint draws a computed layout.
func (L *Layout) Paint(f export.Frame, sc Scene) {
	r, th, lang := f.C, f.Theme, f.Lang
	ds := sc.Data
	if ds == nil {
		ds = &data.Dataset{}
	}
	full := Rect{L.Header.X0, L.Header.Y0, L.Plot.X1, L.Plot.Y1}

	// Eras: alternate shaded bands behind everything, named in the header.
	esize := f.Px(eraSize)
	for _, e := range L.Eras {
		if e.Shade {
			fillRect(r, Rect{e.X0, full.Y0, e.X1, full.Y1}.box(), th.Surface)
		}
		line(r, e.X0, full.Y0, e.X0, full.Y1, th.Grid, f.Px(1), nil)
	}
	for _, e := range L.Eras {
		if e.W > e.X1-e.X0 { // a name wider than its band: a bracket shows the band
			line(r, e.X0, e.LineY, e.X1, e.LineY, th.Muted, f.Px(2), nil)
		}
		f.Text(e.Name, int(e.X), int(e.Y), esize, th.Muted)
	}

	// Ticks: faint grid lines; labels under the plot.
	tsize := f.Px(tickSize)
	for _, t := range L.Ticks {
		line(r, t.X, L.Plot.Y0, t.X, L.Plot.Y1, th.Grid.WithAlpha(140), f.Px(1), nil)
		w := float64(f.MeasureText(t.Label, tsize))
		if t.X+f.Px(4)+w > L.Plot.X1+f.Px(8) {
			continue
		}
		line(r, t.X, L.Plot.Y1, t.X, L.Plot.Y1+f.Px(8), th.Muted, f.Px(1), nil)
		f.Text(t.Label, int(t.X+f.Px(4)), int(L.Plot.Y1+f.Px(26)), tsize, th.Muted)
	}
	line(r, L.Plot.X0, L.Plot.Y1, L.Plot.X1, L.Plot.Y1, th.Muted, f.Px(1), nil)

	// Lanes: a name on the left and a rule underneath.
	lsize := f.Px(laneSize)
	for i, lb := range L.Lanes {
		if lb.NameY+f.Px(6) > L.Plot.Y1 {
			break // lanes that overflow the plot are off the picture
		}
		if lb.Y1 <= L.Plot.Y0+0.5 {
			continue // scrolled past
		}
		if i < len(L.Lanes)-1 && lb.Y1 < L.Plot.Y1 {
			line(r, L.LaneX, lb.Y1, L.Plot.X1, lb.Y1, th.Grid, f.Px(1), nil)
		}
		c := export.Color(lb.Lane.Color, th.Neutral)
		cy := lb.NameY
		if cy-lsize*0.6 < L.Plot.Y0 {
			continue // a name pushed up by its lane's end, as the lane leaves
		}
		dot(r, L.LaneX+f.Px(8), cy, f.Px(6), c, drawing.Color{}, 0)
		for k, s := range lb.Name {
			f.Text(s, int(L.LaneX+f.Px(22)), int(cy+lsize*0.35+float64(k)*lsize*1.2), lsize, th.Text)
		}
	}

	// As of: the later part is washed out, under the events so that titles
	// crossing the cursor stay whole; later events are greyed themselves.
	if L.HasAsOf && L.AsOfX < full.X1 {
		x := math.Max(L.AsOfX, full.X0)
		fillRect(r, Rect{x, full.Y0, full.X1, full.Y1}.box(), th.Background.WithAlpha(120))
	}

	// Events, the emphasised last so they stay on top.
	for pass := 0; pass < 2; pass++ {
		for i := range L.Items {
			p := &L.Items[i]
			if p.Lit != (pass == 1) || p.Hidden || p.Y+f.Px(dotR) > L.Plot.Y1 {
				continue // lanes overflow the plot: marks below it are off the picture
			}
			L.paintItem(f, r, p, p.Event.ID == sc.Selected)
		}
	}

	// The cursor line and its date.
	if L.HasAsOf && L.AsOfX < full.X1 {
		x := math.Max(L.AsOfX, full.X0)
		line(r, x, full.Y0, x, full.Y1, asOfColor, f.Px(2), nil)
		size := f.Px(14)
		label := AsOfLabel(sc.AsOf, lang)
		w := float64(f.MeasureText(label, size))
		lx := x + f.Px(6)
		if lx+w > full.X1 {
			lx = x - f.Px(6) - w
		}
		// Under the axis labels, clear of events and era names.
		bottom := L.Plot.Y1 + f.Px(axisH) + f.Px(asOfH)
		line(r, x, full.Y1, x, bottom-size*1.5, asOfColor, f.Px(2), nil)
		pill := Rect{lx - f.Px(5), bottom - size*1.5, lx + w + f.Px(5), bottom}
		fillRect(r, pill.box(), asOfColor)
		f.Text(label, int(lx), int(pill.Y0+size*1.1), size, drawing.ColorWhite)
	}

	L.paintMore(f, sc)

	if L.ShownEvents == 0 {
		msg := "No events to show"
		if lang == "zh" {
			msg = "没有可显示的事件"
		}
		size := f.Px(22)
		w := float64(f.MeasureText(msg, size))
		f.Text(msg, int((L.Plot.X0+L.Plot.X1-w)/2), int((L.Plot.Y0+L.Plot.Y1)/2), size, th.Muted)
	}
}

// paintMore says how many lanes are scrolled out of sight, above the
// lanes' names and below them, on screen and in exports alike: a slide of
// the current view shows the lanes on screen, and a presenter showing
// camps 4–7 must not suggest they are all there is.
func (L *Layout) paintMore(f export.Frame, sc Scene) {
	if !L.Scrolls {
		return
	}
	mode := sc.Mode
	if mode == "" {
		mode = ByCamp
	}
	size := f.Px(15)
	w := int(L.Plot.X0 - L.LaneX - f.Px(12))
	x := int(L.LaneX + f.Px(4))
	if L.Above > 0 {
		s := f.Fit("↑ "+moreLanes(L.Above, mode, f.Lang), size, w)
		f.Text(s, x, int(L.Plot.Y0-f.Px(8)), size, f.Theme.Muted)
	}
	if L.Below > 0 {
		s := f.Fit("↓ "+moreLanes(L.Below, mode, f.Lang), size, w)
		f.Text(s, x, int(L.Plot.Y1+f.Px(26)), size, f.Theme.Muted)
	}
}

// faint is the fill strength of approximate bars: stronger on dark
// backgrounds, where a thin tint vanishes.
func faint(th export.Theme) float64 {
	if th.Name == "dark" {
		return 0.6
	}
	return 0.35
}

// asOfColor stands out on light and dark alike (Okabe–Ito vermilion).
var asOfColor = drawing.ColorFromHex("D55E00")

func (L *Layout) paintItem(f export.Frame, r canvas.Canvas, p *Placed, selected bool) {
	th := f.Theme
	col, text, muted := p.Color, th.Text, th.Muted
	if p.Future {
		col = th.Neutral
	}
	if p.Dim {
		col, text, muted = col.WithAlpha(70), text.WithAlpha(90), muted.WithAlpha(90)
	}
	if selected {
		box := Rect{p.Box.X0 - f.Px(6), p.Box.Y0, p.Box.X1 + f.Px(6), p.Box.Y1 - f.Px(2)}
		roundRect(r, box, f.Px(6), th.Surface, col, f.Px(2), nil)
	} else if p.Lit {
		roundRect(r, Rect{p.X0 - f.Px(dotR+4), p.Y - f.Px(dotR+4), p.X1 + f.Px(dotR+4), p.Y + f.Px(dotR+4)}, f.Px(dotR+4), col.WithAlpha(60), drawing.Color{}, 0, nil)
	}
	var dash []float64
	if p.Forecast {
		dash = []float64{f.Px(5), f.Px(4)}
	}
	h := f.Px(barH)
	if p.Inside {
		// A band tall enough to hold the title, faint so it stays legible.
		h = L.TitleSize * 1.5
		roundRect(r, Rect{p.X0, p.Y - h/2, p.X1, p.Y + h/2}, f.Px(5), col.WithAlpha(uint8(float64(col.A)*0.18)), col, f.Px(1.5), dash)
		if p.Future {
			text = muted
		}
		L.paintLabel(f, p, text, muted)
		return
	}
	switch p.Mark {
	case Dot:
		if p.Forecast {
			dot(r, p.X0, p.Y, f.Px(dotR), th.Background, col, f.Px(2))
		} else {
			dot(r, p.X0, p.Y, f.Px(dotR), col, th.Background, f.Px(2))
		}
	case Approx:
		// Faint fill with a firm outline: "somewhere in this month/year".
		roundRect(r, Rect{p.X0, p.Y - h/2, p.X1, p.Y + h/2}, h/2, col.WithAlpha(uint8(float64(col.A)*faint(th))), col, f.Px(1.5), dash)
	case Span:
		fill := col
		if p.Forecast {
			fill = col.WithAlpha(uint8(float64(col.A) * faint(th)))
		}
		roundRect(r, Rect{p.X0, p.Y - h/2, p.X1, p.Y + h/2}, h/2, fill, col, f.Px(1.5), dash)
	default:
		datedMark(f, r, p, col, th.Background, h)
	}
	if p.Said {
		// A speech tail under the mark's left end: someone spoke about it.
		d := f.Px(dotR)
		line(r, p.X0-d*0.2, p.Y+d*0.9, p.X0-d*0.9, p.Y+d*1.7, col, f.Px(2), nil)
		line(r, p.X0-d*0.9, p.Y+d*1.7, p.X0+d*0.5, p.Y+d*0.9, col, f.Px(2), nil)
	}
	if p.Mark != Dot && L.HasAsOf && L.AsOfX > p.X0 && L.AsOfX < p.X1 {
		// The part of a bar after the as-of day is still to come.
		fillRect(r, Rect{L.AsOfX, p.Y - h/2 - f.Px(1), p.X1 + f.Px(1), p.Y + h/2 + f.Px(1)}.box(), th.Background.WithAlpha(140))
	}
	if p.Future {
		text = muted
	}
	L.paintLabel(f, p, text, muted)
}

// datedMark draws the marks of uncertain dates and statements: a bracket
// closing at a "by"/"before" bound with a dashed open start (or opening at
// an "after" bound), a hollow diamond for an undated fact, a speech mark
// (a square with a tail) for a statement.
func datedMark(f export.Frame, r canvas.Canvas, p *Placed, col, bg drawing.Color, h float64) {
	w := f.Px(2)
	switch p.Mark {
	case OpenStart, OpenEnd:
		bound, open, dir := p.X1, p.X0, -1.0
		if p.Mark == OpenEnd {
			bound, open, dir = p.X0, p.X1, 1.0
		}
		line(r, open, p.Y, bound, p.Y, col, w, []float64{f.Px(4), f.Px(4)})
		line(r, bound, p.Y-h, bound, p.Y+h, col, w, nil)
		line(r, bound, p.Y-h, bound+dir*f.Px(6), p.Y-h, col, w, nil)
		line(r, bound, p.Y+h, bound+dir*f.Px(6), p.Y+h, col, w, nil)
	case Undated:
		d := f.Px(dotR)
		line(r, p.X0-d, p.Y, p.X0, p.Y-d, col, w, nil)
		line(r, p.X0, p.Y-d, p.X0+d, p.Y, col, w, nil)
		line(r, p.X0+d, p.Y, p.X0, p.Y+d, col, w, nil)
		line(r, p.X0, p.Y+d, p.X0-d, p.Y, col, w, nil)
	case Said:
		d := f.Px(dotR)
		roundRect(r, Rect{p.X0 - d, p.Y - d, p.X0 + d, p.Y + d*0.6}, f.Px(3), bg, col, w, nil)
		line(r, p.X0-d*0.4, p.Y+d*0.6, p.X0-d*0.7, p.Y+d*1.2, col, w, nil)
	}
}

// paintLabel writes the title and the date: below it, or after it in
// compact rows.
func (L *Layout) paintLabel(f export.Frame, p *Placed, text, muted drawing.Color) {
	if p.NoLabel {
		return
	}
	f.Text(p.Title, int(p.LabelX), int(p.LabelY), L.TitleSize, text)
	switch {
	case L.WithDates:
		f.Text(p.Date, int(p.LabelX), int(p.LabelY+L.DateSize*1.45), L.DateSize, muted)
	case p.DateX > 0:
		f.Text(p.Date, int(p.DateX), int(p.LabelY), L.DateSize, muted)
	}
}

// AsOfLabel reads "As of 5 Nov 2025" or "截至 2025年11月5日".
func AsOfLabel(t time.Time, lang string) string {
	d := data.Date{Value: t.UTC().Format("2006-01-02"), Precision: data.Day}
	if lang == "zh" {
		return "截至 " + d.Label(lang)
	}
	return "As of " + d.Label(lang)
}

// Height is the rect's height.
func (r Rect) Height() float64 { return r.Y1 - r.Y0 }

// Item is the full timeline as an exportable picture in lang, by camp, with
// the as-of cursor at asOf (zero for none).
func Item(ds *data.Dataset, lang string, asOf time.Time) export.Item {
	return ItemFor(Scene{Data: ds, AsOf: asOf}, lang)
}

// ItemFor is the picture of a scene: what the widget shows, or a slide.
// Its filters, mode and date always carry over; as the export's choices
// (Frame.Seen) say, its highlight and its zoom and scroll too.
func ItemFor(sc Scene, lang string) export.Item {
	it := itemTexts(sc, lang)
	it.Draw = func(f export.Frame) error { return Draw(f, sc.seen(f.Seen)) }
	it.Retext = func(s export.Seen) export.Item { return itemTexts(sc.seen(s), lang) }
	return it
}

// seen is the scene with what the export's choices drop dropped.
func (sc Scene) seen(s export.Seen) Scene {
	if !s.Highlight {
		sc.Selected, sc.Highlight = "", nil
	}
	if !s.Framed {
		sc.From, sc.To, sc.Scroll = time.Time{}, time.Time{}, 0
	}
	return sc
}

// itemTexts are the item's title, subtitle and footer for the scene.
func itemTexts(sc Scene, lang string) export.Item {
	from, to := sc.Range()
	if sc.From.IsZero() && sc.To.IsZero() {
		from, to = dataSpan(sc.Data) // the title names the data's years, not the padding's
	}
	years := fmt.Sprint(from.Year())
	if last := to.Add(-time.Nanosecond).Year(); last != from.Year() {
		years += "–" + fmt.Sprint(last)
	}
	it := export.Item{Name: "timeline"}
	byCompany := sc.Mode == ByCompany
	if lang == "zh" {
		it.Title = "从董事会风波到阵营对垒:" + years + " 时间线"
		by := "按阵营"
		if byCompany {
			by = "按公司"
		}
		it.Subtitle = by + "排列 · 圆点=具体日期 · 长条=仅知月份或年份 · 括号=不晚于/之前 · 菱形=未注明日期 · 尾巴=有人就此发言 · 虚线=预测"
	} else {
		it.Title = "From boardroom crisis to rival camps, " + years
		by := "Events by camp"
		if byCompany {
			by = "Events by company"
		}
		it.Subtitle = by + " · dot = exact day · bar = month or year only · bracket = by/before · diamond = undated · tail = someone spoke · dashed = forecast"
	}
	if q := describeQuery(sc.Data, sc.Query, lang); q != "" {
		it.Subtitle += " · " + q
	}
	it.Footer = footer(sc.Data, lang)
	if !sc.AsOf.IsZero() {
		it.AsOf = AsOfLabel(sc.AsOf, lang)
	}
	return it
}

// describeQuery says what a filter keeps, for the subtitle.
func describeQuery(ds *data.Dataset, q Query, lang string) string {
	var parts []string
	if q.Text != "" {
		parts = append(parts, "“"+q.Text+"”")
	}
	if q.Company != "" {
		name := q.Company
		if ds != nil {
			for _, c := range ds.Companies {
				if c.ID == q.Company {
					name = c.Name.In(lang)
				}
			}
		}
		parts = append(parts, name)
	}
	if q.Type != "" {
		parts = append(parts, q.Type)
	}
	if q.Status != "" {
		parts = append(parts, string(q.Status))
	}
	if len(parts) == 0 {
		return ""
	}
	if lang == "zh" {
		return "筛选:" + strings.Join(parts, "、")
	}
	return "filtered: " + strings.Join(parts, ", ")
}

// footer is the source line: the dataset's first source.
func footer(ds *data.Dataset, lang string) string {
	if ds == nil || len(ds.Sources) == 0 {
		return ""
	}
	s := ds.Sources[0]
	parts := []string{s.Title.In(lang)}
	if s.Outlet != "" {
		parts = append(parts, s.Outlet)
	}
	if s.Date.Value != "" {
		parts = append(parts, s.Date.Label(lang))
	}
	if lang == "zh" {
		return "来源:" + strings.Join(parts, ",")
	}
	return "Source: " + strings.Join(parts, ", ")
}
