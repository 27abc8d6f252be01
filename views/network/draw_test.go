package network

import (
	"bytes"
	"flag"
	"image"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wcharczuk/go-chart/v2"
	"gonum.org/v1/gonum/spatial/r2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
)

var update = flag.Bool("update", false, "rewrite golden files")

func fixtureScene(t testing.TB) Scene {
	ds := fixture(t)
	opt := LayoutOptions{Seed: DefaultSeed}
	return Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en"}
}

var screen = chart.NewBox(0, 0, 1280, 800)

func TestHitTest(t *testing.T) {
	sc := fixtureScene(t)
	g := sc.build(screen, 1)
	for _, n := range g.nodes {
		// The centre and a point just inside the rim hit the node.
		for _, p := range []r2.Vec{n.c, r2.Add(n.c, r2.Vec{X: n.r - 1})} {
			if h := sc.HitTest(screen, 1, p); h.Company != n.id {
				t.Errorf("point %v: hit %+v, want company %s", p, h, n.id)
			}
		}
	}
	hitEdges := 0
	for _, e := range g.edges {
		if len(e.pts) < 2 {
			continue
		}
		p := e.pts[len(e.pts)/2]
		h := sc.HitTest(screen, 1, p)
		if h.Relation == e.rel.ID {
			hitEdges++
		} else if h.Company == "" && h.Relation == "" {
			t.Errorf("middle of %s hits nothing", e.rel.ID)
		}
	}
	// Crossings may steal a few, most edges answer at their middle.
	if hitEdges < len(g.edges)*3/4 {
		t.Errorf("only %d of %d edges hit at their middle", hitEdges, len(g.edges))
	}
	if h := sc.HitTest(screen, 1, r2.Vec{X: 2, Y: 2}); h != (Hit{}) {
		t.Errorf("corner hits %+v", h)
	}
}

func TestParallelRelationsSeparate(t *testing.T) {
	sc := fixtureScene(t)
	g := sc.build(screen, 1)
	var mids []r2.Vec
	for _, e := range g.edges {
		a, b := e.rel.From, e.rel.To
		if (a == "openai" && b == "microsoft") || (a == "microsoft" && b == "openai") {
			mids = append(mids, e.mid)
		}
	}
	if len(mids) != 5 {
		t.Fatalf("%d OpenAI–Microsoft relations drawn, want 5", len(mids))
	}
	for i := range mids {
		for j := i + 1; j < len(mids); j++ {
			if d := r2.Norm(r2.Sub(mids[i], mids[j])); d < 10 {
				t.Errorf("parallel relations %d and %d drawn %.1f px apart", i, j, d)
			}
		}
	}
}

