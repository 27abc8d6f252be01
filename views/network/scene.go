package network

import (
	"math"
	"time"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
)

// Scene is everything Draw needs: the data, where the companies sit, what is
// filtered, the date shown, what the user points at, and the view transform.
type Scene struct {
	Data   *data.Dataset
	Pos    Positions
	Layout LayoutOptions // the options Pos was made with (for its box size)
	Lang   string        // "" uses the frame's language
	AsOf   time.Time     // zero: every relation, ended or not
	SizeBy string        // SizeByValue (default) or SizeByDegree

	HiddenTypes map[string]bool // relation types not shown
	HiddenCamps map[string]bool // camps not shown (their members too, unless in a shown camp)

	Hover            string          // company ID under the pointer
	Selected         string          // selected company ID
	SelectedRelation string          // selected relation ID
	Highlight        map[string]bool // company and relation IDs lit by another view

	Zoom float64 // 1 when zero
	Pan  r2.Vec  // screen pixels
	// Framing, when not empty, is the part of the layout (in its units) to
	// show, in place of Zoom and Pan: the screen's framing in an export,
	// whose box is another size.
	Framing r2.Box

	NoLegend bool // the screen may hide the legend; exports always show it
	// Inset keeps the right edge free, in Fyne units: the screen's legend
	// floats there (legendPanel). Exports have none.
	Inset float64

	memo *textMemo // the widget's text measurements; nil in exports
	// only, when set, limits drawing to the lit items (focus) without camp
	// regions or legend: the widget draws them over its cached picture.
	only bool
	// dragged is the company being dragged: ringed and named first, as a
	// hovered one, but nothing fades.
	dragged string
}

// visibleCompany reports whether the camp filter leaves the company shown:
// a company in no camp is always shown, one in camps only if one of them is.
func (sc *Scene) visibleCompany(campsOf map[string][]int, id string) bool {
	if len(sc.HiddenCamps) == 0 {
		return true
	}
	cs := campsOf[id]
	if len(cs) == 0 {
		return true
	}
	for _, c := range cs {
		if !sc.HiddenCamps[sc.Data.Camps[c].ID] {
			return true
		}
	}
	return false
}

// campShown reports whether camp ci is drawn: not filtered out, and formed
// as of AsOf by the data's one rule (an undated forecast camp only without
// a date).
func (sc *Scene) campShown(ci int) bool {
	c := &sc.Data.Camps[ci]
	return !sc.HiddenCamps[c.ID] && sc.Data.CampAsOf(c, sc.AsOf)
}

// memberShown reports whether company id sits in camp ci's region: the camp
// is shown and the company had joined it as of AsOf.
func (sc *Scene) memberShown(ci int, id string) bool {
	if !sc.campShown(ci) {
		return false
	}
	c := &sc.Data.Camps[ci]
	for j := range c.Members {
		if c.Members[j].Company == id {
			return sc.Data.MemberAsOf(c, &c.Members[j], sc.AsOf)
		}
	}
	return false
}

// CampsShown lists the ids of the camps drawn, in file order.
func (sc *Scene) CampsShown() []string {
	var out []string
	if sc.Data == nil {
		return nil
	}
	for ci := range sc.Data.Camps {
		if sc.campShown(ci) {
			out = append(out, sc.Data.Camps[ci].ID)
		}
	}
	return out
}

// VisibleCompanies is how many companies are drawn: those with positions
// that the camp filter shows.
func (sc *Scene) VisibleCompanies() int {
	if sc.Data == nil {
		return 0
	}
	campsOf := campIndex(sc.Data)
	n := 0
	for id := range sc.Pos {
		if sc.visibleCompany(campsOf, id) {
			n++
		}
	}
	return n
}

// VisibleRelations are the relations drawn: of a shown type, in force at
// AsOf, between two shown companies that have positions.
func (sc *Scene) VisibleRelations() []data.Relation {
	if sc.Data == nil {
		return nil
	}
	rels := sc.visibleRelations(campIndex(sc.Data))
	out := make([]data.Relation, len(rels))
	for i, r := range rels {
		out[i] = *r
	}
	return out
}

