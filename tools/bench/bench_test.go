package main

import (
	"strings"
	"testing"
	"text/template"
	"time"
)

func TestBenchLine(t *testing.T) {
	for _, tc := range []struct {
		line, name, ns string
	}{
		{"BenchmarkBundledExport/network/png2x-2         	       1	 544709920 ns/op", "BundledExport/network/png2x", "544709920"},
		{"BenchmarkBundledExport/deal-values/gochart-png2x-8 	       3	 12.5 ns/op	 100 B/op", "BundledExport/deal-values/gochart-png2x", "12.5"},
		{"BenchmarkBundledExport/timeline/svg 	       1	 7 ns/op", "BundledExport/timeline/svg", "7"},
		{"BenchmarkNetworkDraw/hover/nodes=1000-2       	      10	   7737600 ns/op	 6.2 cpu-ms/op", "NetworkDraw/hover/nodes=1000", "7737600"},
	} {
		m := benchLine.FindStringSubmatch(tc.line)
		if m == nil || m[1] != tc.name || m[2] != tc.ns {
			t.Errorf("%q: got %q, want %s %s", tc.line, m, tc.name, tc.ns)
		}
	}
	for _, l := range []string{"PASS", "ok  	github.com/aicamps/aicamps/views/network	3.898s", "goos: linux"} {
		if benchLine.MatchString(l) {
			t.Errorf("%q matched", l)
		}
	}
}

func TestNetworkRows(t *testing.T) {
	res := map[string][]float64{}
	for _, n := range []string{"20", "1000"} {
		res["NetworkLayout/nodes="+n] = []float64{100e6, 150e6, 120e6}
		res["NetworkLayout/gonum-eades/nodes="+n] = []float64{200e6}
	}
	res["NetworkDraw/nodes=20"] = []float64{3e6}
	res["NetworkDraw/nodes=1000"] = []float64{20e6, 30e6, 25e6}
	res["NetworkDraw/nodes=1000/relations=3000"] = []float64{10e6}
	for _, f := range []string{"hover", "pan", "zoom", "dragnode", "cached", "hittest"} {
		res["NetworkDraw/"+f+"/nodes=1000"] = []float64{1e6}
	}
	rows, miss := networkRows(res)
	if rows[1].Ours != "120 ms" || rows[1].Met != "yes" || rows[1].Ratio != "0.60×" {
		t.Errorf("layout 1000 row %+v", rows[1])
	}
	if len(miss) != 1 || !strings.Contains(miss[0], "full redraw, 1920×1080, 1,000 companies, 1,250") {
		t.Errorf("missed %q, want the 1000-company redraw (25 ms ≥ 16 ms)", miss)
	}
}

// A stage that grows 100× per 10× step is flagged; one that grows 10× is not.
func TestScalingFlags(t *testing.T) {
	var steps []scaleStep
	for _, k := range []int{1, 10, 100} {
		d := time.Duration(k) * time.Millisecond
		steps = append(steps, scaleStep{k: k, decode: d, load: d, exportPNG: d, exportSVG: d, layout: d * time.Duration(k)})
	}
	var p page
	scalingRows(&p, steps)
	if len(p.ScaleFlags) != 2 {
		t.Fatalf("flags %q, want the layout's two steps", p.ScaleFlags)
	}
	for _, f := range p.ScaleFlags {
		if !strings.HasPrefix(f, "network layout") || !strings.Contains(f, "exponent 2.00") {
			t.Errorf("flag %q", f)
		}
	}
	for _, r := range p.Scaling {
		if r.Stage != "network layout" && r.Met == "**no**" {
			t.Errorf("%s flagged", r.Stage)
		}
	}
}

func TestMedian(t *testing.T) {
	if m := median([]float64{5, 1, 3}); m != 3 {
		t.Errorf("median = %v", m)
	}
	if m := medianD([]time.Duration{4, 1, 9, 2, 7}); m != 4 {
		t.Errorf("medianD = %v", m)
	}
}

// The page renders with every section, met or missed.
func TestTemplateRenders(t *testing.T) {
	for _, p := range []page{
		{StartupMet: true, MemoryMet: true},
		{InterMiss: []string{"x"}, NetworkMiss: []string{"y"}, ExportSlowMiss: []string{"z"}, Export: make([]exportRow, 2)},
	} {
		p.Network = []row{{Item: "full redraw", Ours: "1 ms"}}
		var b strings.Builder
		if err := template.Must(template.New("page").Parse(pageTemplate)).Execute(&b, p); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"## 1. Start-up", "## 4b. The network view", "| full redraw | 1 ms |", "## 6. Binary size"} {
			if !strings.Contains(b.String(), want) {
				t.Errorf("the page lacks %q", want)
			}
		}
	}
}

// A figure go test did not print is reported missing, never met.
func TestNetworkRowsMissingFigureNotMet(t *testing.T) {
	rows, miss := networkRows(map[string][]float64{})
	for _, r := range rows {
		if r.Met == yes(true) {
			t.Errorf("%s: no figure, yet met", r.Item)
		}
	}
	if len(miss) != len(rows) {
		t.Errorf("%d of %d missing figures reported", len(miss), len(rows))
	}
}
