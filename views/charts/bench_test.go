package charts

import (
	"io"
	"testing"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/export/exporttest"
)

// BenchmarkExport times a framed export of every chart, as PNG at 2× and
// as SVG, next to plain go-chart drawing the same figures (its nearest chart
// type, default style, no wrapper) at the same pixel size.
func BenchmarkExport(b *testing.B) {
	ds := fixture(b)
	for i, it := range Items(ds, "en", asOf) {
		c := ds.Charts[i]
		s, err := build(ds, c, "en", asOf)
		if err != nil {
			b.Fatal(err)
		}
		exporttest.BenchItem(b, it)
		b.Run(it.Name+"/gochart-png2x", func(b *testing.B) {
			for b.Loop() {
				if err := plainGoChart(s, 3840, 2160); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// plainGoChart renders a spec's figures with go-chart alone.
func plainGoChart(s spec, w, h int) error {
	switch s.Kind {
	case data.ChartDonut:
		var vs []chart.Value
		for _, p := range s.Bars[0].Parts {
			vs = append(vs, chart.Value{Value: p.Value, Label: p.Label})
		}
		return chart.DonutChart{Width: w, Height: h, Values: vs}.Render(chart.PNG, io.Discard)
	case data.ChartShare, data.ChartCampTotals:
		var bars []chart.StackedBar
		for _, b := range s.Bars {
			sb := chart.StackedBar{Name: b.Label}
			for _, p := range b.Parts {
				sb.Values = append(sb.Values, chart.Value{Value: p.Value, Label: p.Label})
			}
			bars = append(bars, sb)
		}
		// Vertical: go-chart's horizontal stacked bars fail with long names ("invalid canvas box").
		return chart.StackedBarChart{Width: w, Height: h, Bars: bars}.Render(chart.PNG, io.Discard)
	}
	var vs []chart.Value
	for _, b := range s.Bars {
		vs = append(vs, chart.Value{Value: b.total(), Label: b.Label})
	}
	return chart.BarChart{Width: w, Height: h, Bars: vs}.Render(chart.PNG, io.Discard)
}

// BenchmarkScreen times one redraw of the Charts tab's picture at a typical
// pane size (1000×600 device pixels), without PNG encoding.
func BenchmarkScreen(b *testing.B) {
	ds := fixture(b)
	for _, it := range Items(ds, "en", asOf) {
		b.Run(it.Name, func(b *testing.B) {
			for b.Loop() {
				if _, err := export.Image(1000, 600, 0.8, export.Light, "en", it.Draw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
