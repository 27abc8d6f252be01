package timeline

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/export"
)

// frame is a 1920×1080 PNG frame, the slide the sizes are designed for.
func frame(lang string) export.Frame {
	return export.NewFrame(raster.New(1920, 1080), chart.NewBox(0, 0, 1920, 1080), 1, export.Light, lang)
}

func TestPack(t *testing.T) {
	cases := []struct {
		name string
		iv   []Interval
		rows []int
		n    int
	}{
		{"empty", nil, []int{}, 0},
		{"apart", []Interval{{0, 10}, {20, 30}}, []int{0, 0}, 1},
		{"too close for the gap", []Interval{{0, 10}, {12, 30}}, []int{0, 1}, 2},
		{"nested", []Interval{{0, 100}, {10, 20}, {30, 40}}, []int{0, 1, 1}, 2},
		{"reuse the first free row", []Interval{{0, 10}, {0, 50}, {20, 30}}, []int{0, 1, 0}, 2},
		{"unsorted input", []Interval{{40, 50}, {0, 45}, {0, 10}}, []int{1, 0, 1}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, n := Pack(c.iv, 5)
			if n != c.n || !reflect.DeepEqual(rows, c.rows) {
				t.Errorf("Pack = %v, %d; want %v, %d", rows, n, c.rows, c.n)
			}
		})
	}
}

// No two events overlap, in either mode and language, on the fixture and
// the bundled data.
func TestNoOverlap(t *testing.T) {
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for name, ds := range map[string]*data.Dataset{"fixture": fixture(t), "bundled": bundled} {
		for _, mode := range []Mode{ByCamp, ByCompany} {
			for _, lang := range []string{"en", "zh"} {
				L := Compute(frame(lang), Scene{Data: ds, Mode: mode})
				if n := len(Story(ds, Query{})); L.ShownEvents != n {
					t.Errorf("%s/%s/%s: %d of %d events shown", name, mode, lang, L.ShownEvents, n)
				}
				for i := range L.Items {
					a := L.Items[i]
					if a.Box.X0 < L.Plot.X0-1 || a.Box.X1 > L.Plot.X1+1 || a.Box.Y1 > L.Plot.Y1+1 {
						t.Errorf("%s/%s/%s: %q sticks out of the plot: %+v", name, mode, lang, a.Event.ID, a.Box)
					}
					for j := i + 1; j < len(L.Items); j++ {
						b := L.Items[j]
						if overlap(a.Box, b.Box) {
							t.Errorf("%s/%s/%s: %q and %q overlap", name, mode, lang, a.Event.ID, b.Event.ID)
						}
					}
				}
			}
		}
	}
}

func overlap(a, b Rect) bool {
	const e = 0.5 // touching edges are fine
	return a.X0 < b.X1-e && b.X0 < a.X1-e && a.Y0 < b.Y1-e && b.Y0 < a.Y1-e
}

func find(t *testing.T, L *Layout, id string) *Placed {
	t.Helper()
	for i := range L.Items {
		if L.Items[i].Event.ID == id {
			return &L.Items[i]
		}
	}
	t.Fatalf("event %q not laid out", id)
	return nil
}

// Precision shows: a day is a dot, a month covers its month, a year its
// year, an event with an end spans to the end of its end date.
func TestPrecisionMarks(t *testing.T) {
	ds := fixture(t)
	L := Compute(frame("en"), Scene{Data: ds})
	sx := L.Scale
	cases := []struct {
		id       string
		mark     Mark
		from, to string
	}{
		{"aws-deal", Dot, "2025-11-03", "2025-11-03"},
		{"data-control", Approx, "2025-04-01", "2025-05-01"},
		{"compute-fight", Approx, "2024-01-01", "2025-01-01"},
		{"board-crisis", Span, "2023-11-17", "2023-11-23"},
	}
	for _, c := range cases {
		p := find(t, L, c.id)
		if p.Mark != c.mark {
			t.Errorf("%s: mark %d, want %d", c.id, p.Mark, c.mark)
		}
		if c.mark == Dot {
			if x := sx.X(day(c.from)); p.X0 != p.X1 || p.X0 < x || p.X0 > sx.X(day(c.from).AddDate(0, 0, 1)) {
				t.Errorf("%s: dot at %.1f–%.1f, want within the day at %.1f", c.id, p.X0, p.X1, x)
			}
			continue
		}
		x0, x1 := sx.X(day(c.from)), sx.X(day(c.to))
		if x1-x0 < 2*dotR { // short spans are widened around their middle to stay visible
			if mid := (x0 + x1) / 2; math.Abs((p.X0+p.X1)/2-mid) > 1 || p.X1-p.X0 < 2*dotR-1e-6 {
				t.Errorf("%s: %.1f–%.1f, want a visible bar centred on %.1f", c.id, p.X0, p.X1, mid)
			}
			continue
		}
		if math.Abs(p.X0-x0) > 0.01 || math.Abs(p.X1-x1) > 0.01 {
			t.Errorf("%s: bar %.1f–%.1f, want %.1f–%.1f", c.id, p.X0, p.X1, x0, x1)
		}
	}
	if p := find(t, L, "duopoly"); !p.Forecast || p.Title[:10] != "Forecast: " {
		t.Errorf("forecast not marked: %+v", p)
	}
	if zh := Compute(frame("zh"), Scene{Data: ds}); find(t, zh, "duopoly").Title != "预测:双寡头稳态(概率 50%)" {
		t.Errorf("zh forecast title = %q", find(t, zh, "duopoly").Title)
	}
}

