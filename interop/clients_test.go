// Package interop tests the interchange files in the clients their users
// open them with: networkx (GEXF, GraphML), graphology-gexf (GEXF, as Gephi
// Lite and sigma.js read it) and TimelineJS3 in headless Chromium. make deps
// installs them; a test skips when its client is missing, unless CI is set.
package interop

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/network"
)

// need skips (or, under CI, fails) the test when the client is missing.
func need(t *testing.T, client string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is missing (run make deps): %v", client, err)
	}
	t.Skipf("%s is missing (make deps installs it): %v", client, err)
}

// run runs a client and decodes the JSON it prints.
func run(t *testing.T, out any, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("%s: %v in %q", name, err, b)
	}
}

func bundled(t *testing.T) *data.Dataset {
	t.Helper()
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// writeFile writes a file into the test's temporary folder.
func writeFile(t *testing.T, name string, w func(io.Writer) error) string {
	t.Helper()
	var b bytes.Buffer
	if err := w(&b); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// graphRead is what testdata/read_graph.py and read_gexf.js print.
type graphRead struct {
	Nodes     []string            `json:"nodes"`
	Edges     []string            `json:"edges"`
	Count     int                 `json:"edge_count"`
	Undir     int                 `json:"undirected"`
	NodeTypes map[string][]string `json:"node_types"`
	EdgeTypes map[string][]string `json:"edge_types"`
}

// ids of the companies and relations the whole network holds.
func ids(ds *data.Dataset) (nodes, edges []string, undirected int) {
	for _, c := range ds.Companies {
		nodes = append(nodes, c.ID)
	}
	for _, r := range ds.Relations {
		if r.From != r.To {
			edges = append(edges, r.ID)
			if !r.Directed {
				undirected++
			}
		}
	}
	slices.Sort(nodes)
	slices.Sort(edges)
	return nodes, edges, undirected
}

// checkTypes fails unless each attribute was read as exactly the one type.
func checkTypes(t *testing.T, client, class string, got map[string][]string, want map[string]string) {
	t.Helper()
	for k, typ := range want {
		if !slices.Equal(got[k], []string{typ}) {
			t.Errorf("%s: %s attribute %q read as %v, want %s", client, class, k, got[k], typ)
		}
	}
}

// readGraph writes the bundled network with write and has a client read
// it: the reader's command line, then the file. A python3 reader needs
// networkx.
func readGraph(t *testing.T, ext string, write func(io.Writer, *data.Dataset, time.Time) error, reader ...string) (*data.Dataset, graphRead) {
	t.Helper()
	if reader[0] == "python3" {
		_, err := exec.LookPath("python3")
		if err == nil {
			err = exec.Command("python3", "-c", "import networkx").Run()
		}
		need(t, "networkx (Debian python3-networkx)", err)
	}
	ds := bundled(t)
	path := writeFile(t, "network."+ext, func(w io.Writer) error { return write(w, ds, time.Time{}) })
	var got graphRead
	run(t, &got, reader[0], append(reader[1:], path)...)
	// A bigger graph, with ended relations and every status, reads whole too.
	big := synth.Dataset(300, 900, 0, 7)
	path = writeFile(t, "big."+ext, func(w io.Writer) error { return write(w, big, time.Time{}) })
	var gotBig graphRead
	run(t, &gotBig, reader[0], append(reader[1:], path)...)
	if nodes, edges, _ := ids(big); !slices.Equal(gotBig.Nodes, nodes) || !slices.Equal(gotBig.Edges, edges) {
		t.Errorf("%s read %d of %d nodes, %d of %d edges of the synthetic graph", reader[0], len(gotBig.Nodes), len(nodes), len(gotBig.Edges), len(edges))
	}
	return ds, got
}

// networkx reads the GEXF with every company and relation, the numbers as
// numbers. An undirected relation is a mutual edge, which networkx reads as
// an edge each way.
func TestNetworkxReadsGEXF(t *testing.T) {
	ds, got := readGraph(t, "gexf", network.WriteGEXF, "python3", "testdata/read_graph.py", "gexf")
	nodes, edges, undirected := ids(ds)
	if !slices.Equal(got.Nodes, nodes) || !slices.Equal(got.Edges, edges) || got.Count != len(edges)+undirected {
		t.Errorf("networkx read %d nodes, %d edge IDs, %d edges; want %d, %d, %d", len(got.Nodes), len(got.Edges), got.Count,
			len(nodes), len(edges), len(edges)+undirected)
	}
	checkTypes(t, "networkx", "node", got.NodeTypes, map[string]string{"value_usd": "float", "camp": "str", "name_zh": "str", "viz.size": "float", "viz.position": "dict", "viz.color": "dict"})
	checkTypes(t, "networkx", "edge", got.EdgeTypes, map[string]string{"value_usd": "float", "source_paragraph": "int",
		"directed": "bool", "weight": "float", "start": "str", "end": "str", "status": "str", "source": "str"})
}

func TestNetworkxReadsGraphML(t *testing.T) {
	ds, got := readGraph(t, "graphml", network.WriteGraphML, "python3", "testdata/read_graph.py", "graphml")
	nodes, edges, _ := ids(ds)
	if !slices.Equal(got.Nodes, nodes) || !slices.Equal(got.Edges, edges) || got.Count != len(edges) {
		t.Errorf("networkx read %d nodes, %d edge IDs, %d edges; want %d, %d", len(got.Nodes), len(got.Edges), got.Count, len(nodes), len(edges))
	}
	checkTypes(t, "networkx", "node", got.NodeTypes, map[string]string{"value_usd": "float", "x": "float", "y": "float",
		"size": "float", "r": "int", "color": "str", "camp": "str", "label": "str"})
	checkTypes(t, "networkx", "edge", got.EdgeTypes, map[string]string{"value_usd": "float", "source_paragraph": "int",
		"directed": "bool", "weight": "float", "start": "str", "end": "str", "status": "str", "source": "str"})
}

// graphology-gexf parses the GEXF into a mixed graph: every company, every
// relation (the undirected ones undirected), numbers as numbers.
func TestGraphologyReadsGEXF(t *testing.T) {
	_, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat("testdata/node_modules/graphology-gexf/package.json")
	}
	need(t, "node with graphology-gexf (make deps: npm ci in interop/testdata)", err)
	ds, got := readGraph(t, "gexf", network.WriteGEXF, "node", "testdata/read_gexf.js")
	nodes, edges, undirected := ids(ds)
	if !slices.Equal(got.Nodes, nodes) || !slices.Equal(got.Edges, edges) || got.Undir != undirected {
		t.Errorf("graphology read %d nodes, %d edges (%d undirected); want %d, %d (%d)", len(got.Nodes), len(got.Edges), got.Undir,
			len(nodes), len(edges), undirected)
	}
	checkTypes(t, "graphology", "node", got.NodeTypes, map[string]string{"value_usd": "number", "x": "number", "y": "number",
		"size": "number", "color": "string", "camp": "string"})
	checkTypes(t, "graphology", "edge", got.EdgeTypes, map[string]string{"value_usd": "number", "source_paragraph": "number",
		"directed": "boolean", "weight": "number", "status": "string", "source": "string"})
	if t.Failed() {
		fmt.Fprintf(os.Stderr, "%+v\n", got)
	}
}
