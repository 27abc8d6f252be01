package raster_test

import (
	"bytes"
	"image"
	"image/png"
	"io"
	"testing"
	"time"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
)

// slides renders two bundled exports as `aicamps export` does (1920×1080 at
// 2×): the network, the busiest picture, and a chart, mostly flat.
func slides(b *testing.B) map[string]*image.RGBA {
	ds, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	out := map[string]*image.RGBA{}
	for _, it := range []export.Item{network.Item(ds, "en", time.Time{}), charts.Items(ds, "en", time.Time{})[1]} {
		var iw chart.ImageWriter
		if err := export.Render(&iw, it.Apply(export.Defaults()), it.Draw); err != nil {
			b.Fatal(err)
		}
		img, err := iw.Image()
		if err != nil {
			b.Fatal(err)
		}
		out[it.Name] = img.(*image.RGBA)
	}
	return out
}

// BenchmarkEncodePNG is EncodePNG beside image/png (default and BestSpeed)
// on the same 3840×2160 pictures; B/file is the file size.
func BenchmarkEncodePNG(b *testing.B) {
	for name, img := range slides(b) {
		run := func(label string, enc func(io.Writer) error) {
			b.Run(name+"/"+label, func(b *testing.B) {
				var buf bytes.Buffer
				for b.Loop() {
					buf.Reset()
					if err := enc(&buf); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(buf.Len()), "B/file")
			})
		}
		run("ours", func(w io.Writer) error { return raster.EncodePNG(w, img) })
		run("image-png", func(w io.Writer) error { return png.Encode(w, img) })
		fast := png.Encoder{CompressionLevel: png.BestSpeed}
		run("image-png-bestspeed", func(w io.Writer) error { return fast.Encode(w, img) })
	}
}
