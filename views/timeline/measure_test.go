package timeline

import (
	"testing"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// The measurer on export's PNG renderer gives go-chart's widths to the
// pixel, on every text the bundled data draws, at slide, screen and 2×
// sizes, measured and then remembered; on SVG it gives go-chart's SVG widths.
func TestMeasurerMatchesRenderer(t *testing.T) {
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Event 1234", "Forecast: Event 7", "预测:Event 12", " leading", "trailing ", "a  b", " ", "…", "...", "j", "Ÿ", "🙂 emoji", "مرحبا", "e\u0301"}
	for _, e := range ds.Events {
		for _, lang := range []string{"en", "zh"} {
			texts = append(texts, e.Title.In(lang), e.Date.Label(lang))
		}
	}
	for _, c := range ds.Camps {
		texts = append(texts, c.Name.En, c.Name.Zh)
	}
	png, _ := chart.PNG(100, 100)
	png.SetDPI(72)
	svg, _ := chart.SVG(100, 100)
	svg.SetDPI(72)
	for _, r := range []chart.Renderer{png, svg} {
		m := newMeasurer(r)
		if r == png {
			m = newMeasurer(export.NewPNG(100, 100))
		}
		sizes := []float64{13, 17, 13.6, 34, 51}
		if r == svg { // go-chart's SVG measure is slow, and ours only remembers it
			sizes = sizes[:2]
		}
		for _, size := range sizes {
			for _, s := range texts {
				want := export.MeasureText(r, s, size)
				for range 2 { // measured, then remembered
					if got := m.Width(s, size); got != want {
						t.Errorf("Width(%q, %g) = %d, want %d", s, size, got, want)
					}
				}
				if got, want := m.Fit(s, size, 90), export.Fit(r, s, size, 90); got != want {
					t.Errorf("Fit(%q, %g, 90) = %q, want %q", s, size, got, want)
				}
			}
		}
	}
}
