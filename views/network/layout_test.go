package network

import (
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
)

func datasets(t testing.TB) map[string]*data.Dataset {
	return map[string]*data.Dataset{
		"fixture":   fixture(t),
		"synth-20":  synth.Dataset(20, 25, 5, 1),
		"synth-200": synth.Dataset(200, 400, 5, 2),
	}
}

func TestLayoutDeterministic(t *testing.T) {
	for name, ds := range datasets(t) {
		a := Layout(ds, LayoutOptions{Seed: 5})
		b := Layout(ds, LayoutOptions{Seed: 5})
		if len(a) != len(ds.Companies) {
			t.Errorf("%s: %d positions for %d companies", name, len(a), len(ds.Companies))
		}
		for id, p := range a {
			if b[id] != p {
				t.Fatalf("%s: %s at %v then %v with the same seed", name, id, p, b[id])
			}
		}
		c := Layout(ds, LayoutOptions{Seed: 6})
		same := true
		for id, p := range a {
			same = same && c[id] == p
		}
		if same {
			t.Errorf("%s: another seed gave the same layout", name)
		}
	}
}

// Members of a camp sit closer to each other than to other camps' members.
func TestLayoutCampCohesion(t *testing.T) {
	for name, ds := range datasets(t) {
		in, out := campDistances(ds, Layout(ds, LayoutOptions{Seed: 1}))
		t.Logf("%s: mean distance within camps %.0f, across %.0f", name, in, out)
		if in >= out {
			t.Errorf("%s: camps not cohesive: within %.0f ≥ across %.0f", name, in, out)
		}
	}
}

func TestLayoutNoOverlapInBox(t *testing.T) {
	for name, ds := range datasets(t) {
		opt := LayoutOptions{Seed: 1}.withDefaults()
		pos := Layout(ds, opt)
		st := stats(ds)
		for i, a := range ds.Companies {
			p := pos[a.ID]
			ra := st.radius(a.ID, opt.SizeBy)
			if p.X < ra-1e-6 || p.Y < ra-1e-6 || p.X > opt.Width-ra+1e-6 || p.Y > opt.Height-ra+1e-6 {
				t.Errorf("%s: %s at %v leaves the %vx%v box", name, a.ID, p, opt.Width, opt.Height)
			}
			for _, b := range ds.Companies[i+1:] {
				d := r2.Norm(r2.Sub(p, pos[b.ID]))
				if need := ra + st.radius(b.ID, opt.SizeBy); d < need {
					t.Errorf("%s: %s and %s overlap (%.1f < %.1f)", name, a.ID, b.ID, d, need)
				}
			}
		}
	}
}

func TestLayoutPinned(t *testing.T) {
	ds := fixture(t)
	x, y := 100.0, 200.0
	ds.Companies[0].X, ds.Companies[0].Y = &x, &y // pinned by the data
	pin := r2.Vec{X: 1400, Y: 700}
	pos := Layout(ds, LayoutOptions{Seed: 1, Pinned: Positions{"google": pin}})
	if got := pos[ds.Companies[0].ID]; got != (r2.Vec{X: x, Y: y}) {
		t.Errorf("data-pinned company at %v, want (100,200)", got)
	}
	if got := pos["google"]; got != pin {
		t.Errorf("pinned google at %v, want %v", got, pin)
	}
}

func TestLayoutEmptyAndBroken(t *testing.T) {
	if got := Layout(&data.Dataset{}, LayoutOptions{}); len(got) != 0 {
		t.Errorf("empty dataset: %v", got)
	}
	// Dangling and self relations, duplicate IDs: no panic, every company placed.
	ds := &data.Dataset{
		Companies: []data.Company{{ID: "a"}, {ID: "b"}, {ID: "a"}},
		Relations: []data.Relation{{ID: "r1", From: "a", To: "zz"}, {ID: "r2", From: "a", To: "a"}, {ID: "r3", From: "a", To: "b"}},
		Camps:     []data.Camp{{ID: "c", Members: []data.Member{{Company: "ghost"}, {Company: "a"}}}},
	}
	pos := Layout(ds, LayoutOptions{})
	if len(pos) != 2 {
		t.Errorf("got %d positions, want 2", len(pos))
	}
	for id, p := range pos {
		if math.IsNaN(p.X) || math.IsNaN(p.Y) {
			t.Errorf("%s at NaN", id)
		}
	}
}

