package charts

import (
	"bytes"
	"image/png"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

func TestItemsOnePerDeclaredChart(t *testing.T) {
	ds := fixture(t)
	for _, lang := range []string{"en", "zh"} {
		items := Items(ds, lang, time.Time{})
		if len(items) != len(ds.Charts) {
			t.Fatalf("%s: %d items for %d charts", lang, len(items), len(ds.Charts))
		}
		src := ds.Sources[0]
		for i, it := range items {
			c := ds.Charts[i]
			if it.Name != c.ID || it.Title != c.Title.In(lang) || it.Subtitle != c.Subtitle.In(lang) {
				t.Errorf("%s: item %q %q %q does not match chart %q", lang, it.Name, it.Title, it.Subtitle, c.ID)
			}
			if !strings.Contains(it.Footer, src.Title.In(lang)) || !strings.Contains(it.Footer, src.Date.Label(lang)) {
				t.Errorf("%s %s: footer %q lacks the source title or date", lang, it.Name, it.Footer)
			}
			if it.AsOf != "" {
				t.Errorf("%s %s: AsOf %q with no as-of date", lang, it.Name, it.AsOf)
			}
		}
	}
}

func TestFooterNamesMarkedStatuses(t *testing.T) {
	ds := fixture(t)
	items := byName(Items(ds, "en", time.Time{}))
	if f := items["deal-values"].Footer; !strings.HasPrefix(f, "Source: ") || !strings.HasSuffix(f, "· rumoured figures marked") {
		t.Errorf("deal-values footer = %q", f)
	}
	if f := items["gains"].Footer; strings.Contains(f, "marked") {
		t.Errorf("gains has only reported figures, footer = %q", f)
	}
	zh := byName(Items(ds, "zh", time.Time{}))
	if f := zh["deal-values"].Footer; !strings.HasPrefix(f, "来源：") || !strings.Contains(f, "传闻数据已标注") {
		t.Errorf("zh footer = %q", f)
	}
}

// A deal whose end is known to the month is counted to the month's end,
// as the network and the data package count it: the linked views agree.
func TestAsOfEndMonth(t *testing.T) {
	ds := fixture(t)
	c := chartNamed(t, ds, "deal-values")
	for i := range ds.Relations {
		if r := &ds.Relations[i]; r.ValueUSD != nil && r.Date.Value == "2025-11-03" {
			r.Until = &data.Date{Value: "2025-11", Precision: data.Month}
		}
	}
	for _, tc := range []struct {
		day  time.Time
		want bool
	}{
		{time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC), true},
		{time.Date(2025, 11, 30, 23, 0, 0, 0, time.UTC), true},
		{time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), false},
	} {
		s, err := build(ds, c, "en", tc.day)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, b := range s.Bars {
			got = got || strings.Contains(b.Label, "AWS–OpenAI")
		}
		if got != tc.want {
			t.Errorf("as of %v: AWS–OpenAI shown %v, want %v", tc.day, got, tc.want)
		}
	}
}

func TestAsOfFiltersDeals(t *testing.T) {
	ds := fixture(t)
	c := chartNamed(t, ds, "deal-values")
	day := time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC)
	s, err := build(ds, c, "en", day)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range s.Bars {
		got = append(got, b.Label)
	}
	joined := strings.Join(got, "|")
	if !strings.Contains(joined, "AWS–OpenAI") {
		t.Errorf("the 3 Nov AWS deal is missing on 4 Nov: %q", got)
	}
	if strings.Contains(joined, "Anthropic") {
		t.Errorf("the 5 Nov Anthropic round shows on 4 Nov: %q", got)
	}
	for i := 1; i < len(s.Bars); i++ {
		if s.Bars[i].total() > s.Bars[i-1].total() {
			t.Errorf("deals not sorted by value: %q", got)
		}
	}
	it := byName(Items(ds, "en", day))["deal-values"]
	if it.AsOf != "As of 4 Nov 2025" {
		t.Errorf("AsOf = %q", it.AsOf)
	}
	if zh := byName(Items(ds, "zh", day))["deal-values"]; zh.AsOf != "截至 2025年11月4日" {
		t.Errorf("zh AsOf = %q", zh.AsOf)
	}
	// A chart of undated figures is as of a date too: they count from
	// their source's (data.Dataset.Since).
	if byName(Items(ds, "en", day))["end-game"].AsOf != "As of 4 Nov 2025" {
		t.Error("a chart of undated figures got no as-of label")
	}
	// Before any deal: a message, not an empty axis or an error.
	early, _ := build(ds, c, "en", time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
	if len(early.Bars) != 0 {
		t.Errorf("deals before 2020: %v", early.Bars)
	}
	svg := renderSpec(t, early, export.SVG)
	if !bytes.Contains(svg, []byte("No figures to show")) {
		t.Error("empty chart says nothing")
	}
}

