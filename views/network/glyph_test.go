package network

import (
	"image"
	"testing"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/views/export"
)

var glyphCases = []string{"OpenAI", "Microsoft Azure", "$38B", "6 GW", "微软", "英伟达 NVIDIA", "Anthropic...", "第三极（预测）", "Wj,gq", ""}

// Measuring from cached glyph bounds gives go-chart's widths exactly, so
// labels sit where the SVG puts them.
func TestPixMeasureMatchesGoChart(t *testing.T) {
	r, _ := chart.PNG(200, 100)
	r.SetDPI(72)
	p := &pixRenderer{Renderer: r, img: image.NewRGBA(image.Rect(0, 0, 200, 100))}
	ref, _ := chart.PNG(200, 100)
	ref.SetDPI(72)
	for _, size := range []float64{13, 15, 17, 19.5, 34, 8.4} {
		for _, s := range glyphCases {
			got, want := export.MeasureText(p, s, size), export.MeasureText(ref, s, size)
			if got != want {
				t.Errorf("%q at %v: width %d, go-chart %d", s, size, got, want)
			}
		}
	}
}

// Text from the glyph cache covers the pixels go-chart's text does: the
// same size, place and weight (ink sums within a few per cent, and few
// pixels differ much).
func TestGlyphTextMatchesGoChart(t *testing.T) {
	for _, size := range []float64{13, 17, 30} {
		for _, s := range glyphCases[:9] {
			draw := func(fast bool) *image.RGBA {
				img, err := screenImage(400, 80, 1, export.Light, "en", nil, func(f export.Frame) error {
					if fast {
						drawText(f, newTextMemo(), s, 10, 50, size, f.Theme.Text)
					} else {
						export.Text(f.R.(*pixRenderer).Renderer, s, 10, 50, size, f.Theme.Text)
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				return img
			}
			a, b := draw(true), draw(false)
			var inkA, inkB, far int
			for i := 0; i < len(a.Pix); i += 4 {
				da, db := 255-int(a.Pix[i]), 255-int(b.Pix[i])
				inkA += da
				inkB += db
				if d := da - db; d > 96 || d < -96 {
					far++
				}
			}
			if inkB == 0 {
				t.Fatalf("%q: go-chart drew nothing", s)
			}
			if r := float64(inkA) / float64(inkB); r < 0.95 || r > 1.05 {
				t.Errorf("%q at %v: ink %d, go-chart %d", s, size, inkA, inkB)
			}
			if far > inkB/255/8 {
				t.Errorf("%q at %v: %d pixels differ by more than 96 (ink %d px)", s, size, far, inkB/255)
			}
		}
	}
}
