package charts

import (
	"io"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
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
		for _, format := range []string{"png2x", "svg"} {
			o := export.Defaults()
			if format == "svg" {
				o.Format = export.SVG
			}
			o = it.Apply(o)
			b.Run(it.Name+"/"+format, func(b *testing.B) {
				for b.Loop() {
					if err := export.Render(io.Discard, o, it.Draw); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		b.Run(it.Name+"/raster2x", func(b *testing.B) {
			for b.Loop() {
				if _, err := export.Image(3840, 2160, 2, export.Light, "en", it.Draw); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(it.Name+"/gochart-png2x", func(b *testing.B) {
			for b.Loop() {
				if err := plainGoChart(s, 3840, 2160); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
