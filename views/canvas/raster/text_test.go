package raster_test

import (
	"image"
	"image/color"
	"image/draw"
	"testing"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/internal/golden"
)

// Text from the glyph cache looks like go-chart's own raster text at 72
// DPI in the bundled font (whose size s is s·72/64 pixels), which the PNG
// layouts were designed on: the same glyphs at the same places, within
// anti-aliasing, in English and Chinese, at a label's sizes and a title's.
func TestTextLikeGoChart(t *testing.T) {
	font := export.CanvasFont()
	ink := color.NRGBA{20, 30, 200, 230}
	for _, c := range []struct {
		dx    int
		size  float64
		fails bool
	}{{0, 9, false}, {0, 12, false}, {0, 16, false}, {0, 24, false}, {0, 40, false}, {1, 12, true}} {
		size := c.size
		for _, s := range []string{"OpenAI $38B deal, Anthropic", "硅谷 AI 阵营：微软投资"} {
			rc := raster.New(600, 80)
			rc.Clear(color.White)
			rc.SetColor(ink)
			rc.Text(canvas.Face{Font: font, Size: size}, float64(13+c.dx), 55, canvas.Start, s)
			got := rc.Image()

			r, _ := chart.PNG(600, 80)
			r.SetDPI(72)
			var iw chart.ImageWriter
			_ = r.Save(&iw) // hands over the pixels, no encoding
			img, _ := iw.Image()
			want := img.(*image.RGBA)
			draw.Draw(want, want.Rect, image.White, image.Point{}, draw.Src)
			r.SetFont(export.Font())
			r.SetFontSize(size * 64 / 72)
			r.SetFontColor(drawing.Color(ink))
			r.Text(s, 13, 55)

			mean, share, err := golden.Distance(want, got)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("size %g %q: mean %.3f, share %.4f", size, s, mean, share)
			if differs := mean > 0.6 || share > 0.001; differs != c.fails {
				t.Errorf("size %g, %q moved by %d px: differs from go-chart's text %v (mean %.3f, share %.4f)", size, s, c.dx, differs, mean, share)
			}
		}
	}
}
