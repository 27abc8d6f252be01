package charts

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
)

// spec is a chart resolved from the data into what gets drawn: plain labels,
// values and paints, in one language, for one "as of" date. Building it is
// pure and testable; drawing it is draw.go's business.
type spec struct {
	Kind   string
	Unit   string
	Bars   []bar
	Legend []legendEntry
	Docs   []string      // source documents the figures come from
	Marked []data.Status // statuses other than reported that appear, in order of certainty
	Dated  bool          // "as of" applies (deals, or figures, which all count from a date)
	Empty  string        // what to say when there is nothing to draw
}

// bar is one bar (or, in a donut, the whole ring); its parts stack.
type bar struct {
	Label string
	Parts []part
}

func (b bar) total() float64 {
	t := 0.0
	for _, p := range b.Parts {
		t += p.Value
	}
	return t
}

// part is one figure in a bar.
type part struct {
	Label  string // legend or slice label
	Value  float64
	Paint  paint
	Status data.Status
	Bound  string  // data.Floor, Ceiling or Range: the value is not exact
	Max    float64 // a range's upper end
}

// marked says a part is not a plain reported fact: it is drawn hatched or
// lighter, and its status is named next to it.
func (p part) marked() bool { return p.Status != "" && p.Status != data.Reported }

type legendEntry struct {
	Label   string
	Paint   paint
	Hatched bool
}

// paint is a colour that may depend on the theme: a camp's colour from the
// data ("#rrggbb", for camps only), a shade of the neutral palette (for
// anything else compared), or the theme's neutral grey. See palette.go.
type paint struct {
	Hex     string
	Neutral int // 1-based index into neutralPalette; 0 with no Hex means the theme's grey
}

// build resolves a declared chart.
func build(ds *data.Dataset, c data.Chart, lang string, asOf time.Time) (spec, error) {
	s := spec{Kind: c.Kind, Empty: word(lang, "empty")}
	switch c.Kind {
	case data.ChartDealValues:
		s.Unit, s.Dated = data.UnitUSD, true
		dealValues(ds, &s, lang, asOf)
	case data.ChartCampTotals:
		s.Unit, s.Dated = data.UnitUSD, true
		campTotals(ds, &s, lang, asOf)
	case data.ChartBars, data.ChartShare, data.ChartDonut:
		pts, unit, dated, err := points(ds, c, asOf)
		if err != nil {
			return s, err
		}
		s.Unit, s.Dated = unit, dated
		switch c.Kind {
		case data.ChartBars:
			seriesBars(&s, pts, lang)
		case data.ChartShare:
			shares(&s, pts, lang)
		default:
			donut(&s, pts, lang)
		}
	default:
		return s, fmt.Errorf("chart %q: unknown kind %q", c.ID, c.Kind)
	}
	s.Marked = markedStatuses(s.Bars)
	// Bars and donuts name the status on the figure itself; stacked and
	// deal bars say in the legend what their hatching means.
	if c.Kind != data.ChartBars && c.Kind != data.ChartDonut && len(s.Marked) > 0 {
		var ws []string
		for _, st := range s.Marked {
			ws = append(ws, st.Name(lang))
		}
		s.Legend = append(s.Legend, legendEntry{Label: word(lang, "hatched") + strings.Join(ws, word(lang, "or")), Hatched: true})
	}
	return s, nil
}

// points gathers the figures of a chart's series: those in the first series'
// unit (a chart has one axis), and, with an "as of" date, only the figures
// known by then (data.Dataset.PointKnown, the rule every view shares).
func points(ds *data.Dataset, c data.Chart, asOf time.Time) (pts []data.Point, unit string, dated bool, err error) {
	if len(c.Series) == 0 {
		return nil, "", false, fmt.Errorf("chart %q names no series", c.ID)
	}
	for i, id := range c.Series {
		se := seriesByID(ds, id)
		if se == nil {
			return nil, "", false, fmt.Errorf("chart %q: series %q is not in the dataset", c.ID, id)
		}
		if i == 0 {
			unit = se.Unit
		}
		if se.Unit != unit {
			continue
		}
		for _, p := range se.Points {
			dated = true // every figure counts from a date, its own or its source's
			if !ds.PointKnown(&p, asOf) {
				continue
			}
			pts = append(pts, p)
		}
	}
	return pts, unit, dated, nil
}

func seriesByID(ds *data.Dataset, id string) *data.Series {
	for i := range ds.Series {
		if ds.Series[i].ID == id {
			return &ds.Series[i]
		}
	}
	return nil
}

