package network

import (
	"math"
	"testing"

	"github.com/wcharczuk/go-chart/v2"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
)

// A camp whose convex region would take in an outsider hugs its members
// instead; one that would not keeps its convex region.
func TestCampRegionLeavesOutsidersOut(t *testing.T) {
	co := func(id string) data.Company { return data.Company{ID: id, Name: data.Text{En: id, Zh: id}} }
	ds := &data.Dataset{
		Companies: []data.Company{co("a"), co("b"), co("c"), co("out"), co("x"), co("y")},
		Camps: []data.Camp{
			{ID: "abc", Name: data.Text{En: "ABC", Zh: "ABC"}, Color: "#3366cc",
				Members: []data.Member{{Company: "a"}, {Company: "b"}, {Company: "c"}}},
			{ID: "xy", Name: data.Text{En: "XY", Zh: "XY"}, Color: "#cc6633",
				Members: []data.Member{{Company: "x"}, {Company: "y"}}},
		},
	}
	// a, b, c in an L; "out" in the crook, inside their convex hull.
	pos := Positions{"a": {X: 200, Y: 150}, "b": {X: 200, Y: 700}, "c": {X: 900, Y: 700}, "out": {X: 420, Y: 480},
		"x": {X: 1300, Y: 200}, "y": {X: 1450, Y: 300}}
	opt := LayoutOptions{}
	sc := Scene{Data: ds, Pos: pos, Layout: opt, Lang: "en"}
	g := sc.build(screen, 1)
	regions := map[string][]r2.Vec{}
	for _, h := range g.hulls {
		regions[ds.Camps[h.camp].ID] = h.poly
	}
	if len(regions) != 2 {
		t.Fatalf("%d regions, want 2", len(regions))
	}
	if inPolygon(regions["abc"], g.nodes[g.byID["out"]].c) {
		t.Error("camp ABC's region takes in the outsider")
	}
	for _, n := range g.nodes {
		for _, camp := range []string{"abc", "xy"} {
			member := false
			for _, m := range ds.Camps {
				if m.ID == camp {
					for _, mm := range m.Members {
						member = member || mm.Company == n.id
					}
				}
			}
			if !member {
				continue
			}
			for _, p := range circlePoints(n.c, n.r, 8) {
				if !inPolygon(regions[camp], p) {
					t.Errorf("camp %s: %s's rim point %v outside its region", camp, n.id, p)
				}
			}
		}
	}
	// XY takes in nobody: still its convex region.
	if h := regions["xy"]; !inConvex(h, h[0]) || len(h) > 40 {
		t.Errorf("camp XY's region has %d points, want its convex hull", len(h))
	}
	// The same every time.
	again := sc.build(screen, 1)
	for i, h := range again.hulls {
		if len(h.poly) != len(g.hulls[i].poly) || h.poly[0] != g.hulls[i].poly[0] {
			t.Fatal("camp region differs between two builds")
		}
	}
}

// Big graphs shape each region from the members near its rim only: the
// same region as from every member.
func TestNearRimKeepsTheRegion(t *testing.T) {
	ds := synth.Dataset(1000, 1250, 0, 1)
	opt := LayoutOptions{Seed: DefaultSeed}
	sc := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en"}
	g := sc.build(chart.NewBox(0, 0, 1920, 1080), 1)
	if !g.lod || len(g.hulls) == 0 {
		t.Fatal("want a big graph with regions")
	}
	pad := math.Max(14*g.px, 18*g.scale)
	dropped := 0
	for _, h := range g.hulls {
		var pts []r2.Vec
		var ns []nodeGeom
		for _, n := range g.nodes {
			if containsInt(n.camps, h.camp) {
				pts = append(pts, circlePoints(n.c, n.r+pad, 8)...)
				ns = append(ns, n)
			}
		}
		members := len(ns)
		dropped += members - len(nearRim(ns, pad))
		want := convexHull(pts)
		if len(want) != len(h.poly) {
			t.Fatalf("camp %d (%d members): %d corners, want %d", h.camp, members, len(h.poly), len(want))
		}
		for i := range want {
			if want[i] != h.poly[i] {
				t.Fatalf("camp %d: corner %d at %v, want %v", h.camp, i, h.poly[i], want[i])
			}
		}
	}
	if dropped == 0 {
		t.Error("no member left out: the test proves nothing")
	}
	t.Logf("%d of %d members left out of the regions' outlines", dropped, len(g.nodes))
}
