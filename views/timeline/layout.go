package timeline

import (
	"math"
	"sort"
	"time"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// Scene is everything a timeline picture depends on besides the frame
// (which brings the size, theme and language).
type Scene struct {
	Data      *data.Dataset
	From, To  time.Time // visible range; both zero for the full range
	Mode      Mode      // ByCamp when empty
	AsOf      time.Time // zero for no cursor; events after this day are greyed
	Selected  string    // event ID
	Highlight []string  // company IDs whose events are emphasised
	Query     Query     // which events to show
	// Scroll is the lane position at the top of the plot when the lanes
	// need more height than it has: a lane's index plus the share of it
	// scrolled past (2.5: halfway down the third lane). A position rather
	// than pixels, so that an export of a differently sized slide starts
	// where the screen does.
	Scroll float64
}

// Range is the visible range: the scene's, or the full range of the data.
func (sc Scene) Range() (from, to time.Time) {
	if sc.From.IsZero() && sc.To.IsZero() || !sc.To.After(sc.From) {
		return FullRange(sc.Data)
	}
	return sc.From, sc.To
}

// FullRange covers every event and era, widened to whole quarters.
func FullRange(ds *data.Dataset) (from, to time.Time) {
	lo, hi := dataSpan(ds)
	from = floorTo(lo, Quarters, 1)
	to = floorTo(hi.Add(-time.Nanosecond), Quarters, 1).AddDate(0, 3, 0)
	// A little air on both sides, so marks at the very ends stay whole.
	pad := to.Sub(from) / 80
	return from.Add(-pad), to.Add(pad)
}

// dataSpan is the period from the first event or era to the end of the last.
func dataSpan(ds *data.Dataset) (lo, hi time.Time) {
	// seen, not lo.IsZero(): 1 January of year 1 is a valid date and
	// time.Time's zero.
	seen := false
	grow := func(d data.Date, e time.Time) {
		s, _, err := d.Span()
		if err != nil {
			return
		}
		if !seen || s.Before(lo) {
			lo = s
		}
		if !seen || e.After(hi) {
			hi = e
		}
		seen = true
	}
	if ds != nil {
		for _, e := range ds.Events {
			end := e.Date.End()
			if e.End != nil && e.End.End().After(end) {
				end = e.End.End()
			}
			grow(e.Date, end)
		}
		for _, e := range ds.Eras {
			grow(e.Start, e.End.End())
		}
	}
	if !seen {
		lo = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
		hi = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return lo, hi
}

// asOfEnd is the instant the cursor stands at: the end of the as-of day,
// so the day's own events are not greyed.
func asOfEnd(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
}

// Rect is a box in pixels.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// Contains reports whether (x, y) is inside r.
func (r Rect) Contains(x, y float64) bool { return x >= r.X0 && x <= r.X1 && y >= r.Y0 && y <= r.Y1 }

// Mark is how an event is drawn.
type Mark int

const (
	Dot       Mark = iota // a day: exact
	Approx                // a month or a year: a faint rounded bar over the period
	Span                  // an event with an end: a solid bar
	OpenStart             // "by" or "before": a line closing in a bracket at its bound, open to the left
	OpenEnd               // "after": a bracket at its bound, open to the right
	Undated               // the source gives no date: a hollow diamond at the source's date
	Said                  // a statement: a speech mark
)

// Placed is an event laid out: its lane and row, mark and label.
type Placed struct {
	Event          *data.Event
	Lane, Row      int
	Mark           Mark
	X0, X1, Y      float64 // the mark: from X0 to X1 (equal for a dot), centred on Y
	Forecast       bool
	Said           bool // people's statements belong to it: a speech tail on the mark
	Inside         bool // the title is written inside a wide bar
	Future         bool // after the as-of day
	Lit            bool // selected or highlighted
	Dim            bool // something else is highlighted
	Title, Date    string
	LabelX, LabelY float64 // the title's left end and baseline; the date stands below
	DateX          float64 // in compact rows, where the date follows the title (0: not shown)
	LabelW         float64 // the label's width: title, or title and date in compact rows
	Hidden         bool    // scrolled out of the plot: neither drawn nor hit
	NoLabel        bool    // the label would collide with another: the mark alone is drawn
	Color          drawing.Color
	Box            Rect // mark and label, for hit-testing
}

// LaneBox is a lane's place on the picture.
type LaneBox struct {
	Lane   Lane
	Y0, Y1 float64
	Rows   int
	NameY  float64  // centre line of the lane's name, level with its first row
	natY   float64  // NameY before scrolling
	Name   []string // the name, wrapped to at most two lines
}

// Layout is a scene placed in a frame; Draw paints it, Hit reads it.
type Layout struct {
	Scale       Scale
	Plot        Rect // where events go, below the era header and above the axis
	Header      Rect // the era names
	Eras        []EraLabel
	LaneX       float64
	Lanes       []LaneBox
	Items       []Placed
	Ticks       []Tick
	RowH        float64
	TitleSize   float64
	DateSize    float64
	WithDates   bool // each event shows its date under its title
	AsOfX       float64
	HasAsOf     bool
	RangeFrom   time.Time
	RangeTo     time.Time
	ShownEvents int
	// When the lanes need more height than the plot has, they scroll:
	// ContentH is their full height, ScrollY how far they are moved up
	// (both in pixels), Pos the lane position at the plot's top, and Above
	// and Below count the lanes wholly out of sight.
	Scrolls      bool
	ContentH     float64
	ScrollY      float64
	Pos          float64
	Above, Below int
	px           float64 // the frame's scale, to scroll again without a frame
}

// Sizes designed for a 1920×1080 slide; multiplied by Frame.Px.
const (
	laneW      = 210.0
	eraRowH    = 22.0
	eraSize    = 15.0
	axisH      = 40.0
	asOfH      = 28.0
	rowFull    = 52.0
	rowCompact = 30.0
	titleSize  = 17.0
	dateSize   = 13.0
	tickSize   = 15.0
	dotR       = 7.0
	barH       = 12.0
	labelGap   = 8.0
	packGap    = 14.0
	lanePad    = 8.0
	maxLabelW  = 460.0
	laneSize   = 18.0
	// rowMin is the least row height: below it 17 px titles in
	// neighbouring rows touch. Lanes that need more scroll instead.
	rowMin = 26.0
)

// EraLabel is an era's shaded band and its name in the header.
type EraLabel struct {
	X0, X1 float64 // the band
	Name   string
	X, Y   float64 // the name's left end and baseline
	W      float64
	LineY  float64 // the bracket under a name wider than its band
	Shade  bool
}

// layoutEras names each era above its band. Names wider than their band
// (a one-month era) are packed into extra header rows rather than cut.
func (L *Layout) layoutEras(f export.Frame, eras []data.Era) {
	size := f.Px(eraSize)
	var iv []Interval
	for i, era := range eras {
		x0 := math.Max(L.Scale.X(era.Start.Start()), L.Header.X0)
		x1 := math.Min(L.Scale.X(era.End.End()), L.Header.X1)
		if x1-x0 < 1 {
			continue
		}
		name := f.Fit(era.Name.In(f.Lang), size, int(math.Max(x1-x0-f.Px(12), f.Px(240))))
		w := float64(f.MeasureText(name, size))
		x := math.Max(L.Header.X0, math.Min((x0+x1-w)/2, L.Header.X1-w))
		L.Eras = append(L.Eras, EraLabel{X0: x0, X1: x1, Name: name, X: x, W: w, Shade: i%2 == 0})
		iv = append(iv, Interval{x, x + w})
	}
	rows, n := Pack(iv, f.Px(16))
	// The bracket under a name clears its descenders ("g", "p"): it crossed
	// them at 5 px under the baseline.
	below := f.InkBelow("gjpqy", size) + f.Px(3)
	for i := range L.Eras {
		e := &L.Eras[i]
		e.Y = L.Header.Y0 + float64(rows[i]+1)*f.Px(eraRowH)
		e.LineY = e.Y + math.Max(below, f.InkBelow(e.Name, size)+f.Px(3)) + f.Px(1)
	}
	L.Header.Y1 = L.Header.Y0 + float64(max(n, 1))*f.Px(eraRowH) + f.Px(10)
}

// Compute lays the scene out in f.Box. It measures text with f but draws
// nothing.
func Compute(f export.Frame, sc Scene) *Layout {
	ds := sc.Data
	if ds == nil {
		ds = &data.Dataset{}
	}
	lang := f.Lang
	mode := sc.Mode
	if mode == "" {
		mode = ByCamp
	}
	from, to := sc.Range()
	box := f.Box
	lw := math.Min(f.Px(laneW), float64(box.Width())*0.22)
	L := &Layout{LaneX: float64(box.Left), RangeFrom: from, RangeTo: to, TitleSize: f.Px(titleSize), DateSize: f.Px(dateSize)}
	L.Header = Rect{float64(box.Left) + lw, float64(box.Top), float64(box.Right) - f.Px(8), float64(box.Top)}
	L.Scale = Scale{From: from, To: to, X0: L.Header.X0, X1: L.Header.X1}
	L.layoutEras(f, ds.Eras)
	bottom := float64(box.Bottom) - f.Px(axisH)
	if !sc.AsOf.IsZero() {
		bottom -= f.Px(asOfH) // room for the cursor's label under the axis
	}
	L.Plot = Rect{L.Header.X0, L.Header.Y1, L.Header.X1, bottom}
	L.Ticks = L.Scale.Ticks(lang, func(u Unit) float64 {
		sample := TickLabel(time.Date(2025, 11, 30, 0, 0, 0, 0, time.UTC), u, lang)
		return float64(f.MeasureText(sample, f.Px(tickSize))) + f.Px(18)
	})
	if !sc.AsOf.IsZero() {
		L.HasAsOf = true
		L.AsOfX = L.Scale.X(asOfEnd(sc.AsOf))
	}

	events := Story(ds, sc.Query)
	vis := visibleEvents(ds, events, from, to)
	L.ShownEvents = len(vis)
	lanes := lanesFor(ds, events, mode, sc.Query.Company)
	items := L.placeItems(f, sc, ds, mode, lanes, vis)
	m := newMeasurer()
	names := make([][]string, len(lanes))
	for l, lane := range lanes {
		names[l] = f.Wrap(lane.Name.In(lang), f.Px(laneSize), int(L.Plot.X0-L.LaneX-f.Px(30)), 2)
	}
	titles := make([]string, len(items))
	for i := range items {
		titles[i] = m.Fit(items[i].Title, L.TitleSize, int(f.Px(maxLabelW)))
	}
	// Pack each lane into rows.
	L.layoutRows(f, m, items, titles, lanes, names, true)
	if !L.fits() {
		L.layoutRows(f, m, items, titles, lanes, names, false)
	}
	L.Items = items
	L.px = f.Scale
	L.scrollTo(sc.Scroll)
	L.dropCollidingLabels()
	return L
}

// spanned is an event with its dates parsed once and its mark.
type spanned struct {
	e      *data.Event
	s, end time.Time
	mark   Mark
}

// visibleEvents are the events that touch the range from–to, by start.
// Each date is parsed once: sorting by Date.Start() parsed ~40,000 at
// 2,000 events.
func visibleEvents(ds *data.Dataset, events []data.Event, from, to time.Time) []spanned {
	var vis []spanned
	for i := range events {
		s, e, mark := place(ds, &events[i])
		if e.After(from) && s.Before(to) {
			vis = append(vis, spanned{&events[i], s, e, mark})
		}
	}
	sort.SliceStable(vis, func(i, j int) bool { return vis[i].s.Before(vis[j].s) })
	return vis
}

// placeItems places the marks and labels of vis horizontally, each in its
// lane, with its title, date, colour and emphasis; rows come later.
func (L *Layout) placeItems(f export.Frame, sc Scene, ds *data.Dataset, mode Mode, lanes []Lane, vis []spanned) []Placed {
	lang := f.Lang
	laneIdx := map[string]int{}
	for i, l := range lanes {
		laneIdx[l.ID] = i
	}
	camps := campOf(ds)
	said := map[string]bool{}
	for _, st := range ds.Statements {
		for _, id := range st.About {
			said[id] = true
		}
	}
	lit := map[string]bool{}
	for _, id := range sc.Highlight {
		lit[id] = true
	}
	items := make([]Placed, len(vis))
	for i, v := range vis {
		e, s, end := v.e, v.s, v.end
		p := &items[i]
		p.Event = e
		p.Lane = laneIdx[laneFor(camps, e, mode, sc.Query.Company)]
		p.Forecast = e.Status == data.Forecast
		p.Future = !sc.AsOf.IsZero() && !ds.EventBegun(e, sc.AsOf) // not yet begun, by data's one rule
		p.Title = e.Title.In(lang)
		if p.Forecast {
			p.Title = forecastPrefix(lang) + p.Title
		}
		p.Date = e.Date.Label(lang)
		if e.End != nil {
			p.Date += " – " + e.End.Label(lang)
		}
		p.Mark = v.mark
		p.Said = said[e.ID]
		if p.Mark == Dot || p.Mark == Undated || p.Mark == Said {
			x := L.Scale.X(s.Add(12 * time.Hour))
			p.X0, p.X1 = x, x
		} else {
			p.X0, p.X1 = L.Scale.X(s), L.Scale.X(end)
			if p.X1-p.X0 < f.Px(2*dotR) { // too narrow to read as a bar: widen around its centre
				c := (p.X0 + p.X1) / 2
				p.X0, p.X1 = c-f.Px(dotR), c+f.Px(dotR)
			}
		}
		p.X0, p.X1 = math.Max(p.X0, L.Plot.X0), math.Min(p.X1, L.Plot.X1)
		p.Color = f.Theme.Neutral
		if c := eventCamp(camps, e); c != nil {
			p.Color = export.Color(c.Color, f.Theme.Neutral)
		}
		p.Lit = e.ID == sc.Selected || anyLit(e, lit)
		p.Dim = len(lit) > 0 && !p.Lit
	}
	return items
}

func anyLit(e *data.Event, lit map[string]bool) bool {
	for _, p := range e.Parties {
		if lit[p] {
			return true
		}
	}
	return false
}

func forecastPrefix(lang string) string {
	if lang == "zh" {
		return "预测:"
	}
	return "Forecast: "
}

// layoutRows packs each lane and sizes the rows to the plot's height.
// withDates adds the date line under each title.
// titles are the events' titles fitted to the widest label; names, the
// lanes' names wrapped.
func (L *Layout) layoutRows(f export.Frame, m *measurer, items []Placed, titles []string, lanes []Lane, names [][]string, withDates bool) {
	L.WithDates = withDates
	// Horizontal extents: the label goes right of the mark, or left of it
	// when it would run off the plot.
	iv := make([]Interval, len(items))
	for i := range items {
		p := &items[i]
		p.Title = titles[i]
		titleW := float64(m.Width(p.Title, L.TitleSize))
		dateW := float64(m.Width(p.Date, L.DateSize))
		w := math.Max(titleW, dateW)
		if !withDates { // compact rows: the date follows the title on its line
			w = titleW + f.Px(labelGap) + dateW
		}
		p.DateX, p.Inside = 0, false // each pass places the label afresh
		markL, markR := p.X0-f.Px(dotR), p.X1+f.Px(dotR)
		if p.Mark != Dot {
			markL, markR = p.X0, p.X1
		}
		switch {
		case markR+f.Px(labelGap)+w <= L.Plot.X1:
			p.LabelX = markR + f.Px(labelGap)
			iv[i] = Interval{markL, p.LabelX + w}
		case markL-f.Px(labelGap)-w >= L.Plot.X0:
			p.LabelX = markL - f.Px(labelGap) - w
			iv[i] = Interval{p.LabelX, markR}
		case markR-markL >= w+2*f.Px(labelGap):
			// No room outside, but the bar (running off the view) holds it.
			p.Inside = true
			p.LabelX = markL + f.Px(labelGap)
			iv[i] = Interval{markL, markR}
		default: // wider than either side: start at the mark and cut the title
			p.LabelX = math.Min(markR+f.Px(labelGap), L.Plot.X1-f.Px(40))
			p.Title = m.Fit(p.Title, L.TitleSize, int(L.Plot.X1-p.LabelX))
			p.LabelW = float64(m.Width(p.Title, L.TitleSize))
			iv[i] = Interval{markL, L.Plot.X1}
			continue
		}
		if !withDates {
			p.DateX = p.LabelX + titleW + f.Px(labelGap)
		}
		p.LabelW = w
	}
	// A lane is at least as tall as its name, wrapped to two lines.
	minH := make([]float64, len(lanes))
	for l := range lanes {
		minH[l] = float64(len(names[l]))*f.Px(laneSize)*1.2 + f.Px(lanePad)
	}
	rowsOf := make([]int, len(lanes))
	byLane := make([][]int, len(lanes))
	for i := range items {
		byLane[items[i].Lane] = append(byLane[items[i].Lane], i)
	}
	total := 0
	for l, idx := range byLane {
		sub := make([]Interval, len(idx))
		for k, i := range idx {
			sub[k] = iv[i]
		}
		rows, n := Pack(sub, f.Px(packGap))
		for k, i := range idx {
			items[i].Row = rows[k]
		}
		rowsOf[l] = max(n, 1)
		total += rowsOf[l]
	}
	want := f.Px(rowCompact)
	if withDates {
		want = f.Px(rowFull)
	}
	laneH := func(l int, rowH float64) float64 {
		return math.Max(float64(rowsOf[l])*rowH, minH[l]) + 2*f.Px(lanePad)
	}
	height := func(rowH float64) (h float64) {
		for l := range lanes {
			h += laneH(l, rowH)
		}
		return h
	}
	L.RowH = want
	for L.RowH > f.Px(rowMin) && height(L.RowH) > L.Plot.Y1-L.Plot.Y0 {
		L.RowH -= f.Px(0.5) // squeeze rows until the lanes fit, or scroll
	}
	L.RowH = math.Max(L.RowH, math.Min(want, f.Px(rowMin)))
	// Lanes take their rows' height; spare height is shared out so that
	// lanes fill the plot on a slide, up to twice the row height each.
	used := height(L.RowH)
	extra := 0.0
	if len(lanes) > 0 && used < L.Plot.Y1-L.Plot.Y0 {
		extra = math.Min((L.Plot.Y1-L.Plot.Y0-used)/float64(len(lanes)), 2*L.RowH)
	}
	y := L.Plot.Y0
	L.Lanes = make([]LaneBox, len(lanes))
	for l, lane := range lanes {
		h := laneH(l, L.RowH) + extra
		L.Lanes[l] = LaneBox{Lane: lane, Y0: y, Y1: y + h, Rows: rowsOf[l], Name: names[l],
			NameY: y + f.Px(lanePad) + extra/2 + math.Min(f.Px(14), L.RowH/2)}
		L.Lanes[l].natY = L.Lanes[l].NameY
		y += h
	}
	L.ContentH = y - L.Plot.Y0
	for i := range items {
		p := &items[i]
		lb := L.Lanes[p.Lane]
		top := lb.Y0 + f.Px(lanePad) + extra/2 + float64(p.Row)*L.RowH
		p.Y = top + math.Min(f.Px(14), L.RowH/2)
		p.LabelY = p.Y + L.TitleSize*0.35
		bottom := top + L.RowH
		p.Box = Rect{iv[i].X0, top, iv[i].X1, bottom}
	}
}

// fits reports whether rows got the height they were designed for.
func (L *Layout) fits() bool {
	if L.WithDates {
		return L.RowH >= L.TitleSize*2.6
	}
	return true
}

// Hit returns the event under (x, y), preferring the one whose mark is
// nearest when boxes touch.
func (L *Layout) Hit(x, y float64) (*data.Event, bool) {
	var best *Placed
	bestD := math.Inf(1)
	for i := range L.Items {
		p := &L.Items[i]
		if p.Hidden || !p.Box.Contains(x, y) {
			continue
		}
		dx := 0.0
		if x < p.X0 {
			dx = p.X0 - x
		} else if x > p.X1 {
			dx = x - p.X1
		}
		if d := math.Hypot(dx, y-p.Y); d < bestD {
			best, bestD = p, d
		}
	}
	if best == nil {
		return nil, false
	}
	return best.Event, true
}

// box converts a Rect to go-chart's integer box.
func (r Rect) box() chart.Box {
	return chart.NewBox(int(math.Round(r.Y0)), int(math.Round(r.X0)), int(math.Round(r.X1)), int(math.Round(r.Y1)))
}
