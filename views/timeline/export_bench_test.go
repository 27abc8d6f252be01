package timeline

import (
	"io"
	"testing"
	"time"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export/exporttest"
)

// BenchmarkBundledExport renders the timeline of the bundled data as
// `aicamps export` does (1920×1080 at 2×, PNG and SVG), beside plain
// go-chart drawing a dot per event (date against lane) at the same pixel
// size. make bench reads these.
func BenchmarkBundledExport(b *testing.B) {
	ds, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	it := Item(ds, "en", time.Time{})
	exporttest.BenchItem(b, it)
	b.Run("timeline/gochart-png2x", func(b *testing.B) {
		for b.Loop() {
			if err := plainTimeline(ds, 3840, 2160); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// plainTimeline draws the events with go-chart alone: a time series of dots,
// one per event, at its start date, its lane (camp) as the value.
func plainTimeline(ds *data.Dataset, w, h int) error {
	lane := map[string]float64{}
	s := chart.TimeSeries{Style: chart.Style{StrokeWidth: chart.Disabled, DotWidth: 12}}
	for i := range ds.Events {
		e := &ds.Events[i]
		start, _, _ := place(ds, e)
		key := ""
		if c := EventCamp(ds, e); c != nil {
			key = c.ID
		}
		if _, ok := lane[key]; !ok {
			lane[key] = float64(len(lane))
		}
		s.XValues = append(s.XValues, start)
		s.YValues = append(s.YValues, lane[key])
	}
	return chart.Chart{Width: w, Height: h, Series: []chart.Series{s}}.Render(chart.PNG, io.Discard)
}