// campOf gives the camp a relation is counted for: the camp holding both
// parties, else the more certain camp of either party (so a firm deal is not
// filed under a camp the article only imagines), the payer's on a tie.
func campOf(ds *data.Dataset, r data.Relation) *data.Camp {
	member := func(company string) []*data.Camp {
		var out []*data.Camp
		for i := range ds.Camps {
			for _, m := range ds.Camps[i].Members {
				if m.Company == company {
					out = append(out, &ds.Camps[i])
				}
			}
		}
		return out
	}
	from, to := member(r.From), member(r.To)
	for _, a := range from {
		for _, b := range to {
			if a == b {
				return a
			}
		}
	}
	var best *data.Camp
	for _, c := range append(from, to...) {
		if best == nil || certainty(c.Status) < certainty(best.Status) {
			best = c
		}
	}
	return best
}

func certainty(s data.Status) int {
	for i, t := range data.Statuses {
		if t == s {
			return i
		}
	}
	return len(data.Statuses)
}

func campPaint(c *data.Camp) paint {
	if c == nil {
		return paint{}
	}
	return paint{Hex: c.Color}
}

func dealValues(ds *data.Dataset, s *spec, lang string, asOf time.Time) {
	type deal struct {
		r    data.Relation
		camp *data.Camp
	}
	var deals []deal
	for _, r := range ds.Relations {
		if r.ValueUSD == nil || *r.ValueUSD <= 0 || !ds.InForce(&r, asOf) {
			continue
		}
		deals = append(deals, deal{r, campOf(ds, r)})
	}
	sort.SliceStable(deals, func(i, j int) bool { return *deals[i].r.ValueUSD > *deals[j].r.ValueUSD })
	var camps []*data.Camp
	seen := map[*data.Camp]bool{}
	for _, d := range deals {
		s.Bars = append(s.Bars, bar{Label: d.r.Title.In(lang), Parts: []part{{
			Label: d.r.Title.In(lang), Value: *d.r.ValueUSD, Paint: campPaint(d.camp), Status: d.r.Status,
		}}})
		s.Docs = addDoc(s.Docs, d.r.Source.Doc)
		if !seen[d.camp] {
			seen[d.camp] = true
			camps = append(camps, d.camp)
		}
	}
	s.Legend = campLegend(ds, camps, lang)
}

// campLegend lists camps in the data's order, "no camp" last.
func campLegend(ds *data.Dataset, used []*data.Camp, lang string) []legendEntry {
	var out []legendEntry
	none := false
	for _, c := range used {
		none = none || c == nil
	}
	for i := range ds.Camps {
		for _, c := range used {
			if c == &ds.Camps[i] {
				out = append(out, legendEntry{Label: c.Name.In(lang), Paint: campPaint(c)})
			}
		}
	}
	if none {
		out = append(out, legendEntry{Label: word(lang, "nocamp")})
	}
	return out
}

func campTotals(ds *data.Dataset, s *spec, lang string, asOf time.Time) {
	type key struct {
		camp   *data.Camp
		typ    string
		status data.Status // deals of one status sum together, so unconfirmed money stays marked
	}
	sums := map[key]float64{}
	var keys []key
	for _, r := range ds.Relations {
		if r.ValueUSD == nil || *r.ValueUSD <= 0 || !ds.InForce(&r, asOf) {
			continue
		}
		k := key{campOf(ds, r), r.Type, r.Status}
		if _, ok := sums[k]; !ok {
			keys = append(keys, k)
		}
		sums[k] += *r.ValueUSD
		s.Docs = addDoc(s.Docs, r.Source.Doc)
	}
	types := map[string]bool{}
	for _, k := range keys {
		types[k.typ] = true
	}
	// The types shown take the neutral shades in turn, so that neighbours
	// contrast whichever types a date leaves.
	shade := map[string]int{}
	for _, t := range data.RelationTypes {
		if types[t] {
			shade[t] = len(shade) + 1
		}
	}
	// One bar per camp, in the data's order; parts in the order of relation types.
	camps := make([]*data.Camp, 0, len(ds.Camps)+1)
	for i := range ds.Camps {
		camps = append(camps, &ds.Camps[i])
	}
	camps = append(camps, nil)
	for _, c := range camps {
		// Shade here means the type of tie, from the neutral palette: the
		// camps are named, and no type takes a camp's colour.
		b := bar{Label: word(lang, "nocamp")}
		if c != nil {
			b.Label = c.Name.In(lang)
		}
		for _, t := range data.RelationTypes {
			for _, st := range data.Statuses {
				if v, ok := sums[key{c, t, st}]; ok {
					b.Parts = append(b.Parts, part{Label: data.TypeName(t, lang), Value: v, Paint: paint{Neutral: shade[t]}, Status: st})
				}
			}
		}
		if len(b.Parts) > 0 {
			s.Bars = append(s.Bars, b)
		}
	}
	sort.SliceStable(s.Bars, func(i, j int) bool { return s.Bars[i].total() > s.Bars[j].total() })
	for _, t := range data.RelationTypes {
		if types[t] {
			s.Legend = append(s.Legend, legendEntry{Label: data.TypeName(t, lang), Paint: paint{Neutral: shade[t]}})
		}
	}
}