// visibleRelations is VisibleRelations with the data's camp index, as
// pointers into the data: a frame of a big graph copied megabytes.
func (sc *Scene) visibleRelations(campsOf map[string][]int) []*data.Relation {
	out := make([]*data.Relation, 0, len(sc.Data.Relations))
	for i := range sc.Data.Relations {
		r := &sc.Data.Relations[i]
		if sc.HiddenTypes[r.Type] || !sc.Data.InForce(r, sc.AsOf) || r.From == r.To {
			continue
		}
		if _, ok := sc.Pos[r.From]; !ok {
			continue
		}
		if _, ok := sc.Pos[r.To]; !ok {
			continue
		}
		if !sc.visibleCompany(campsOf, r.From) || !sc.visibleCompany(campsOf, r.To) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// campIndex maps a company ID to the indexes of its camps.
func campIndex(ds *data.Dataset) map[string][]int {
	m := map[string][]int{}
	for ci, c := range ds.Camps {
		for _, mem := range c.Members {
			if !containsInt(m[mem.Company], ci) {
				m[mem.Company] = append(m[mem.Company], ci)
			}
		}
	}
	return m
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// nodeStats are the totals that size nodes and edges.
type nodeStats struct {
	value    map[string]float64 // summed valueUSD of the company's relations
	degree   map[string]int
	maxValue float64 // largest company total
	maxDeg   int
	maxEdge  float64 // largest single relation value
	n        int
}

// stats sums every relation of the dataset; sizes do not change with the
// date shown, so that the picture stays stable on the timeline.
func stats(ds *data.Dataset) nodeStats {
	s := nodeStats{value: map[string]float64{}, degree: map[string]int{}, n: len(ds.Companies)}
	for _, r := range ds.Relations {
		v := dealValue(r)
		s.maxEdge = math.Max(s.maxEdge, v)
		for _, id := range []string{r.From, r.To} {
			s.value[id] += v
			s.degree[id]++
		}
	}
	for _, v := range s.value {
		s.maxValue = math.Max(s.maxValue, v)
	}
	for _, d := range s.degree {
		s.maxDeg = max(s.maxDeg, d)
	}
	return s
}

// dealValue is r's value in USD as sizes and widths count it (0 when
// unknown or unusable).
func dealValue(r data.Relation) float64 {
	if r.ValueUSD != nil && *r.ValueUSD > 0 && !math.IsInf(*r.ValueUSD, 0) {
		return *r.ValueUSD
	}
	return 0
}

// maxEdge is stats(ds).maxEdge without the per-company sums.
func maxEdge(ds *data.Dataset) float64 {
	m := 0.0
	for _, r := range ds.Relations {
		m = math.Max(m, dealValue(r))
	}
	return m
}

// sizeShrink makes nodes smaller in big graphs so that they fit the slide.
func (s nodeStats) sizeShrink() float64 {
	return math.Max(0.3, math.Min(1, math.Sqrt(60/math.Max(float64(s.n), 1))))
}

// radius of a company's node in layout units (≈ pixels on a 1920×1080
// slide): log-scaled total value, or degree, with a minimum.
func (s nodeStats) radius(id, sizeBy string) float64 {
	const rMin, rMax = 11.0, 38.0
	f := 0.0
	if sizeBy == SizeByDegree {
		if s.maxDeg > 0 {
			f = math.Sqrt(float64(s.degree[id]) / float64(s.maxDeg))
		}
	} else if s.maxValue > 0 {
		f = math.Log10(1+s.value[id]/1e8) / math.Log10(1+s.maxValue/1e8)
	}
	return (rMin + (rMax-rMin)*f) * s.sizeShrink()
}

// edgeWidth of a relation in slide pixels: log-scaled value; a relation
// without a value gets the thinnest line.
func (s nodeStats) edgeWidth(r data.Relation) float64 {
	const wMin, wMax = 1.5, 7.0
	if r.ValueUSD == nil || *r.ValueUSD <= 0 || s.maxEdge <= 0 {
		if len(r.Capacity) > 0 {
			return 3
		}
		return wMin
	}
	f := math.Log10(1+*r.ValueUSD/1e8) / math.Log10(1+s.maxEdge/1e8)
	return wMin + (wMax-wMin)*math.Max(0, math.Min(1, f))
}
