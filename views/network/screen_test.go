package network

import (
	"bytes"
	"image"
	"math"
	"testing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/golden"
	"github.com/wcharczuk/go-chart/v2"
	"gonum.org/v1/gonum/spatial/r2"
)

// The widget's full redraw, on its reused pixel buffers and with its kept
// text measures, shows what a PNG export's drawing of the same scene
// (export.Image) does, through changes of theme, language, filters and
// size, and never draws over the picture on screen.
func TestScreenIsThePNG(t *testing.T) {
	for _, n := range []int{20, 1000} {
		ds := benchData(n)
		opt := LayoutOptions{Seed: 1}
		sc := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en"}
		kept := sc
		kept.memo = newTextMemo()
		var shown image.Image
		fs := &frames{busy: func() []image.Image { return []image.Image{shown} }}
		steps := []struct {
			name string
			th   export.Theme
			w, h int
			edit func(s *Scene)
		}{
			{"first", export.Light, 1280, 720, func(*Scene) {}},
			{"again", export.Light, 1280, 720, func(*Scene) {}},
			{"dark", export.Dark, 1280, 720, func(*Scene) {}},
			{"zh", export.Light, 1280, 720, func(s *Scene) { s.Lang = "zh" }},
			{"filter", export.Light, 1280, 720, func(s *Scene) { s.HiddenTypes = map[string]bool{"investment": true} }},
			{"selected", export.Light, 1280, 720, func(s *Scene) { s.Selected = ds.Companies[0].ID }},
			{"zoomed", export.Dark, 1280, 720, func(s *Scene) { s.Zoom = 3 }},
			{"degree", export.Light, 1280, 720, func(s *Scene) { s.SizeBy = SizeByDegree }},
			{"resize", export.Light, 1000, 700, func(*Scene) {}},
			{"back", export.Light, 1280, 720, func(*Scene) {}},
		}
		for _, st := range steps {
			a, b := kept, sc
			st.edit(&a)
			st.edit(&b)
			got, err := screenDrawOn(fs, st.w, st.h, 1, st.th, a.Lang, a)
			if err != nil {
				t.Fatal(err)
			}
			if got == shown {
				t.Fatalf("nodes=%d %s: drew over the picture on screen", n, st.name)
			}
			want, err := export.Image(st.w, st.h, 1, st.th, b.Lang, func(f export.Frame) error { return Draw(f, b) })
			if err != nil {
				t.Fatal(err)
			}
			if d, err := golden.Diff(want, got, 8); err != nil || d > 0 {
				t.Errorf("nodes=%d %s: %d pixels of the screen differ from the PNG's (%v)", n, st.name, d, err)
			}
			shown = got
		}
		if len(fs.cvs) > maxFrames {
			t.Errorf("nodes=%d: %d buffers kept", n, len(fs.cvs))
		}
	}
}

// The memo's sums and camp index follow the dataset drawn: another
// dataset, even one drawn after it with the same memo, gets its own.
func TestMemoDataIndexFollowsData(t *testing.T) {
	m := newTextMemo()
	for _, ds := range []*data.Dataset{benchData(20), benchData(1000), benchData(20)} {
		st, camps := m.dataIndex(ds)
		want := stats(ds)
		if st.n != want.n || st.maxValue != want.maxValue || st.maxDeg != want.maxDeg || len(camps) != len(campIndex(ds)) {
			t.Fatalf("%d companies: memo gives the sums of another dataset", len(ds.Companies))
		}
	}
}

// The memo's sums follow the dataset drawn even when another has the same
// numbers of companies, relations and camps.
func TestMemoDataIndexSameShape(t *testing.T) {
	m := newTextMemo()
	a, b := synth.Dataset(50, 60, 0, 1), synth.Dataset(50, 60, 0, 2)
	if stats(a).maxValue == stats(b).maxValue {
		t.Fatal("the two datasets should differ in their largest deal sum")
	}
	for _, ds := range []*data.Dataset{a, b, a} {
		if st, _ := m.dataIndex(ds); st.maxValue != stats(ds).maxValue {
			t.Fatal("memo gives the sums of another dataset of the same shape")
		}
	}
}

