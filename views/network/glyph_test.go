package network

import (
	"image"
	"image/draw"
	"testing"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/views/export"
)

var glyphCases = []string{"OpenAI", "Microsoft Azure", "$38B", "6 GW", "微软", "英伟达 NVIDIA", "Anthropic...", "第三极（预测）", "Wj,gq", ""}

// The screen frame measures text as go-chart does, to the pixel (through
// export's glyph cache), so labels sit where the SVG puts them.
func TestPixMeasureMatchesGoChart(t *testing.T) {
	ref, _ := chart.PNG(200, 100)
	ref.SetDPI(72)
	_, err := screenImage(200, 100, 1, export.Light, "en", nil, func(f export.Frame) error {
		if _, ok := f.R.(*pixRenderer); !ok {
			t.Fatalf("screen frame renderer is %T, want *pixRenderer", f.R)
		}
		for _, size := range []float64{13, 15, 17, 19.5, 34, 8.4} {
			for _, s := range glyphCases {
				got, want := export.MeasureText(f.R, s, size), export.MeasureText(ref, s, size)
				if got != want {
					t.Errorf("%q at %v: width %d, go-chart %d", s, size, got, want)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Text on the screen covers the pixels go-chart's text does: the same
// size, place and weight (ink sums within a few per cent, and few pixels
// differ much).
func TestGlyphTextMatchesGoChart(t *testing.T) {
	for _, size := range []float64{13, 17, 30} {
		for _, s := range glyphCases[:9] {
			a, err := screenImage(400, 80, 1, export.Light, "en", nil, func(f export.Frame) error {
				export.Text(f.R, s, 10, 50, size, f.Theme.Text)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			ref, _ := chart.PNG(400, 80)
			ref.SetDPI(72)
			b := export.Pixels(ref)
			draw.Draw(b, b.Rect, image.NewUniform(export.Light.Background), image.Point{}, draw.Src)
			export.Text(ref, s, 10, 50, size, export.Light.Text)
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
