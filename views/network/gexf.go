package network

import (
	"encoding/xml"
	"fmt"
	"io"
	"time"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/aicamps/aicamps/data"
)

// WriteGEXF writes the network as GEXF 1.2 in English, laid out with the
// default seed, with the relations in force at asOf (zero: all). See
// WriteGEXFScene.
func WriteGEXF(w io.Writer, ds *data.Dataset, asOf time.Time) error {
	return WriteGEXFScene(w, Scene{Data: ds, AsOf: asOf})
}

// WriteGEXFScene writes what sc shows as GEXF 1.2, for Gephi, networkx and
// graphology-gexf (Gephi Lite, sigma.js): the companies the camp filter
// shows, with their camp (for Gephi's partition colouring), colour, size
// and position as on screen; the relations drawn, each with its start and
// end (a dynamic graph, so that Gephi's timeline replays the camps), status
// and source. Labels are in sc.Lang (en when empty); sc.Pos nil uses the
// default layout. A number attribute is a number or left out, never "".
func WriteGEXFScene(w io.Writer, sc Scene) error {
	if sc.Data == nil {
		return fmt.Errorf("gexf: no dataset")
	}
	nodes, edges, lang := graphOf(sc)
	c := gexf12.Content{
		Version: "1.2",
		Meta:    &gexf12.Meta{Creator: "AI Camps", Description: sc.Data.Title.In(lang) + " — " + Footer(sc.Data, lang)},
		Graph: gexf12.Graph{
			DefaultEdgeType: "directed",
			Mode:            "dynamic",
			TimeFormat:      "date",
			Attributes: []gexf12.Attributes{
				{Class: "node", Attributes: gexfAttrs(nodeAttrs)},
				{Class: "edge", Attributes: gexfAttrs(edgeAttrs)},
			},
		},
	}
	for i := range nodes {
		n := &nodes[i]
		c.Graph.Nodes.Nodes = append(c.Graph.Nodes.Nodes, gexf12.Node{
			ID:        n.co.ID,
			Label:     n.label,
			AttValues: gexfValues(nodeAttrs, n, lang),
			Color:     &gexf12.Color{R: n.colour.R, G: n.colour.G, B: n.colour.B},
			Position:  &gexf12.Position{X: n.x, Y: -n.y}, // GEXF's y points up
			Size:      &gexf12.Size{Value: n.size},
		})
	}
	c.Graph.Nodes.Count = len(c.Graph.Nodes.Nodes)
	for i := range edges {
		e := &edges[i]
		ge := gexf12.Edge{ID: e.r.ID, Source: e.r.From, Target: e.r.To, Label: e.label, Weight: e.weight,
			Start: e.start, End: e.end, AttValues: gexfValues(edgeAttrs, e, lang),
			Color:     &gexf12.Color{R: e.colour.R, G: e.colour.G, B: e.colour.B},
			Thickness: &gexf12.Thickness{Value: e.thickness}}
		if !e.r.Directed {
			// Both ways in a directed graph: GEXF has no mixed graphs, and
			// networkx refuses an undirected edge in a directed one.
			ge.Type = "mutual"
		}
		c.Graph.Edges.Edges = append(c.Graph.Edges.Edges, ge)
	}
	c.Graph.Edges.Count = len(c.Graph.Edges.Edges)
	return writeXML(w, c)
}

// writeXML writes v as an indented XML document.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func gexfAttrs[T any](attrs []ixAttr[T]) []gexf12.Attribute {
	out := make([]gexf12.Attribute, len(attrs))
	for i, a := range attrs {
		out[i] = gexf12.Attribute{ID: a.id, Title: a.id, Type: a.typ}
	}
	return out
}

// gexfValues are rec's values, leaving out those it has none of.
func gexfValues[T any](attrs []ixAttr[T], rec T, lang string) *gexf12.AttValues {
	vs := &gexf12.AttValues{}
	for _, a := range attrs {
		if v, ok := a.value(rec, lang); ok {
			vs.AttValues = append(vs.AttValues, gexf12.AttValue{For: a.id, Value: v})
		}
	}
	return vs
}
