package timeline

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
)

// stack is a layout of five 60 px lanes over a 100 px plot, unscrolled.
func stack() *Layout {
	L := &Layout{Plot: Rect{0, 0, 500, 100}, RowH: 26, px: 1, ContentH: 300}
	for i := range 5 {
		y := float64(60 * i)
		L.Lanes = append(L.Lanes, LaneBox{Y0: y, Y1: y + 60, NameY: y + 20, natY: y + 20, Name: []string{"x"}})
	}
	return L
}

func TestScrollGeometry(t *testing.T) {
	cases := []struct {
		pos          float64
		off          float64
		first, last  int
		above, below int
	}{
		{0, 0, 0, 1, 0, 3},
		{-1, 0, 0, 1, 0, 3},
		{1, 60, 1, 2, 1, 2},    // lane 1 at the top
		{2.5, 150, 2, 4, 2, 0}, // halfway down lane 2
		{3, 180, 3, 4, 3, 0},
		{9, 200, 3, 4, 3, 0}, // held at the last lane's bottom
	}
	for _, c := range cases {
		L := stack().Rescrolled(c.pos)
		first, last := L.VisibleLanes()
		if !L.Scrolls || L.ScrollY != c.off || first != c.first || last != c.last || L.Above != c.above || L.Below != c.below {
			t.Errorf("pos %g: scroll %g lanes %d–%d above %d below %d; want %g, %d–%d, %d, %d",
				c.pos, L.ScrollY, first, last, L.Above, L.Below, c.off, c.first, c.last, c.above, c.below)
		}
		if got := L.OffsetOf(L.PosAt(L.ScrollY)); math.Abs(got-L.ScrollY) > 1e-9 {
			t.Errorf("pos %g: OffsetOf(PosAt(%g)) = %g", c.pos, L.ScrollY, got)
		}
		// Scrolling again from a scrolled layout lands in the same place.
		if again := L.Rescrolled(c.pos); again.ScrollY != L.ScrollY || again.Lanes[4].Y0 != L.Lanes[4].Y0 {
			t.Errorf("pos %g: rescrolling moved the lanes", c.pos)
		}
	}
	// A lane scrolled past its top keeps its name at the plot's top.
	L := stack().Rescrolled(1.5)
	if n := L.Lanes[1]; n.NameY < L.Plot.Y0 || n.NameY > n.Y1 {
		t.Errorf("lane 1's name at %g, lane %g–%g", n.NameY, n.Y0, n.Y1)
	}
	// Lanes that fit do not scroll.
	fit := stack()
	fit.Plot.Y1 = 300
	if fit = fit.Rescrolled(2); fit.Scrolls || fit.ScrollY != 0 {
		t.Error("lanes that fit scrolled")
	}
	if _, _, ok := fit.Scrollbar(); ok {
		t.Error("a scrollbar for lanes that fit")
	}
	y0, y1, ok := stack().Rescrolled(9).Scrollbar()
	if !ok || math.Abs(y0-200.0/3) > 1e-9 || y1 != 100 {
		t.Errorf("scrollbar at the end: %g–%g %v, want 66.7–100", y0, y1, ok)
	}
}

