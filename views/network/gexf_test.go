package network

import (
	"bytes"
	"encoding/xml"
	"testing"
	"time"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/aicamps/aicamps/data/synth"
)

func TestGEXFRoundTrip(t *testing.T) {
	fx := fixture(t)
	for _, tc := range []struct {
		name         string
		asOf         time.Time
		nodes, edges int
	}{
		{"fixture", time.Time{}, len(fx.Companies), len(fx.Relations)},
		// At 2024-01-01: ms-openai-inv, ms-openai-excl, ms-board, broadcom-google;
		// openai-xai, dated only "2024", counts from 31 December 2024 (data.Dataset.Since).
		{"fixture 2024", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), len(fx.Companies), 4},
		{"fixture end of 2024", time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC), len(fx.Companies), 5},
		{"synth", time.Time{}, 300, 700},
	} {
		ds := fx
		if tc.name == "synth" {
			ds = synth.Dataset(300, 700, 0, 9)
		}
		var buf bytes.Buffer
		if err := WriteGEXF(&buf, ds, tc.asOf); err != nil {
			t.Fatal(err)
		}
		var c gexf12.Content
		if err := xml.Unmarshal(buf.Bytes(), &c); err != nil {
			t.Fatalf("%s: GEXF does not parse: %v", tc.name, err)
		}
		if len(c.Graph.Nodes.Nodes) != tc.nodes || c.Graph.Nodes.Count != tc.nodes {
			t.Errorf("%s: %d nodes (count %d), want %d", tc.name, len(c.Graph.Nodes.Nodes), c.Graph.Nodes.Count, tc.nodes)
		}
		if len(c.Graph.Edges.Edges) != tc.edges || c.Graph.Edges.Count != tc.edges {
			t.Errorf("%s: %d edges (count %d), want %d", tc.name, len(c.Graph.Edges.Edges), c.Graph.Edges.Count, tc.edges)
		}
		ids := map[string]bool{}
		for _, n := range c.Graph.Nodes.Nodes {
			ids[n.ID] = true
			if n.Label == "" || n.AttValues == nil || n.Position == nil {
				t.Fatalf("%s: node %+v lacks label, attributes or position", tc.name, n)
			}
		}
		for _, e := range c.Graph.Edges.Edges {
			if !ids[e.Source] || !ids[e.Target] {
				t.Fatalf("%s: edge %s ends outside the nodes", tc.name, e.ID)
			}
		}
	}
	// Values and camps survive.
	var buf bytes.Buffer
	_ = WriteGEXF(&buf, fx, time.Time{})
	var c gexf12.Content
	_ = xml.Unmarshal(buf.Bytes(), &c)
	for _, e := range c.Graph.Edges.Edges {
		if e.ID == "openai-aws" {
			if e.Weight != 38 || attValue(e.AttValues, "type") != "compute-contract" || attValue(e.AttValues, "value_usd") != "38000000000" {
				t.Errorf("openai-aws edge %+v", e)
			}
		}
	}
	for _, n := range c.Graph.Nodes.Nodes {
		if n.ID == "nvidia" && (attValue(n.AttValues, "camps") != "openai-camp,microsoft-camp" || attValue(n.AttValues, "camp") != "openai-camp") {
			t.Errorf("nvidia camps %q, camp %q", attValue(n.AttValues, "camps"), attValue(n.AttValues, "camp"))
		}
	}
}

func attValue(vs *gexf12.AttValues, id string) string {
	for _, v := range vs.AttValues {
		if v.For == id {
			return v.Value
		}
	}
	return ""
}

// The GEXF keeps a relation to the end of its until month, as the view
// does: ms-board ends in July 2024.
func TestGEXFEndMonth(t *testing.T) {
	fx := fixture(t)
	for _, tc := range []struct {
		day  time.Time
		want bool
	}{
		{time.Date(2024, 7, 31, 0, 0, 0, 0, time.UTC), true},
		{time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC), false},
	} {
		var buf bytes.Buffer
		if err := WriteGEXF(&buf, fx, tc.day); err != nil {
			t.Fatal(err)
		}
		var c gexf12.Content
		if err := xml.Unmarshal(buf.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range c.Graph.Edges.Edges {
			got = got || e.ID == "ms-board"
		}
		if got != tc.want {
			t.Errorf("as of %s: ms-board in the GEXF %v, want %v", tc.day.Format("2006-01-02"), got, tc.want)
		}
	}
}
