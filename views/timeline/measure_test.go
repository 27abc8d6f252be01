package timeline

import (
	"testing"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// The measurer gives the frame's widths and fits, measured and then
// remembered, on every text the bundled data draws, at slide, screen and 2×
// sizes; the widths are go-chart's PNG widths (the layouts were designed on
// them) to a pixel.
func TestMeasurerMatchesFrame(t *testing.T) {
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
	png.SetFont(export.Font())
	var f export.Frame
	m := newMeasurer()
	for _, size := range []float64{13, 17, 13.6, 34, 51} {
		png.SetFontSize(size)
		for _, s := range texts {
			want := f.MeasureText(s, size)
			// (go-chart's width of a text without ink is MinInt; ours is 0.)
			if g := png.MeasureText(s).Width(); g >= 0 && (g < want-1 || g > want+1) || g < 0 && want != 0 {
				t.Errorf("Width(%q, %g) = %d, go-chart's %d", s, size, want, g)
			}
			for range 2 { // measured, then remembered
				if got := m.Width(s, size); got != want {
					t.Errorf("Width(%q, %g) = %d, want %d", s, size, got, want)
				}
			}
			if got, want := m.Fit(s, size, 90), f.Fit(s, size, 90); got != want {
				t.Errorf("Fit(%q, %g, 90) = %q, want %q", s, size, got, want)
			}
		}
	}
}
