package network

import (
	"io"
	"testing"
	"time"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export/exporttest"
)

// BenchmarkBundledExport renders the network of the bundled data as
// `aicamps export` does (1920×1080 at 2×, PNG and SVG; the item, and so its
// layout, is made once, as the CLI makes it once), beside plain go-chart
// drawing the same marks (a line per relation, a dot per company) at the
// same pixel size. make bench reads these.
func BenchmarkBundledExport(b *testing.B) {
	ds, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	it := Item(ds, "en", time.Time{})
	exporttest.BenchItem(b, it)
	pos := Layout(ds, LayoutOptions{Seed: DefaultSeed})
	b.Run("network/gochart-png2x", func(b *testing.B) {
		for b.Loop() {
			if err := plainNetwork(ds, pos, 3840, 2160); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// plainNetwork draws the network with go-chart alone: one line series per
// relation and one dot series for the companies, default style.
func plainNetwork(ds *data.Dataset, pos Positions, w, h int) error {
	var series []chart.Series
	for _, r := range ds.Relations {
		a, b := pos[r.From], pos[r.To]
		series = append(series, chart.ContinuousSeries{XValues: []float64{a.X, b.X}, YValues: []float64{a.Y, b.Y}})
	}
	dots := chart.ContinuousSeries{Style: chart.Style{StrokeWidth: chart.Disabled, DotWidth: 12}}
	for _, c := range ds.Companies {
		p := pos[c.ID]
		dots.XValues = append(dots.XValues, p.X)
		dots.YValues = append(dots.YValues, p.Y)
	}
	series = append(series, dots)
	return chart.Chart{Width: w, Height: h, Series: series}.Render(chart.PNG, io.Discard)
}
