package main

import (
	"strings"
	"testing"
	"time"
)

func TestBenchLine(t *testing.T) {
	for _, tc := range []struct {
		line, item, variant, ns string
	}{
		{"BenchmarkBundledExport/network/png2x-2         	       1	 544709920 ns/op", "network", "png2x", "544709920"},
		{"BenchmarkBundledExport/deal-values/gochart-png2x-8 	       3	 12.5 ns/op	 100 B/op", "deal-values", "gochart-png2x", "12.5"},
		{"BenchmarkBundledExport/timeline/svg 	       1	 7 ns/op", "timeline", "svg", "7"},
	} {
		m := benchLine.FindStringSubmatch(tc.line)
		if m == nil || m[1] != tc.item || m[2] != tc.variant || m[3] != tc.ns {
			t.Errorf("%q: got %q, want %s %s %s", tc.line, m, tc.item, tc.variant, tc.ns)
		}
	}
	if benchLine.MatchString("BenchmarkExport/network/png2x-2 1 5 ns/op") {
		t.Error("matched another benchmark")
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
