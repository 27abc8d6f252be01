package charts

import (
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export/exporttest"
)

// BenchmarkBundledExport renders every chart of the bundled data as
// `aicamps export` does (defaults: 1920×1080 at 2×, no "as of"), as PNG and
// SVG, beside plain go-chart drawing the same figures at the same pixel
// size, and beside the same picture drawn without PNG encoding (raster2x),
// which says how much of a PNG is the encoder. make bench reads these.
func BenchmarkBundledExport(b *testing.B) {
	ds, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	var zero time.Time
	for i, it := range Items(ds, "en", zero) {
		s, err := build(ds, ds.Charts[i], "en", zero)
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
