// Package exporttest holds what the views' tests and benchmarks share about
// exports, as net/http/httptest does for servers.
package exporttest

import (
	"io"
	"testing"

	"github.com/aicamps/aicamps/views/export"
)

// BenchItem benchmarks an item as `aicamps export` renders it by default
// (1920×1080 at 2× PNG, SVG and PDF) and drawn in memory without the PNG
// encoder (raster2x), under the names make bench reads: NAME/png2x,
// NAME/svg and NAME/raster2x (and NAME/pdf, which it does not read yet).
func BenchItem(b *testing.B, it export.Item) {
	for _, format := range []string{"png2x", "svg", "pdf"} {
		o := export.Defaults()
		if format != "png2x" {
			o.Format = format
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
}
