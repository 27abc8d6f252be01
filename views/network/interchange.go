package network

import (
	"strconv"
	"strings"
	"time"

	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// The graph files (GEXF, GraphML) share one model of the scene: the nodes
// and edges shown, and one table of attributes each, so that both formats
// carry the same columns with the same types.

// ixNode is a company as the graph files write it.
type ixNode struct {
	co     *data.Company
	label  string
	camps  []*data.Camp
	value  float64 // summed deal value, as the node's size counts it
	x, y   float64 // layout position, y down as on screen
	size   float64 // radius in layout units, as on screen
	colour drawing.Color
}

// ixEdge is a relation as the graph files write it.
type ixEdge struct {
	r          *data.Relation
	label      string
	weight     float64 // value in billions of dollars; 1 without a value
	thickness  float64
	colour     drawing.Color
	start, end string // days, inclusive; end "" while in force
	refLabel   string // "Source §Section ¶3"
}

// ixAttr is one attribute column: its ID (also its title: networkx keys
// attributes by title, graphology by ID), GEXF type ("string", "double",
// "integer", "boolean") and its value for a record; ok false leaves the
// value out (never "" for a number).
type ixAttr[T any] struct {
	id, typ string
	value   func(T, string) (v string, ok bool)
}

func str(s string) (string, bool) { return s, s != "" }

func num(f float64) (string, bool) { return fnum(f), true }

// nodeAttrs are the node columns; camp is the first camp, for Gephi's
// partition colouring.
var nodeAttrs = []ixAttr[*ixNode]{
	{"name_en", "string", func(n *ixNode, _ string) (string, bool) { return str(n.co.Name.En) }},
	{"name_zh", "string", func(n *ixNode, _ string) (string, bool) { return str(n.co.Name.Zh) }},
	{"kind", "string", func(n *ixNode, _ string) (string, bool) { return str(n.co.Kind) }},
	{"country", "string", func(n *ixNode, _ string) (string, bool) { return str(n.co.Country) }},
	{"camp", "string", func(n *ixNode, _ string) (string, bool) {
		if len(n.camps) == 0 {
			return "", false
		}
		return n.camps[0].ID, true
	}},
	{"camps", "string", func(n *ixNode, _ string) (string, bool) {
		ids := make([]string, len(n.camps))
		for i, c := range n.camps {
			ids[i] = c.ID
		}
		return str(strings.Join(ids, ","))
	}},
	{"camp_names", "string", func(n *ixNode, lang string) (string, bool) {
		names := make([]string, len(n.camps))
		for i, c := range n.camps {
			names[i] = c.Name.In(lang)
		}
		return str(strings.Join(names, ", "))
	}},
	{"value_usd", "double", func(n *ixNode, _ string) (string, bool) { return num(n.value) }},
	{"status", "string", func(n *ixNode, _ string) (string, bool) { return str(string(n.co.Status)) }},
}

// edgeAttrs are the edge columns: the source locator both as words and as
// its parts.
var edgeAttrs = []ixAttr[*ixEdge]{
	{"type", "string", func(e *ixEdge, _ string) (string, bool) { return str(e.r.Type) }},
	{"directed", "boolean", func(e *ixEdge, _ string) (string, bool) { return strconv.FormatBool(e.r.Directed), true }},
	{"value_usd", "double", func(e *ixEdge, _ string) (string, bool) {
		if e.r.ValueUSD == nil {
			return "", false
		}
		return num(*e.r.ValueUSD)
	}},
	{"status", "string", func(e *ixEdge, _ string) (string, bool) { return str(string(e.r.Status)) }},
	{"date", "string", func(e *ixEdge, _ string) (string, bool) { return str(e.r.Date.Value) }},
	{"until", "string", func(e *ixEdge, _ string) (string, bool) {
		if e.r.Until == nil {
			return "", false
		}
		return str(e.r.Until.Value)
	}},
	{"title_en", "string", func(e *ixEdge, _ string) (string, bool) { return str(e.r.Title.En) }},
	{"title_zh", "string", func(e *ixEdge, _ string) (string, bool) { return str(e.r.Title.Zh) }},
	{"source", "string", func(e *ixEdge, _ string) (string, bool) { return str(e.refLabel) }},
	{"source_doc", "string", func(e *ixEdge, _ string) (string, bool) { return str(e.r.Source.Doc) }},
	{"source_section", "string", func(e *ixEdge, _ string) (string, bool) { return str(e.r.Source.Section) }},
	{"source_paragraph", "integer", func(e *ixEdge, _ string) (string, bool) {
		if e.r.Source.Paragraph == 0 {
			return "", false
		}
		return strconv.Itoa(e.r.Source.Paragraph), true
	}},
}

// graphOf is the scene as the graph files hold it: the companies the camp
// filter shows, at their positions (the default layout when sc.Pos is nil),
// and the relations VisibleRelations draws, labelled in sc.Lang ("" is en).
func graphOf(sc Scene) (nodes []ixNode, edges []ixEdge, lang string) {
	lang = sc.Lang
	if lang == "" {
		lang = "en"
	}
	ds := sc.Data
	if sc.Pos == nil {
		sc.Pos = Layout(ds, LayoutOptions{Seed: DefaultSeed, SizeBy: sc.SizeBy})
	}
	st := stats(ds)
	campsOf := campIndex(ds)
	for i := range ds.Companies {
		co := &ds.Companies[i]
		p, ok := sc.Pos[co.ID]
		if !ok || !sc.visibleCompany(campsOf, co.ID) {
			continue // duplicate or empty ID, or filtered out
		}
		n := ixNode{co: co, label: co.Name.In(lang), value: st.value[co.ID], x: p.X, y: p.Y,
			size: st.radius(co.ID, sc.SizeBy), colour: export.Light.Neutral}
		for j, ci := range campsOf[co.ID] {
			n.camps = append(n.camps, &ds.Camps[ci])
			if j == 0 {
				n.colour = export.Color(ds.Camps[ci].Color, n.colour)
			}
		}
		nodes = append(nodes, n)
	}
	for _, r := range sc.visibleRelations(campsOf) {
		e := ixEdge{r: r, label: r.Title.In(lang), weight: 1, thickness: st.edgeWidth(*r),
			colour: styleOf(r.Type).Color, start: day(ds.RelationSince(r)), refLabel: RefLabel(ds, r.Source, lang)}
		if r.ValueUSD != nil && *r.ValueUSD > 0 {
			e.weight = *r.ValueUSD / 1e9
		}
		if r.Until != nil {
			e.end = day(data.UntilEnd(*r.Until).AddDate(0, 0, -1)) // inclusive: the last day it held
		}
		edges = append(edges, e)
	}
	return nodes, edges, lang
}

// day is t as GEXF's and GraphML's dates, "" for the zero time.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// hexColour is "#rrggbb".
func hexColour(c drawing.Color) string {
	const digits = "0123456789abcdef"
	b := []byte{'#', 0, 0, 0, 0, 0, 0}
	for i, v := range []uint8{c.R, c.G, c.B} {
		b[1+2*i], b[2+2*i] = digits[v>>4], digits[v&15]
	}
	return string(b)
}
