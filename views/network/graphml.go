package network

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/aicamps/aicamps/data"
)

// WriteGraphML writes the network as GraphML in English, laid out with the
// default seed, with the relations in force at asOf (zero: all). See
// WriteGraphMLScene.
func WriteGraphML(w io.Writer, ds *data.Dataset, asOf time.Time) error {
	return WriteGraphMLScene(w, Scene{Data: ds, AsOf: asOf})
}

// WriteGraphMLScene writes what sc shows as GraphML, for yEd, Cytoscape and
// networkx: the same nodes, edges and attributes as the GEXF, typed, plus
// each node's label, position (x, y as on screen), size and colour (r, g, b
// and #rrggbb, the keys Gephi's GraphML import reads) and each edge's
// label, weight, start and end. An undirected relation is an edge with
// directed=false in its data: networkx refuses a mixed graph.
func WriteGraphMLScene(w io.Writer, sc Scene) error {
	if sc.Data == nil {
		return fmt.Errorf("graphml: no dataset")
	}
	nodes, edges, lang := graphOf(sc)
	doc := gmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns",
		XSI:    "http://www.w3.org/2001/XMLSchema-instance",
		Schema: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Graph:  gmlGraph{ID: "G", EdgeDefault: "directed"}}
	doc.Keys = append(doc.Keys, gmlKeys("node", []string{"label:string", "x:double", "y:double", "size:double",
		"r:int", "g:int", "b:int", "color:string"})...)
	for _, a := range nodeAttrs {
		doc.Keys = append(doc.Keys, gmlKey("node", a.id, a.typ))
	}
	doc.Keys = append(doc.Keys, gmlKeys("edge", []string{"label:string", "weight:double", "start:string", "end:string", "color:string"})...)
	for _, a := range edgeAttrs {
		doc.Keys = append(doc.Keys, gmlKey("edge", a.id, a.typ))
	}
	for i := range nodes {
		n := &nodes[i]
		d := []gmlData{{"n_label", n.label}, {"n_x", fnum(n.x)}, {"n_y", fnum(n.y)}, {"n_size", fnum(n.size)},
			{"n_r", strconv.Itoa(int(n.colour.R))}, {"n_g", strconv.Itoa(int(n.colour.G))}, {"n_b", strconv.Itoa(int(n.colour.B))},
			{"n_color", hexColour(n.colour)}}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gmlNode{ID: n.co.ID, Data: gmlValues(d, "n_", nodeAttrs, n, lang)})
	}
	for i := range edges {
		e := &edges[i]
		d := []gmlData{{"e_label", e.label}, {"e_weight", fnum(e.weight)}, {"e_start", e.start}}
		if e.end != "" {
			d = append(d, gmlData{"e_end", e.end})
		}
		d = append(d, gmlData{"e_color", hexColour(e.colour)})
		doc.Graph.Edges = append(doc.Graph.Edges, gmlEdge{ID: e.r.ID, Source: e.r.From, Target: e.r.To,
			Data: gmlValues(d, "e_", edgeAttrs, e, lang)})
	}
	return writeXML(w, doc)
}

type gmlDoc struct {
	XMLName xml.Name    `xml:"graphml"`
	XMLNS   string      `xml:"xmlns,attr"`
	XSI     string      `xml:"xmlns:xsi,attr"`
	Schema  string      `xml:"xsi:schemaLocation,attr"`
	Keys    []gmlKeyDef `xml:"key"`
	Graph   gmlGraph    `xml:"graph"`
}

type gmlKeyDef struct {
	XMLName xml.Name `xml:"key"`
	ID      string   `xml:"id,attr"`
	For     string   `xml:"for,attr"`
	Name    string   `xml:"attr.name,attr"`
	Type    string   `xml:"attr.type,attr"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// gmlKey declares an attribute; key IDs carry n_ or e_ because nodes and
// edges share names (status, value_usd) but GraphML key IDs are global.
func gmlKey(class, name, typ string) gmlKeyDef {
	if typ == "integer" {
		typ = "int"
	}
	return gmlKeyDef{ID: class[:1] + "_" + name, For: class, Name: name, Type: typ}
}

// gmlKeys declares "name:type" attributes.
func gmlKeys(class string, specs []string) []gmlKeyDef {
	out := make([]gmlKeyDef, len(specs))
	for i, s := range specs {
		for j := range s {
			if s[j] == ':' {
				out[i] = gmlKey(class, s[:j], s[j+1:])
			}
		}
	}
	return out
}

// gmlValues appends rec's attribute values to d, leaving out those it has
// none of.
func gmlValues[T any](d []gmlData, prefix string, attrs []ixAttr[T], rec T, lang string) []gmlData {
	for _, a := range attrs {
		if v, ok := a.value(rec, lang); ok {
			d = append(d, gmlData{prefix + a.id, v})
		}
	}
	return d
}

func fnum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
