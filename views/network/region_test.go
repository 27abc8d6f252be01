package network

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
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
	if dir := os.Getenv("NETWORK_LOOK"); dir != "" {
		img, _ := screenImage(1280, 800, 1, export.Light, "en", nil, func(f export.Frame) error { return Draw(f, sc) })
		var buf bytes.Buffer
		png.Encode(&buf, img)
		os.WriteFile(filepath.Join(dir, "region.png"), buf.Bytes(), 0o644)
	}
	// The same every time.
	again := sc.build(screen, 1)
	for i, h := range again.hulls {
		if len(h.poly) != len(g.hulls[i].poly) || h.poly[0] != g.hulls[i].poly[0] {
			t.Fatal("camp region differs between two builds")
		}
	}
}