func TestFiltersAndAsOf(t *testing.T) {
	date := func(s string) time.Time { v, _ := time.Parse("2006-01-02", s); return v }
	ids := func(sc Scene) map[string]bool {
		m := map[string]bool{}
		for _, r := range sc.VisibleRelations() {
			m[r.ID] = true
		}
		return m
	}
	base := fixtureScene(t)
	for _, tc := range []struct {
		name      string
		edit      func(*Scene)
		want, not []string
	}{
		{"all", func(*Scene) {}, []string{"openai-aws", "ms-openai-excl", "ms-board"}, nil},
		{"hide investments", func(s *Scene) { s.HiddenTypes = map[string]bool{"investment": true} },
			[]string{"openai-aws"}, []string{"nv-openai", "softbank-openai"}},
		{"as of 2025-11-01", func(s *Scene) { s.AsOf = date("2025-11-01") },
			[]string{"oracle-openai", "ms-openai-azure"}, []string{"openai-aws", "ms-openai-excl", "ms-board", "ms-anthropic"}},
		{"as of 2024-01-01", func(s *Scene) { s.AsOf = date("2024-01-01") },
			[]string{"ms-openai-excl", "ms-board", "ms-openai-inv"}, []string{"oracle-openai", "amazon-anthropic"}},
		{"start day counts", func(s *Scene) { s.AsOf = date("2025-11-03") }, []string{"openai-aws"}, nil},
		// An end known to the month holds to the month's end, as the
		// data package and the charts count it.
		{"end month counts", func(s *Scene) { s.AsOf = date("2024-07-31") }, []string{"ms-board"}, nil},
		{"after the end month", func(s *Scene) { s.AsOf = date("2024-08-01") }, nil, []string{"ms-board"}},
		{"within the end month", func(s *Scene) { s.AsOf = date("2025-10-15") }, []string{"ms-openai-excl"}, nil},
		{"hide google camp", func(s *Scene) { s.HiddenCamps = map[string]bool{"google-camp": true} },
			// Broadcom stays: it is also in the OpenAI camp.
			[]string{"broadcom-openai"}, []string{"broadcom-google", "google-anthropic", "meta-google"}},
	} {
		sc := base
		tc.edit(&sc)
		got := ids(sc)
		for _, id := range tc.want {
			if !got[id] {
				t.Errorf("%s: %s missing", tc.name, id)
			}
		}
		for _, id := range tc.not {
			if got[id] {
				t.Errorf("%s: %s shown", tc.name, id)
			}
		}
	}
	// At a date, companies without a deal in force are drawn as ghosts.
	sc := base
	sc.AsOf = date("2024-01-01")
	g0 := sc.build(screen, 1)
	if n := g0.nodes[g0.byID["oracle"]]; !n.idle {
		t.Error("oracle has no deal in force at 2024-01-01 but is not idle")
	}
	if n := g0.nodes[g0.byID["microsoft"]]; n.idle {
		t.Error("microsoft has deals at 2024-01-01 but is idle")
	}
	sc = base
	sc.HiddenCamps = map[string]bool{"google-camp": true}
	g := sc.build(screen, 1)
	if _, ok := g.byID["google"]; ok {
		t.Error("google drawn with its only camp hidden")
	}
	if _, ok := g.byID["broadcom"]; !ok {
		t.Error("broadcom hidden though its other camp is shown")
	}
	if _, ok := g.byID["morgan"]; !ok {
		t.Error("a company in no camp must stay shown")
	}
}

// A company in two camps gets both (its ring is split between their
// colours: canvas.FillRing, pinned by the PNG goldens' NVIDIA).
func TestSplitRing(t *testing.T) {
	sc := fixtureScene(t)
	g := sc.build(screen, 1)
	if n := g.nodes[g.byID["nvidia"]]; len(n.camps) != 2 {
		t.Errorf("nvidia in %d camps, want 2", len(n.camps))
	}
}

func TestHull(t *testing.T) {
	pts := []r2.Vec{{X: 0, Y: 0}, {X: 10, Y: 0}, {X: 10, Y: 10}, {X: 0, Y: 10}, {X: 5, Y: 5}, {X: 3, Y: 7}, {X: 10, Y: 5}}
	h := convexHull(pts)
	if len(h) != 4 {
		t.Fatalf("hull %v, want the 4 corners", h)
	}
	// Convex and counter-clockwise in y-down screen terms: all turns one way.
	for i := range h {
		a, b, c := h[i], h[(i+1)%len(h)], h[(i+2)%len(h)]
		if cross := (b.X-a.X)*(c.Y-a.Y) - (b.Y-a.Y)*(c.X-a.X); cross <= 0 {
			t.Errorf("turn at %v is not convex", b)
		}
	}
	// Every camp region contains its members' circles.
	sc := fixtureScene(t)
	g := sc.build(screen, 1)
	for _, hl := range g.hulls {
		for _, n := range g.nodes {
			if !containsInt(n.camps, hl.camp) {
				continue
			}
			for _, p := range circlePoints(n.c, n.r, 8) {
				if !inConvex(hl.poly, p) {
					t.Errorf("camp %s: %s's rim point %v outside its region", sc.Data.Camps[hl.camp].ID, n.id, p)
				}
			}
		}
	}
}

