package network

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// WriteGEXF writes the network as GEXF 1.2 (for Gephi and friends): every
// company as a node with its English label, Chinese name, kind, country,
// camps, colour, layout position and size; the relations in force at asOf
// (zero: all) as edges with type, value, status, date and a weight of the
// value in billions of dollars (1 when it has none).
func WriteGEXF(w io.Writer, ds *data.Dataset, asOf time.Time) error {
	pos := Layout(ds, LayoutOptions{Seed: DefaultSeed})
	st := stats(ds)
	campsOf := campIndex(ds)
	c := gexf12.Content{
		Version: "1.2",
		Meta:    &gexf12.Meta{Creator: "AI Camps", Description: ds.Title.In("en")},
		Graph: gexf12.Graph{
			DefaultEdgeType: "directed",
			Mode:            "static",
			Attributes: []gexf12.Attributes{
				{Class: "node", Attributes: []gexf12.Attribute{
					{ID: "name_zh", Title: "name (zh)", Type: "string"},
					{ID: "kind", Title: "kind", Type: "string"},
					{ID: "country", Title: "country", Type: "string"},
					{ID: "camps", Title: "camps", Type: "string"},
					{ID: "camp_names", Title: "camp names", Type: "string"},
					{ID: "value_usd", Title: "total deal value (USD)", Type: "double"},
				}},
				{Class: "edge", Attributes: []gexf12.Attribute{
					{ID: "type", Title: "relation type", Type: "string"},
					{ID: "value_usd", Title: "value (USD)", Type: "double"},
					{ID: "status", Title: "status", Type: "string"},
					{ID: "date", Title: "in force from", Type: "string"},
					{ID: "until", Title: "in force until", Type: "string"},
					{ID: "title_zh", Title: "title (zh)", Type: "string"},
				}},
			},
		},
	}
	for _, co := range ds.Companies {
		p, ok := pos[co.ID]
		if !ok {
			continue // duplicate or empty ID
		}
		var ids, names []string
		col := export.Light.Neutral
		for i, ci := range campsOf[co.ID] {
			ids = append(ids, ds.Camps[ci].ID)
			names = append(names, ds.Camps[ci].Name.In("en"))
			if i == 0 {
				col = export.Color(ds.Camps[ci].Color, col)
			}
		}
		c.Graph.Nodes.Nodes = append(c.Graph.Nodes.Nodes, gexf12.Node{
			ID:    co.ID,
			Label: co.Name.In("en"),
			AttValues: &gexf12.AttValues{AttValues: []gexf12.AttValue{
				{For: "name_zh", Value: co.Name.In("zh")},
				{For: "kind", Value: co.Kind},
				{For: "country", Value: co.Country},
				{For: "camps", Value: strings.Join(ids, ",")},
				{For: "camp_names", Value: strings.Join(names, ", ")},
				{For: "value_usd", Value: strconv.FormatFloat(st.value[co.ID], 'f', -1, 64)},
			}},
			Color:    &gexf12.Color{R: col.R, G: col.G, B: col.B},
			Position: &gexf12.Position{X: p.X, Y: -p.Y}, // GEXF's y points up
			Size:     &gexf12.Size{Value: st.radius(co.ID, SizeByValue)},
		})
	}
	c.Graph.Nodes.Count = len(c.Graph.Nodes.Nodes)
	for _, r := range ds.Relations {
		if !ds.InForce(&r, asOf) {
			continue
		}
		if _, ok := pos[r.From]; !ok {
			continue
		}
		if _, ok := pos[r.To]; !ok {
			continue
		}
		e := gexf12.Edge{ID: r.ID, Source: r.From, Target: r.To, Label: r.Title.In("en"), Weight: 1}
		if !r.Directed {
			e.Type = "undirected"
		}
		val := ""
		if r.ValueUSD != nil {
			val = strconv.FormatFloat(*r.ValueUSD, 'f', -1, 64)
			if *r.ValueUSD > 0 {
				e.Weight = *r.ValueUSD / 1e9
			}
		}
		until := ""
		if r.Until != nil {
			until = r.Until.Value
		}
		col := styleOf(r.Type).Color
		e.Color = &gexf12.Color{R: col.R, G: col.G, B: col.B}
		e.Thickness = &gexf12.Thickness{Value: st.edgeWidth(r)}
		e.AttValues = &gexf12.AttValues{AttValues: []gexf12.AttValue{
			{For: "type", Value: r.Type},
			{For: "value_usd", Value: val},
			{For: "status", Value: string(r.Status)},
			{For: "date", Value: r.Date.Value},
			{For: "until", Value: until},
			{For: "title_zh", Value: r.Title.In("zh")},
		}}
		c.Graph.Edges.Edges = append(c.Graph.Edges.Edges, e)
	}
	c.Graph.Edges.Count = len(c.Graph.Edges.Edges)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(c); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