func seriesBars(s *spec, pts []data.Point, lang string) {
	statuses := map[data.Status]bool{}
	for _, p := range pts {
		s.Bars = append(s.Bars, bar{Label: p.Label.In(lang), Parts: []part{{
			Label: p.Label.In(lang), Value: p.Value, Paint: paint{Neutral: 1}, Status: p.Status,
			Bound: p.Bound, Max: maxOf(p),
		}}})
		s.Docs = addDoc(s.Docs, p.Source.Doc)
		statuses[p.Status] = true
	}
	// Certainty is hatching, not a colour: one shade for every bar, and a
	// legend only when the hatching differs, i.e. more than one status.
	if len(statuses) > 1 {
		for _, st := range data.Statuses {
			if statuses[st] {
				s.Legend = append(s.Legend, legendEntry{Label: st.Name(lang), Paint: paint{Neutral: 1}, Hatched: st != data.Reported})
			}
		}
	}
}

// maxOf is a range's upper end, 0 for any other figure.
func maxOf(p data.Point) float64 {
	if p.Max != nil {
		return *p.Max
	}
	return 0
}

func shares(s *spec, pts []data.Point, lang string) {
	index := map[string]int{} // part label -> palette slot, the same in every group
	var order []string
	groups := map[string]*bar{}
	var names []string
	for _, p := range pts {
		g := ""
		if p.Group != nil {
			g = p.Group.In(lang)
		}
		if groups[g] == nil {
			groups[g] = &bar{Label: g}
			names = append(names, g)
		}
		l := p.Label.In(lang)
		if _, ok := index[l]; !ok {
			index[l] = len(index) + 1
			order = append(order, l)
		}
		groups[g].Parts = append(groups[g].Parts, part{Label: l, Value: p.Value, Paint: paint{Neutral: index[l]}, Status: p.Status, Bound: p.Bound, Max: maxOf(p)})
		s.Docs = addDoc(s.Docs, p.Source.Doc)
	}
	for _, n := range names {
		s.Bars = append(s.Bars, *groups[n])
	}
	for _, l := range order {
		s.Legend = append(s.Legend, legendEntry{Label: l, Paint: paint{Neutral: index[l]}})
	}
}

func donut(s *spec, pts []data.Point, lang string) {
	b := bar{}
	sum := 0.0
	for i, p := range pts {
		if p.Value <= 0 {
			continue
		}
		b.Parts = append(b.Parts, part{Label: p.Label.In(lang), Value: p.Value, Paint: paint{Neutral: i + 1}, Status: p.Status, Bound: p.Bound, Max: maxOf(p)})
		s.Docs = addDoc(s.Docs, p.Source.Doc)
		sum += p.Value
	}
	// Shares that do not reach 100% leave the rest visible, not silently
	// stretched to a full ring.
	if s.Unit == data.UnitPercent && sum > 0 && sum < 99.5 {
		b.Parts = append(b.Parts, part{Label: word(lang, "notStated"), Value: 100 - sum, Paint: paint{}})
	}
	if len(b.Parts) > 0 {
		s.Bars = []bar{b}
	}
}

func addDoc(docs []string, id string) []string {
	if id == "" {
		return docs
	}
	for _, d := range docs {
		if d == id {
			return docs
		}
	}
	return append(docs, id)
}

func markedStatuses(bars []bar) []data.Status {
	seen := map[data.Status]bool{}
	for _, b := range bars {
		for _, p := range b.Parts {
			if p.marked() {
				seen[p.Status] = true
			}
		}
	}
	var out []data.Status
	for _, st := range data.Statuses {
		if seen[st] {
			out = append(out, st)
		}
	}
	return out
}
