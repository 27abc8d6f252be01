package main

import (
	"fmt"
	"time"
)

// networkRows tabulates BenchmarkNetworkLayout and BenchmarkNetworkDraw
// (views/network), the figures issue #4 names: a full layout against plain
// gonum EadesR2 at the same number of steps, one full redraw at 1920×1080,
// and what the widget pays per frame between full redraws.
const noFigure = "**no figure**"

func networkRows(res map[string][]float64) (rows []row, miss []string) {
	med := func(name string) time.Duration { return time.Duration(median(res[name])) }
	// A figure go test did not print is a miss, not a pass at 0 ms.
	absent := func(names ...string) bool {
		for _, n := range names {
			if len(res[n]) == 0 {
				return true
			}
		}
		return false
	}
	for _, n := range []int{20, 1000} {
		ours, base := med(fmt.Sprintf("NetworkLayout/nodes=%d", n)), med(fmt.Sprintf("NetworkLayout/gonum-eades/nodes=%d", n))
		goal, met := "—", true
		if n == 1000 {
			goal, met = "< 500 ms", ours < 500*time.Millisecond
		}
		r := timeRow(fmt.Sprintf("layout, %d companies (baseline: plain gonum EadesR2, same steps)", n), ours, base, goal, met)
		if goal == "—" {
			r.Met = ""
		}
		if absent(fmt.Sprintf("NetworkLayout/nodes=%d", n), fmt.Sprintf("NetworkLayout/gonum-eades/nodes=%d", n)) {
			r.Met = noFigure
		}
		rows = append(rows, r)
	}
	for _, c := range []struct{ name, what string }{
		{"NetworkDraw/nodes=20", "20 companies, 25 relations"},
		{"NetworkDraw/nodes=1000", "1,000 companies, 1,250 relations"},
		{"NetworkDraw/nodes=1000/relations=3000", "1,000 companies, 3,000 relations (the issue's scale)"},
	} {
		d := med(c.name)
		goal, met := "—", true
		if c.name != "NetworkDraw/nodes=20" {
			goal, met = "< 16 ms", d < 16*time.Millisecond
		}
		r := row{Item: "full redraw, 1920×1080, " + c.what, Ours: ms(d), Goal: goal, Met: yes(met)}
		if goal == "—" {
			r.Met = ""
		}
		if absent(c.name) {
			r.Met = noFigure
		}
		rows = append(rows, r)
	}
	for _, f := range []struct{ name, what string }{
		{"hover", "hover moves to another company"},
		{"pan", "pan step (cached picture moved)"},
		{"zoom", "zoom step (cached picture scaled)"},
		{"dragnode", "a company dragged (full redraw)"},
		{"cached", "a frame where nothing changed"},
		{"hittest", "hit test under the pointer"},
	} {
		name := fmt.Sprintf("NetworkDraw/%s/nodes=1000", f.name)
		r := row{Item: "widget frame, 1,000 companies: " + f.what, Ours: ms(med(name))}
		if absent(name) {
			r.Met = noFigure
		}
		rows = append(rows, r)
	}
	for _, r := range rows {
		if r.Met == yes(false) || r.Met == noFigure {
			miss = append(miss, r.Item)
		}
	}
	return rows, miss
}