func TestAsOf(t *testing.T) {
	ds := fixture(t)
	cases := []struct {
		asOf   string
		future []string // events greyed
	}{
		{"2025-11-04", []string{"msft-anthropic", "smallcos-shrink", "duopoly", "aws-done"}},
		{"2025-11-05", []string{"smallcos-shrink", "duopoly", "aws-done"}}, // the day itself is not future
		{"2023-01-01", []string{"board-crisis", "observer-seat", "compute-fight", "agi-split", "data-control", "amd-6gw", "aws-deal", "msft-anthropic", "nvidia-100bn", "smallcos-shrink", "duopoly", "aws-done"}},
	}
	for _, c := range cases {
		L := Compute(frame("en"), Scene{Data: ds, AsOf: day(c.asOf)})
		var got []string
		for _, p := range L.Items {
			if p.Future {
				got = append(got, p.Event.ID)
			}
		}
		if !sameSet(got, c.future) {
			t.Errorf("as of %s: greyed %v, want %v", c.asOf, got, c.future)
		}
		if !L.HasAsOf || math.Abs(L.AsOfX-L.Scale.X(day(c.asOf).AddDate(0, 0, 1))) > 0.01 {
			t.Errorf("as of %s: cursor at %.1f", c.asOf, L.AsOfX)
		}
	}
	if L := Compute(frame("en"), Scene{Data: ds}); L.HasAsOf {
		t.Error("cursor without an as-of date")
	}
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}

func TestLanes(t *testing.T) {
	ds := fixture(t)
	ids := func(ls []Lane) (out []string) {
		for _, l := range ls {
			out = append(out, l.ID)
		}
		return out
	}
	if got, want := ids(Lanes(ds, ds.Events, ByCamp)), []string{"ona", "maa", OtherLane}; !reflect.DeepEqual(got, want) {
		t.Errorf("by camp: %v, want %v", got, want)
	}
	if got, want := ids(Lanes(ds, ds.Events, ByCompany)), []string{"openai", "microsoft", "nvidia", "smallcos", "aws"}; !reflect.DeepEqual(got, want) {
		t.Errorf("by company: %v, want %v", got, want)
	}
	// The first party in a camp decides: Microsoft's observer seat is MAA's.
	cases := map[string]string{"observer-seat": "maa", "board-crisis": "ona", "smallcos-shrink": OtherLane, "nvidia-100bn": "ona"}
	camps := campOf(ds)
	for i := range ds.Events {
		e := &ds.Events[i]
		if want, ok := cases[e.ID]; ok {
			if got := laneKey(camps, e, ByCamp); got != want {
				t.Errorf("%s in lane %q, want %q", e.ID, got, want)
			}
		}
	}
	L := Compute(frame("en"), Scene{Data: ds, Mode: ByCamp})
	for _, p := range L.Items {
		lb := L.Lanes[p.Lane]
		if p.Box.Y0 < lb.Y0-0.01 || p.Box.Y1 > lb.Y1+0.01 {
			t.Errorf("%s drawn outside its lane %s", p.Event.ID, lb.Lane.ID)
		}
	}
}

