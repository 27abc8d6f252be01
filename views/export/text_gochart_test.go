package export

import (
	"image"
	"image/color"
	"math"
	"strings"
	"testing"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/internal/golden"
)

var textCases = []string{
	"", " ", "A", "Deal totals by camp", "Wj|gy,", "OpenAI × Microsoft — $13 bn",
	"硅谷 AI 阵营", "英伟达（NVIDIA）芯片份额", "截至 2025年11月", "…", "...", "AV To",
}

var textSizes = []float64{0, 7.5, 12, 18, 21.6, 44, 88}

// goChartPNG is go-chart's own raster renderer in the bundled font at 72
// DPI (font sizes are pixels), as the views' layouts were designed on: the
// reference for widths and for how text looks.
func goChartPNG(w, h int) (chart.Renderer, *image.RGBA) {
	r, _ := chart.PNG(w, h)
	r.SetDPI(72)
	r.SetFont(Font())
	var iw chart.ImageWriter
	_ = r.Save(&iw) // hands over the pixels, no encoding
	img, _ := iw.Image()
	return r, img.(*image.RGBA)
}

// TestMeasureTextIsGoChart: layouts (Fit, Wrap, go-chart's own axes) depend
// on widths to the pixel, so Frame.MeasureText must be go-chart's exactly;
// over a 3,000-character line the two sums of floats may part by a few
// pixels in 10,000. A blank measures 0 (go-chart's box of no points is
// math.MinInt).
func TestMeasureTextIsGoChart(t *testing.T) {
	ref, _ := goChartPNG(10, 10)
	long := strings.Repeat("中文 Latin ", 300)
	var f Frame
	for _, size := range textSizes {
		ref.SetFontSize(size)
		for _, s := range textCases {
			want := ref.MeasureText(s).Width()
			if strings.TrimSpace(s) == "" {
				want = 0
			}
			if got := f.MeasureText(s, size); got != want {
				t.Errorf("size %g, %q: width %d, go-chart says %d", size, s, got, want)
			}
		}
		got, want := f.MeasureText(long, size), ref.MeasureText(long).Width()
		if math.Abs(float64(got-want)) > 1+float64(want)/2000 {
			t.Errorf("size %g, a long line: width %d, go-chart says %d", size, got, want)
		}
	}
}

// TestTextLooksLikeGoChart draws each text through Frame.Text on the raster
// canvas and with go-chart's renderer: the same pixels within the PNG
// goldens' tolerance, and ink at the same place; the text moved by a pixel
// is told apart.
func TestTextLooksLikeGoChart(t *testing.T) {
	ink := color.NRGBA{R: 20, G: 30, B: 200, A: 230}
	for _, size := range []float64{12, 21.6, 44, 88} {
		for _, s := range textCases {
			want := goChartText(s, size, ink)
			for _, dx := range []int{0, 2} {
				c := raster.New(900, 140)
				f := NewFrame(c, chart.NewBox(0, 0, 900, 140), 1, Light, "en")
				f.FillRect(f.Box, Light.Background)
				f.Text(s, 13+dx, 110, size, ink)
				got := c.Image()
				mean, share, err := golden.Distance(want, got)
				if err != nil {
					t.Fatal(err)
				}
				a, b := inkBox(want, Light.Background), inkBox(got, Light.Background)
				same := mean <= 0.6 && share <= 0.001 && within1(a, b)
				if dx == 0 && !same {
					t.Errorf("size %g, %q: mean %.3f, share %.4f, ink in %v, go-chart's in %v", size, s, mean, share, b, a)
				}
				if dx == 2 && !a.Empty() && same {
					t.Errorf("size %g, %q moved by 2 px: mean %.3f, share %.4f, not told apart", size, s, mean, share)
				}
			}
		}
	}
}

// goChartText is s drawn by go-chart's renderer over the light background.
func goChartText(s string, size float64, ink color.NRGBA) *image.RGBA {
	ref, img := goChartPNG(900, 140)
	chart.Draw.Box(ref, chart.NewBox(0, 0, 900, 140), chart.Style{FillColor: Light.Background, StrokeWidth: 0})
	ref.ResetStyle()
	ref.SetFont(Font())
	ref.SetFontSize(size)
	ref.SetFontColor(drawing.Color(ink))
	ref.Text(s, 13, 110)
	return img
}

// within1 says two boxes differ by at most a pixel at each edge (a faint
// edge pixel may cross inkBox's threshold on one side only).
func within1(a, b image.Rectangle) bool {
	return abs(a.Min.X-b.Min.X) <= 1 && abs(a.Min.Y-b.Min.Y) <= 1 && abs(a.Max.X-b.Max.X) <= 1 && abs(a.Max.Y-b.Max.Y) <= 1
}

// inkBox is the box of pixels clearly off the background.
func inkBox(img *image.RGBA, bg drawing.Color) image.Rectangle {
	var box image.Rectangle
	for y := img.Rect.Min.Y; y < img.Rect.Max.Y; y++ {
		for x := img.Rect.Min.X; x < img.Rect.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if abs(int(c.R)-int(bg.R))+abs(int(c.G)-int(bg.G))+abs(int(c.B)-int(bg.B)) > 96 {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box
}

// TestTransparentTextChangesNothing: a transparent text drawn Over leaves
// every pixel as it was, as go-chart's did.
func TestTransparentTextChangesNothing(t *testing.T) {
	c := raster.New(200, 60)
	f := NewFrame(c, chart.NewBox(0, 0, 200, 60), 1, Light, "en")
	f.FillRect(f.Box, Light.Background)
	before := append([]byte(nil), c.Image().Pix...)
	f.Text("Wj|gy, 硅谷", 10, 40, 30, color.Transparent)
	f.Text("Wj|gy, 硅谷", 10, 40, 30, drawing.ColorTransparent)
	if string(before) != string(c.Image().Pix) {
		t.Error("transparent text changed pixels")
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