// A thousand companies stay clear of the margins kept for labels, above
// the loners' rows, and do not overlap: pushed apart, they used to pile up
// along the picture's bottom edge, half cut off, over the loners.
func TestLayoutBigGraphInsideMargins(t *testing.T) {
	for _, c := range [][2]int{{1000, 3000}, {1000, 1250}} {
		ds := synth.Dataset(c[0], c[1], 0, 1)
		opt := LayoutOptions{Seed: 1}.withDefaults()
		pos := Layout(ds, opt)
		st := stats(ds)
		campsOf := campIndex(ds)
		linked := map[string]bool{}
		for _, r := range ds.Relations {
			linked[r.From], linked[r.To] = true, true
		}
		lowest, highestLoner := math.Inf(-1), math.Inf(1)
		for i, a := range ds.Companies {
			p, r := pos[a.ID], st.radius(a.ID, opt.SizeBy)
			if !linked[a.ID] && len(campsOf[a.ID]) == 0 {
				highestLoner = math.Min(highestLoner, p.Y)
				continue
			}
			lowest = math.Max(lowest, p.Y+r)
			if p.X-r < marginX-1e-6 || p.X+r > opt.Width-marginX+1e-6 || p.Y-r < margin-1e-6 {
				t.Errorf("%v: %s at %v (radius %.1f) is in the margins", c, a.ID, p, r)
			}
			for _, b := range ds.Companies[i+1:] {
				if need := r + st.radius(b.ID, opt.SizeBy); r2.Norm(r2.Sub(p, pos[b.ID])) < need-1e-6 {
					t.Errorf("%v: %s and %s overlap", c, a.ID, b.ID)
				}
			}
		}
		if lowest > highestLoner {
			t.Errorf("%v: companies reach y %.0f, below the loners' top row at %.0f", c, lowest, highestLoner)
		}
	}
}

// Loners line up below the rest, however many: a slide-sized graph with
// thirty of them used to stack four rows up into its companies. A tiny box
// still gives finite positions inside it.
func TestLayoutLonersBelow(t *testing.T) {
	ds := synth.Dataset(60, 50, 0, 1)
	for i := range 30 {
		id := fmt.Sprintf("loner%d", i)
		ds.Companies = append(ds.Companies, data.Company{ID: id, Name: data.Text{En: id, Zh: id}})
	}
	for _, box := range [][2]float64{{1600, 900}, {300, 200}, {100, 60}} {
		opt := LayoutOptions{Seed: 1, Width: box[0], Height: box[1]}.withDefaults()
		pos := Layout(ds, opt)
		campsOf := campIndex(ds)
		linked := map[string]bool{}
		for _, r := range ds.Relations {
			linked[r.From], linked[r.To] = true, true
		}
		lowest, highestLoner := math.Inf(-1), math.Inf(1)
		for id, p := range pos {
			if math.IsNaN(p.X) || math.IsNaN(p.Y) || p.X < 0 || p.Y < 0 || p.X > opt.Width || p.Y > opt.Height {
				t.Errorf("%v box: %s at %v", box, id, p)
			}
			if linked[id] || len(campsOf[id]) > 0 {
				lowest = math.Max(lowest, p.Y)
			} else {
				highestLoner = math.Min(highestLoner, p.Y)
			}
		}
		if box[0] == 1600 && lowest >= highestLoner {
			t.Errorf("companies reach y %.0f, below the loners' top row at %.0f", lowest, highestLoner)
		}
	}
}