func inConvex(poly []r2.Vec, p r2.Vec) bool {
	for i := range poly {
		a, b := poly[i], poly[(i+1)%len(poly)]
		if (b.X-a.X)*(p.Y-a.Y)-(b.Y-a.Y)*(p.X-a.X) < -1e-6 {
			return false
		}
	}
	return true
}

func TestZigzag(t *testing.T) {
	z := zigzag([]r2.Vec{{X: 0, Y: 0}, {X: 100, Y: 0}}, 10, 4)
	if len(z) < 10 {
		t.Fatalf("%d points, want teeth every 10 px", len(z))
	}
	for i := 1; i+1 < len(z); i++ {
		if math.Abs(math.Abs(z[i].Y)-4) > 1e-9 {
			t.Errorf("tooth %d at y=%v", i, z[i].Y)
		}
	}
}

func TestValueLabel(t *testing.T) {
	sc := fixtureScene(t)
	want := map[string]map[string]string{
		"openai-aws":       {"en": "$38B", "zh": "380亿美元"},
		"amd-openai":       {"en": "6 GW", "zh": "6 GW"},
		"nv-openai":        {"en": "$100B?", "zh": "1000亿美元?"},
		"oracle-openai":    {"en": "$300B", "zh": "3000亿美元"},
		"coreweave-openai": {"en": "$22.4B", "zh": "224亿美元"},
		"openai-xai":       {"en": "", "zh": ""},
	}
	for _, r := range sc.Data.Relations {
		for lang, w := range want[r.ID] {
			if got := ValueLabel(r, lang); got != w {
				t.Errorf("%s %s: %q, want %q", r.ID, lang, got, w)
			}
		}
	}
}

// recordDraw draws sc into a w×h light picture through a spy that records
// what is drawn, and returns the record and the picture.
func recordDraw(t *testing.T, sc Scene, w, h int, lang string) (*recorder, image.Image) {
	t.Helper()
	rec := &recorder{}
	img, err := export.Image(w, h, 1, export.Light, lang, func(f export.Frame) error {
		g := sc.build(f.Box, f.Scale)
		rec.g = g
		f.C = &textSpy{Canvas: f.C, on: rec.text}
		drawScene(f, &sc, g)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return rec, img
}

// Node labels never overlap each other or a node, in both languages.
func TestLabelsDoNotPileUp(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		sc := fixtureScene(t)
		sc.Lang = lang
		rec, _ := recordDraw(t, sc, 1920, 1080, lang)
		names := 0
		for _, c := range sc.Data.Companies {
			for _, s := range rec.texts {
				if s.text == c.Name.In(lang) {
					names++
					break
				}
			}
		}
		if names != len(sc.Data.Companies) {
			t.Errorf("%s: %d of %d company names drawn in full", lang, names, len(sc.Data.Companies))
		}
		for i, a := range rec.boxes {
			for _, b := range rec.boxes[i+1:] {
				if a.overlaps(b) {
					t.Errorf("%s: labels %v and %v overlap", lang, a, b)
				}
			}
		}
	}
}

// spy records every text box drawn inside the network area.
type recorder struct {
	g     *geom
	texts []struct {
		text string
		x, y int
	}
	boxes []rect
}

// text records a text drawn inside the network area, and its box.
func (r *recorder) text(body string, size, x, y float64) {
	if x >= float64(r.g.area.Right) {
		return // the legend
	}
	r.texts = append(r.texts, struct {
		text string
		x, y int
	}{body, int(x), int(y)})
	w := float64(export.Frame{}.MeasureText(body, size))
	r.boxes = append(r.boxes, rect{x, y - size*0.8, x + w, y + size*0.15})
}

func TestGoldenSVG(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		ds := fixture(t)
		it := Item(ds, lang, time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC))
		o := export.Defaults()
		o.Format, o.Lang = export.SVG, lang
		var buf bytes.Buffer
		if err := export.Render(&buf, it.Apply(o), it.Draw); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "network-"+lang+".golden.svg")
		if *update {
			if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			os.MkdirAll(filepath.Join("testdata", "failed"), 0o755)
			os.WriteFile(filepath.Join("testdata", "failed", "network-"+lang+".svg"), buf.Bytes(), 0o644)
			t.Errorf("%s differs from %s; see testdata/failed (go test -update to accept)", lang, golden)
		}
		for _, s := range []string{"Compute expansion alliance", "$38B", "2025"} {
			if lang == "en" && !bytes.Contains(buf.Bytes(), []byte(s)) {
				t.Errorf("SVG lacks %q", s)
			}
		}
	}
}