func TestColliding(t *testing.T) {
	cases := []struct {
		name  string
		boxes []Rect
		want  []bool
	}{
		{"apart", []Rect{{0, 0, 10, 10}, {20, 0, 30, 10}}, []bool{false, false}},
		{"touching", []Rect{{0, 0, 10, 10}, {10, 0, 20, 10}, {0, 10, 10, 20}}, []bool{false, false, false}},
		{"overlap: the later goes", []Rect{{0, 0, 10, 10}, {5, 5, 15, 15}}, []bool{false, true}},
		{"against a dropped one is kept", []Rect{{0, 0, 10, 10}, {8, 0, 18, 10}, {16, 0, 26, 10}}, []bool{false, true, false}},
		{"tall boxes across bands", []Rect{{0, 0, 10, 100}, {5, 90, 15, 95}}, []bool{false, true}},
	}
	for _, c := range cases {
		if got := Colliding(c.boxes); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// With 2,000 events the rows keep a readable height and the lanes scroll;
// no two labels drawn overlap; the bundled data neither scrolls nor loses a
// label.
func TestCrowdedRowsReadable(t *testing.T) {
	sy := synth.Dataset(1000, 3000, 2000, 1)
	for _, pos := range []float64{0, 3.5, 12.2} {
		L := Compute(frame("en"), Scene{Data: sy, Scroll: pos})
		if !L.Scrolls || L.RowH < L.TitleSize*1.5 || L.Above+L.Below == 0 {
			t.Fatalf("pos %g: scrolls %v, row %g, above %d below %d", pos, L.Scrolls, L.RowH, L.Above, L.Below)
		}
		var shown []Rect
		for i := range L.Items {
			p := &L.Items[i]
			if p.Hidden {
				if p.Box.Y0 >= L.Plot.Y0 && p.Box.Y1 <= L.Plot.Y1 {
					t.Errorf("%s hidden inside the plot", p.Event.ID)
				}
				continue
			}
			if p.Box.Y0 < L.Plot.Y0-0.5 || p.Box.Y1 > L.Plot.Y1+0.5 {
				t.Errorf("%s shown outside the plot: %v", p.Event.ID, p.Box)
			}
			if !p.NoLabel {
				shown = append(shown, L.labelRect(p))
			}
		}
		visible := 0
		for _, p := range L.Items {
			if !p.Hidden {
				visible++
			}
		}
		if len(shown) < 100 || len(shown) < visible*95/100 {
			t.Errorf("pos %g: %d of %d labels shown", pos, len(shown), visible)
		}
		for i, d := range Colliding(shown) {
			if d {
				t.Errorf("pos %g: label %v overlaps another", pos, shown[i])
			}
		}
	}
	bundled, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []Mode{ByCamp, ByCompany} {
		L := Compute(frame("zh"), Scene{Data: bundled, Mode: mode})
		if L.Scrolls {
			t.Errorf("bundled %s scrolls", mode)
		}
		for _, p := range L.Items {
			if p.NoLabel || p.Hidden {
				t.Errorf("bundled %s: %s lost its label", mode, p.Event.ID)
			}
		}
	}
}

// An export of a scrolled view, as framed, starts at the same lane and says
// how many lanes are out of sight, in both languages; fitted, it starts at
// the top.
func TestExportNotesHiddenLanes(t *testing.T) {
	sy := synth.Dataset(60, 100, 400, 1)
	sc := Scene{Data: sy, Scroll: 2}
	o := export.Defaults()
	o.Format, o.Width, o.Height = export.SVG, 1280, 720
	if svg := string(render(t, ItemFor(sc, "en"), o)); strings.Contains(svg, "↑ +2 more camps") || !strings.Contains(svg, "more camps</text>") {
		t.Error("a fitted export does not start at the top lane")
	}
	o.Seen.Framed = true
	L := Compute(frame("en"), sc)
	if !L.Scrolls || L.Above != 2 || L.Below == 0 {
		t.Fatalf("above %d below %d scrolls %v", L.Above, L.Below, L.Scrolls)
	}
	for lang, want := range map[string][]string{"en": {"↑ +2 more camps", "more camps</text>"}, "zh": {"↑ 还有 2 个阵营", "↓ 还有 "}} {
		o.Lang = lang
		svg := string(render(t, ItemFor(sc, lang), o))
		for _, w := range want {
			if !strings.Contains(svg, w) {
				t.Errorf("%s export lacks %q", lang, w)
			}
		}
	}
	if got := moreLanes(1, ByCompany, "en"); got != "+1 more company" {
		t.Errorf("moreLanes = %q", got)
	}
}