// A hover frame starts from the kept faded copy of the picture under it:
// the same pixels as fading it afresh, as the hover moves and as the
// picture under it is drawn again (a kept copy of an older picture never
// shows).
func TestHoverOverKeptVeil(t *testing.T) {
	ds := benchData(20)
	v := newView(ds, "en", func(f func()) { f() })
	<-v.ready
	a, b := ds.Companies[0].ID, ds.Companies[1].ID
	steps := []func(){
		func() { v.sc.Hover = a; v.hoverVer++ },
		func() { v.sc.Hover = b; v.hoverVer++ },
		func() { v.sc.Hover = ""; v.sc.HiddenTypes = map[string]bool{"investment": true}; v.changed() },
		func() { v.sc.HiddenTypes = map[string]bool{}; v.sc.Selected = ds.Companies[2].ID; v.changed() },
		func() { v.sc.Hover = a; v.hoverVer++ },
		func() { v.sc.Hover = b; v.hoverVer++ },
	}
	v.render(640, 400)
	for i, step := range steps {
		step()
		got := v.render(640, 400).(*image.RGBA)
		fresh := newView(ds, "en", func(f func()) { f() })
		<-fresh.ready
		fresh.sc = v.sc
		fresh.sc.memo, fresh.sc.Hover = newTextMemo(), ""
		fresh.render(640, 400) // its base, then the hover over it
		fresh.sc.Hover = v.sc.Hover
		fresh.hoverVer++
		want := fresh.render(640, 400).(*image.RGBA)
		if !bytes.Equal(got.Pix, want.Pix) {
			t.Errorf("step %d (hover %q): the frame differs from one faded afresh", i, v.sc.Hover)
		}
	}
}

// A company panned into the strip the screen keeps clear for the floating
// legend is still drawn: it vanished there, while its relations and its
// camp's region stayed.
func TestPannedIntoLegendStripIsDrawn(t *testing.T) {
	ds := benchData(20)
	opt := LayoutOptions{Seed: 1}
	sc := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en", Inset: 240, NoLegend: true}
	const w, h = 960, 540
	box := chart.NewBox(0, 0, w, h)
	g := sc.build(box, 1)
	right := g.nodes[0]
	for _, n := range g.nodes {
		if n.c.X > right.c.X {
			right = n
		}
	}
	// Move the rightmost company to the middle of the strip.
	strip := float64(g.area.Right+w) / 2
	sc.Pan = r2.Vec{X: strip - right.c.X}
	g = sc.build(box, 1)
	var c r2.Vec
	var r float64
	for _, n := range g.nodes {
		if n.id == right.id {
			c, r = n.c, n.r
		}
	}
	if c.X <= float64(g.area.Right) || c.X >= w {
		t.Fatalf("test set-up: %s is at x=%.0f, not in the strip %d..%d", right.id, c.X, g.area.Right, w)
	}
	img, err := export.Image(w, h, 1, export.Light, "en", func(f export.Frame) error { return Draw(f, sc) })
	if err != nil {
		t.Fatal(err)
	}
	// Its opaque disc, not the faint wash of its camp's region: a relation
	// through it covers a point or two of these.
	bg, inked := export.Light.Background, 0
	for k := range 12 {
		a := 2 * math.Pi * float64(k) / 12
		p := img.RGBAAt(int(math.Round(c.X+0.45*r*math.Cos(a))), int(math.Round(c.Y+0.45*r*math.Sin(a))))
		d := math.Abs(float64(p.R)-float64(bg.R)) + math.Abs(float64(p.G)-float64(bg.G)) + math.Abs(float64(p.B)-float64(bg.B))
		if d > 60 {
			inked++
		}
	}
	if inked < 9 {
		t.Errorf("%s, panned into the legend's strip at (%.0f, %.0f), is not drawn (%d of 12 points of its disc inked)", right.id, c.X, c.Y, inked)
	}
}