// In a small but crowded picture a name that finds no free spot beside its
// company is set farther out (with a leader line) rather than on top of
// another name.
func TestCrowdedLabelsStillApart(t *testing.T) {
	ds := synth.Dataset(50, 140, 0, 3)
	opt := LayoutOptions{Seed: DefaultSeed}
	sc := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en", NoLegend: true}
	rec, _ := recordDraw(t, sc, 960, 540, "en")
	names := 0
	for _, c := range ds.Companies {
		for _, s := range rec.texts {
			if strings.HasPrefix(c.Name.En, strings.TrimSuffix(strings.TrimSuffix(s.text, "…"), "...")) && len(s.text) > 3 {
				names++
				break
			}
		}
	}
	// Every company is named, in full or shortened.
	if names != len(ds.Companies) {
		t.Errorf("%d of %d company names drawn", names, len(ds.Companies))
	}
	n := 0
	for i, a := range rec.boxes {
		for _, b := range rec.boxes[i+1:] {
			if a.overlaps(b) {
				n++
				t.Logf("%q %v / %q %v", rec.texts[i].text, a, rec.texts[i+1+indexOf(rec.boxes[i+1:], b)].text, b)
			}
		}
	}
	if n > 0 {
		t.Errorf("%d pairs of labels overlap", n)
	}
}

func indexOf(bs []rect, b rect) int {
	for i, x := range bs {
		if x == b {
			return i
		}
	}
	return -1
}

// Camp names never cover each other, even in a crowd of a thousand
// companies where every spot near a region covers some (they used to fall
// back on the first spot tried, over another camp's name).
func TestCampLabelsApart(t *testing.T) {
	for name, ds := range map[string]*data.Dataset{"fixture": fixture(t), "synth 1000/3000": synth.Dataset(1000, 3000, 0, 1), "synth 1000/1250": benchData(1000)} {
		for _, size := range [][2]int{{1280, 800}, {1920, 1080}} {
			opt := LayoutOptions{Seed: 1}
			sc := Scene{Data: ds, Pos: Layout(ds, opt), Layout: opt, Lang: "en"}
			_, f := screenStart(nil, size[0], size[1], 1, export.Light, "en", nil)
			g := sc.build(f.Box, f.Scale)
			f.Scale = g.px
			pl := newPlacer(g.area)
			for _, n := range g.nodes {
				pl.add(rect{n.c.X - n.r, n.c.Y - n.r, n.c.X + n.r, n.c.Y + n.r})
			}
			drawCampLabels(f, &sc, g, pl)
			var boxes []rect
			for _, cell := range pl.labels.grid {
				for _, q := range cell {
					if !slices.Contains(boxes, q) {
						boxes = append(boxes, q)
					}
				}
			}
			if len(boxes) != len(g.hulls) {
				t.Errorf("%s at %v: %d camp names for %d regions", name, size, len(boxes), len(g.hulls))
			}
			for i, a := range boxes {
				for _, b := range boxes[i+1:] {
					if a.overlaps(b) {
						t.Errorf("%s at %v: camp names at %v and %v overlap", name, size, a, b)
					}
				}
			}
		}
	}
}