func TestFilter(t *testing.T) {
	ds := fixture(t)
	ids := func(es []data.Event) (out []string) {
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	cases := []struct {
		name string
		q    Query
		want []string
	}{
		{"everything", Query{}, ids(ds.Events)},
		{"english text, any case", Query{Text: "DATA control"}, []string{"data-control"}},
		{"chinese title", Query{Text: "算力之争"}, []string{"compute-fight"}},
		{"chinese body text", Query{Text: "五天政变"}, []string{"board-crisis"}},
		{"company name in zh", Query{Text: "亚马逊云科技"}, []string{"aws-deal", "aws-done"}},
		{"company", Query{Company: "anthropic"}, []string{"msft-anthropic"}},
		{"type", Query{Type: "forecast"}, []string{"smallcos-shrink", "duopoly", "aws-done"}},
		{"status", Query{Status: data.Rumoured}, []string{"msft-anthropic"}},
		{"combined", Query{Company: "openai", Type: "deal"}, []string{"observer-seat", "amd-6gw", "aws-deal", "nvidia-100bn"}},
		{"nothing", Query{Text: "no such thing"}, nil},
	}
	for _, c := range cases {
		if got := ids(Filter(ds, c.q)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	if Filter(nil, Query{}) != nil {
		t.Error("nil dataset")
	}
	// The layout shows only what the filter keeps.
	L := Compute(frame("en"), Scene{Data: ds, Query: Query{Type: "forecast"}})
	if L.ShownEvents != 3 {
		t.Errorf("filtered layout shows %d events, want 3", L.ShownEvents)
	}
}

func TestHit(t *testing.T) {
	ds := fixture(t)
	L := Compute(frame("en"), Scene{Data: ds})
	for _, p := range L.Items {
		// On the mark and on the label.
		for _, pt := range [][2]float64{{(p.X0 + p.X1) / 2, p.Y}, {p.LabelX + 3, p.LabelY - 3}} {
			e, ok := L.Hit(pt[0], pt[1])
			if !ok || e.ID != p.Event.ID {
				got := "nothing"
				if ok {
					got = e.ID
				}
				t.Errorf("hit at %v on %s got %s", pt, p.Event.ID, got)
			}
		}
	}
	if e, ok := L.Hit(L.Plot.X0-50, L.Plot.Y0+5); ok {
		t.Errorf("hit in the lane names: %s", e.ID)
	}
	if e, ok := L.Hit(-10, -10); ok {
		t.Errorf("hit outside: %s", e.ID)
	}
}

// A zoomed-in range lays out only what it shows and keeps marks in the plot.
func TestZoomedRange(t *testing.T) {
	ds := fixture(t)
	L := Compute(frame("en"), Scene{Data: ds, From: day("2025-10-15"), To: day("2025-11-15")})
	var got []string
	for _, p := range L.Items {
		got = append(got, p.Event.ID)
		if p.X0 < L.Plot.X0 || p.X1 > L.Plot.X1 {
			t.Errorf("%s mark %.0f–%.0f outside the plot", p.Event.ID, p.X0, p.X1)
		}
	}
	want := []string{"agi-split", "amd-6gw", "aws-deal", "msft-anthropic"}
	if !sameSet(got, want) {
		t.Errorf("zoomed shows %v, want %v", got, want)
	}
	if len(L.Ticks) == 0 || L.Ticks[0].Label != "16 Oct" && L.Ticks[0].Label != "15 Oct" && L.Ticks[0].Label != "22 Oct" {
		t.Logf("ticks: %+v", L.Ticks)
	}
}

func TestEmpty(t *testing.T) {
	for _, ds := range []*data.Dataset{nil, {}} {
		if err := Draw(frame("en"), Scene{Data: ds}); err != nil {
			t.Fatal(err)
		}
	}
}

// The bracket under an era name wider than its band sits under the name's
// descenders and inside the header, in both languages and slide sizes.
func TestEraBracketClearsNames(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{1920, 1080}, {1280, 800}} {
		for _, lang := range []string{"en", "zh"} {
			f := export.Frame{Box: chart.NewBox(0, 0, size[0], size[1]), Scale: 1, Theme: export.Light, Lang: lang} // a layout only measures
			L := Compute(f, Scene{Data: ds})
			brackets := 0
			for _, e := range L.Eras {
				if e.W <= e.X1-e.X0 {
					continue
				}
				brackets++
				stroke := f.Px(2) / 2
				if gap := e.LineY - stroke - (e.Y + f.InkBelow(e.Name, f.Px(eraSize))); gap < f.Px(2) {
					t.Errorf("%v %s: bracket under %q is %.1f px from its text", size, lang, e.Name, gap)
				}
				if e.LineY+stroke > L.Header.Y1 {
					t.Errorf("%v %s: bracket under %q leaves the header (%.1f > %.1f)", size, lang, e.Name, e.LineY+stroke, L.Header.Y1)
				}
			}
			if brackets == 0 {
				t.Errorf("%v %s: no era is narrower than its name; the test checks nothing", size, lang)
			}
		}
	}
}

// A label the first (dated) pass put inside its bar, and the compact pass
// cannot, is not left marked Inside (it was then drawn as a faint band).
func TestLayoutRowsPlacesLabelsAfresh(t *testing.T) {
	f := frame("en")
	L := &Layout{Plot: Rect{X0: 100, X1: 500}, TitleSize: 17, DateSize: 13}
	items := []Placed{{Mark: Span, X0: 100, X1: 300, Inside: true, Date: "2025", Event: &data.Event{ID: "e"}}}
	long := strings.Repeat("A very long title ", 4)
	L.layoutRows(f, newMeasurer(), items, []string{long}, []Lane{{ID: "l"}}, [][]string{{"l"}}, false)
	if items[0].Inside {
		t.Error("a title wider than its bar and the plot is still marked Inside")
	}
}