func TestCampOfDeal(t *testing.T) {
	ds := fixture(t)
	want := map[string]string{
		"aws-openai-compute":             "ona", // both in the camp
		"microsoft-anthropic-investment": "maa",
		"oracle-openai-compute":          "ona", // Oracle's camp is only a forecast
		"nvidia-intel-partnership":       "ona",
	}
	for _, r := range ds.Relations {
		if id, ok := want[r.ID]; ok {
			if c := campOf(ds, r); c == nil || c.ID != id {
				t.Errorf("%s counted for %v, want %s", r.ID, c, id)
			}
		}
	}
}

func TestCampTotalsSumDeals(t *testing.T) {
	ds := fixture(t)
	s, err := build(ds, chartNamed(t, ds, "camp-totals"), "en", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	sum, total := 0.0, 0.0
	for _, r := range ds.Relations {
		if r.ValueUSD != nil {
			sum += *r.ValueUSD
		}
	}
	for _, b := range s.Bars {
		total += b.total()
	}
	if sum != total {
		t.Errorf("camp totals add to %v, deals to %v", total, sum)
	}
	if len(s.Legend) == 0 {
		t.Error("camp totals have no legend")
	}
}

func TestFormatValue(t *testing.T) {
	cases := []struct {
		v          float64
		unit, lang string
		want       string
	}{
		{100e9, data.UnitUSD, "en", "$100B"},
		{38e9, data.UnitUSD, "en", "$38B"},
		{14.4e9, data.UnitUSD, "en", "$14.4B"},
		{1.6e9, data.UnitUSD, "en", "$1.6B"},
		{1.5e12, data.UnitUSD, "en", "$1.5T"},
		{500e6, data.UnitUSD, "en", "$500M"},
		{0, data.UnitUSD, "en", "$0"},
		{300e9, data.UnitUSD, "zh", "3000亿美元"},
		{13.5e9, data.UnitUSD, "zh", "135亿美元"},
		{1.5e12, data.UnitUSD, "zh", "1.5万亿美元"},
		{5e6, data.UnitUSD, "zh", "500万美元"},
		{0, data.UnitUSD, "zh", "0"},
		{25, data.UnitPercent, "en", "25%"},
		{6, data.UnitGW, "en", "6 GW"},
		{20, data.UnitMonths, "en", "20 mo"},
		{20, data.UnitMonths, "zh", "20 个月"},
		{10, data.UnitMultiple, "en", "10×"},
		{1.0 / 3, data.UnitMultiple, "en", "0.33×"},
		{500000, data.UnitCount, "en", "500K"},
		{10e6, data.UnitCount, "en", "10M"},
		{2025, "", "en", "2025"},
	}
	for _, c := range cases {
		if got := formatValue(c.v, c.unit, c.lang); got != c.want {
			t.Errorf("formatValue(%v, %s) = %q, want %q", c.v, c.unit, got, c.want)
		}
	}
}

func TestNiceTicksStartAtZero(t *testing.T) {
	for _, max := range []float64{0, 1, 3, 9, 25, 89, 100, 300e9, 443e9, 0.33, 1e7} {
		ticks := niceTicks(max, 5)
		if ticks[0] != 0 {
			t.Errorf("niceTicks(%v) starts at %v", max, ticks[0])
		}
		if last := ticks[len(ticks)-1]; last < max || len(ticks) < 2 || len(ticks) > 12 {
			t.Errorf("niceTicks(%v) = %v", max, ticks)
		}
	}
}

// barsSpec is a bars chart of the given labels and values, in dollars.
func barsSpec(labels []string, values ...float64) spec {
	s := spec{Kind: data.ChartBars, Unit: data.UnitUSD}
	for i, v := range values {
		s.Bars = append(s.Bars, bar{Label: labels[i%len(labels)], Parts: []part{{Value: v, Paint: paint{Neutral: 1}, Status: data.Reported}}})
	}
	return s
}

func renderSpec(t *testing.T, s spec, format string) []byte {
	t.Helper()
	o := export.Defaults()
	o.Format, o.Scale, o.Title = format, 1, "T"
	var b bytes.Buffer
	if err := export.Render(&b, o, func(f export.Frame) error { return draw(f, s) }); err != nil {
		t.Fatalf("render: %v", err)
	}
	return b.Bytes()
}

var textRE = regexp.MustCompile(`<text[^>]*>([^<]*)</text>`)

func texts(svg []byte) []string {
	var out []string
	for _, m := range textRE.FindAllSubmatch(svg, -1) {
		out = append(out, string(m[1]))
	}
	return out
}

// go-chart fails on bars of equal value ("invalid data range") and on a
// single bar; both must draw, with the axis from 0.
func TestBarsEqualValuesAndSingleBar(t *testing.T) {
	for name, s := range map[string]spec{
		"equal":  barsSpec([]string{"a", "b", "c"}, 5e9, 5e9, 5e9),
		"single": barsSpec([]string{"only"}, 7e9),
		"zero":   barsSpec([]string{"a", "b"}, 0, 0),
	} {
		svg := renderSpec(t, s, export.SVG)
		parseXML(t, svg)
		got := strings.Join(texts(svg), "|")
		if !strings.Contains(got, "|$0|") {
			t.Errorf("%s: no $0 tick: %s", name, got)
		}
		if strings.Contains(got, ".00") {
			t.Errorf("%s: a tick in %%.2f: %s", name, got)
		}
		png := renderSpec(t, s, export.PNG)
		if !hasColour(t, png, neutralPalette(export.Light)[0]) && name != "zero" {
			t.Errorf("%s: no bar drawn", name)
		}
	}
}

// Close values must not look far apart: the bars start at 0.
func TestBarsAxisFromZero(t *testing.T) {
	svg := renderSpec(t, barsSpec([]string{"a", "b"}, 100e9, 101e9), export.SVG)
	got := texts(svg)
	if !contains(got, "$0") || !contains(got, "$100B") {
		t.Errorf("ticks %q: want $0 … in dollars", got)
	}
}

func TestLongChineseLabelsWrap(t *testing.T) {
	label := "英伟达向OpenAI投资一千亿美元用于建设新一代数据中心"
	s := barsSpec([]string{label, "短"}, 1e9, 2e9, 3e9, 4e9, 5e9, 6e9)
	got := texts(renderSpec(t, s, export.SVG))
	var pieces []string
	for _, g := range got {
		if g != "" && strings.Contains(label, strings.TrimSuffix(g, "…")) && g != "短" {
			pieces = append(pieces, g)
		}
	}
	t.Logf("pieces: %q", pieces)
	if len(pieces) < 2*3 { // three bars carry the label, each on two lines or more
		t.Errorf("long label not wrapped: %q", pieces)
	}
	for _, p := range pieces {
		if strings.TrimSuffix(p, "…") == "" {
			t.Errorf("an empty label line: %q", pieces)
		}
	}
}

func TestSVGEscapedAndInBundledFont(t *testing.T) {
	ds := fixture(t)
	ds.Charts[0].Title = data.Text{En: `R&D <"deals">`}
	ds.Relations[0].Title = data.Text{En: `AT&T <b> "x"`}
	for _, it := range Items(ds, "en", time.Time{}) {
		o := export.Defaults()
		o.Format = export.SVG
		var b bytes.Buffer
		if err := export.Render(&b, it.Apply(o), it.Draw); err != nil {
			t.Fatal(err)
		}
		svg := b.Bytes()
		parseXML(t, svg)
		if n, m := bytes.Count(svg, []byte("<text")), bytes.Count(svg, []byte(export.FontFamily)); n == 0 || n != m {
			t.Errorf("%s: %d texts, %d in the bundled font", it.Name, n, m)
		}
		if bytes.Contains(svg, []byte("Roboto")) {
			t.Errorf("%s: go-chart's Roboto leaked into the SVG", it.Name)
		}
	}
}

func TestDonutLabelsNeverOverlap(t *testing.T) {
	s := spec{Kind: data.ChartDonut, Unit: data.UnitPercent}
	b := bar{}
	b.Parts = append(b.Parts, part{Label: "Big", Value: 80})
	for i := 0; i < 10; i++ {
		b.Parts = append(b.Parts, part{Label: "Small slice with a long name " + strings.Repeat("x", i), Value: 2})
	}
	s.Bars = []bar{b}
	for _, size := range [][2]int{{1920, 1080}, {1080, 1080}, {640, 400}} {
		f := export.Frame{Box: chart.NewBox(0, 0, size[0], size[1]), Scale: 1, Theme: export.Light, Lang: "en"}
		labels := layoutDonut(f, f.Box, s, f.Px(22))
		if len(labels) != len(b.Parts) {
			t.Fatalf("%d labels for %d slices", len(labels), len(b.Parts))
		}
		for i, a := range labels {
			for _, c := range labels[i+1:] {
				if a.right == c.right && a.y < c.y+c.h && c.y < a.y+a.h {
					t.Errorf("%v: labels %q and %q overlap", size, a.lines, c.lines)
				}
			}
		}
	}
}

func TestTransparentAndDarkThemes(t *testing.T) {
	ds := fixture(t)
	for _, it := range Items(ds, "zh", asOf) {
		o := export.Defaults()
		o.Scale, o.Transparent, o.Theme, o.Lang = 1, true, export.Dark, "zh"
		var b bytes.Buffer
		if err := export.Render(&b, it.Apply(o), it.Draw); err != nil {
			t.Fatalf("%s: %v", it.Name, err)
		}
		img, err := png.Decode(&b)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, _, a := img.At(1, 1).RGBA(); a != 0 {
			t.Errorf("%s: transparent export has alpha %d in the corner", it.Name, a)
		}
	}
}

func hasColour(t *testing.T, pngBytes []byte, c interface{ RGBA() (r, g, b, a uint32) }) bool {
	img, err := png.Decode(bytes.NewReader(pngBytes))
	if err != nil {
		t.Fatal(err)
	}
	wr, wg, wb, _ := c.RGBA()
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 2 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 2 {
			r, g, b, _ := img.At(x, y).RGBA()
			if r>>8 == wr>>8 && g>>8 == wg>>8 && b>>8 == wb>>8 {
				return true
			}
		}
	}
	return false
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func byName(items []export.Item) map[string]export.Item {
	m := map[string]export.Item{}
	for _, it := range items {
		m[it.Name] = it
	}
	return m
}

func chartNamed(t *testing.T, ds *data.Dataset, id string) data.Chart {
	for _, c := range ds.Charts {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no chart %q in the fixture", id)
	return data.Chart{}
}

func TestBadChartDeclarationIsAnErrorNotAPanic(t *testing.T) {
	ds := fixture(t)
	ds.Charts = append(ds.Charts,
		data.Chart{ID: "ghost", Kind: data.ChartBars, Series: []string{"no-such-series"}},
		data.Chart{ID: "odd", Kind: "radar"},
		data.Chart{ID: "bare", Kind: data.ChartDonut},
	)
	items := byName(Items(ds, "en", time.Time{}))
	for name, want := range map[string]string{"ghost": `series "no-such-series"`, "odd": `unknown kind "radar"`, "bare": "names no series"} {
		it, ok := items[name]
		if !ok {
			t.Fatalf("%s: no item", name)
		}
		var b bytes.Buffer
		err := export.Render(&b, it.Apply(export.Defaults()), it.Draw)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", name, err, want)
		}
	}
}
