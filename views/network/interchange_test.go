package network

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"testing"
	"time"

	"gonum.org/v1/gonum/graph/formats/gexf12"
)

// A number attribute is a number or left out, never "" (networkx refused
// value_usd="" with "could not convert string to float"); the graph is
// dynamic with each relation's start and inclusive end; an undirected
// relation is mutual (networkx refuses undirected edges in a directed graph).
func TestGEXFTypedAndDynamic(t *testing.T) {
	fx := fixture(t)
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, fx, zeroTime); err != nil {
		t.Fatal(err)
	}
	var c gexf12.Content
	if err := xml.Unmarshal(buf.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	if c.Graph.Mode != "dynamic" || c.Graph.TimeFormat != "date" {
		t.Errorf("graph mode %q timeformat %q, want dynamic, date", c.Graph.Mode, c.Graph.TimeFormat)
	}
	types := map[string]map[string]string{}
	for _, as := range c.Graph.Attributes {
		types[as.Class] = map[string]string{}
		for _, a := range as.Attributes {
			types[as.Class][a.ID] = a.Type
		}
	}
	checkTyped := func(class, where string, vs *gexf12.AttValues) {
		for _, v := range vs.AttValues {
			typ, ok := types[class][v.For]
			if !ok {
				t.Errorf("%s: attvalue for undeclared %q", where, v.For)
			}
			if err := parseTyped(typ, v.Value); err != nil {
				t.Errorf("%s: %s=%q is not a %s: %v", where, v.For, v.Value, typ, err)
			}
		}
	}
	for _, n := range c.Graph.Nodes.Nodes {
		checkTyped("node", n.ID, n.AttValues)
	}
	got := map[string]gexf12.Edge{}
	for _, e := range c.Graph.Edges.Edges {
		checkTyped("edge", e.ID, e.AttValues)
		got[e.ID] = e
	}
	for _, tc := range []struct{ id, start, end, typ, value, para string }{
		{"ms-board", "2023-11-01", "2024-07-31", "", "", "1"},
		{"ms-openai-excl", "2019-07-01", "2025-10-31", "", "", ""},
		// A year alone starts where data's as-of rule counts it from: its
		// last day, the source being of 2025 (data.Dataset.Since).
		{"broadcom-google", "2016-12-31", "", "", "", ""},
		{"openai-xai", "2024-12-31", "", "mutual", "", ""},
		{"openai-aws", "2025-11-03", "", "", "38000000000", ""},
	} {
		e, ok := got[tc.id]
		if !ok {
			t.Errorf("%s: no edge", tc.id)
			continue
		}
		if e.Start != tc.start || e.End != tc.end || e.Type != tc.typ || attValue(e.AttValues, "value_usd") != tc.value {
			t.Errorf("%s: start %q end %q type %q value %q, want %q %q %q %q", tc.id, e.Start, e.End, e.Type,
				attValue(e.AttValues, "value_usd"), tc.start, tc.end, tc.typ, tc.value)
		}
		if attValue(e.AttValues, "status") == "" || attValue(e.AttValues, "source_doc") == "" || attValue(e.AttValues, "source") == "" {
			t.Errorf("%s: no status or source in %+v", tc.id, e.AttValues)
		}
	}
}

func parseTyped(typ, v string) error {
	var err error
	switch typ {
	case "double":
		_, err = strconv.ParseFloat(v, 64)
	case "integer":
		_, err = strconv.Atoi(v)
	case "boolean":
		_, err = strconv.ParseBool(v)
	}
	return err
}

// The files hold what the view shows: hidden camps drop their members (and
// so their relations), hidden types their relations; labels follow Lang.
func TestInterchangeFollowsScene(t *testing.T) {
	fx := fixture(t)
	all, allEdges, _ := graphOf(Scene{Data: fx})
	sc := Scene{Data: fx, Lang: "zh", HiddenTypes: map[string]bool{"investment": true}, HiddenCamps: map[string]bool{"google-camp": true}}
	nodes, edges, _ := graphOf(sc)
	sc.Pos = Layout(fx, LayoutOptions{Seed: DefaultSeed})
	want := len(sc.VisibleRelations())
	if len(edges) != want || len(edges) >= len(allEdges) || len(nodes) >= len(all) {
		t.Fatalf("filtered: %d nodes, %d edges (of %d, %d); want %d edges", len(nodes), len(edges), len(all), len(allEdges), want)
	}
	for _, e := range edges {
		if e.r.Type == "investment" {
			t.Errorf("hidden type %s written", e.r.ID)
		}
	}
	var buf bytes.Buffer
	if err := WriteGEXFScene(&buf, sc); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`label="微软"`)) {
		t.Errorf("zh GEXF lacks the Chinese label")
	}
}

// GraphML: every data key is declared, numbers parse as their declared
// type, node and edge counts match the GEXF's, and no edge says
// directed="false" (networkx refuses mixed graphs).
func TestGraphMLTyped(t *testing.T) {
	fx := fixture(t)
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, fx, zeroTime); err != nil {
		t.Fatal(err)
	}
	var doc gmlDoc
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	keys := map[string]gmlKeyDef{}
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %s declared twice", k.ID)
		}
		keys[k.ID] = k
	}
	check := func(where, class string, d []gmlData) map[string]string {
		m := map[string]string{}
		for _, x := range d {
			k, ok := keys[x.Key]
			if !ok || k.For != class {
				t.Errorf("%s: data %s not declared for %s", where, x.Key, class)
			}
			typ := map[string]string{"int": "integer"}[k.Type]
			if typ == "" {
				typ = k.Type
			}
			if err := parseTyped(typ, x.Value); err != nil {
				t.Errorf("%s: %s=%q is not a %s", where, k.Name, x.Value, k.Type)
			}
			m[k.Name] = x.Value
		}
		return m
	}
	nodes, edges, _ := graphOf(Scene{Data: fx})
	if len(doc.Graph.Nodes) != len(nodes) || len(doc.Graph.Edges) != len(edges) || len(edges) != len(fx.Relations) {
		t.Fatalf("%d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(nodes), len(fx.Relations))
	}
	for _, n := range doc.Graph.Nodes {
		m := check(n.ID, "node", n.Data)
		if m["label"] == "" || m["x"] == "" || m["color"] == "" {
			t.Errorf("node %s lacks label, position or colour: %v", n.ID, m)
		}
	}
	for _, e := range doc.Graph.Edges {
		m := check(e.ID, "edge", e.Data)
		if e.ID == "ms-board" && (m["start"] != "2023-11-01" || m["end"] != "2024-07-31" || m["source_paragraph"] == "") {
			t.Errorf("ms-board: %v", m)
		}
		if e.ID == "openai-xai" && m["directed"] != "false" {
			t.Errorf("openai-xai directed %q", m["directed"])
		}
	}
	if bytes.Contains(buf.Bytes(), []byte(`directed="false"`)) {
		t.Error("an edge says directed=\"false\"")
	}
}

var zeroTime time.Time
