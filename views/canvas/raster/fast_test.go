package raster

import (
	"image"
	"image/color"
	"math"
	"testing"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/internal/golden"
)

var testFont = func() *canvas.Font {
	f, err := canvas.ParseFont(assets.Font, "sans-serif")
	if err != nil {
		panic(err)
	}
	return f
}()

var (
	blue  = color.NRGBA{0x00, 0x72, 0xb2, 0xff}
	warm  = color.NRGBA{0xe0, 0x60, 0x20, 0xff}
	green = color.NRGBA{0x20, 0xa0, 0x50, 0xff}
)

func pt(x, y float64) canvas.Point { return canvas.Point{X: x, Y: y} }
func rect(x0, y0, x1, y1 float64) canvas.Rect {
	return canvas.Rect{Min: pt(x0, y0), Max: pt(x1, y1)}
}

// picture draws on a w×h white canvas through the shapes' painters, or
// (slow) everything through the generic path, as a plain canvas gets it.
func picture(w, h int, slow bool, draw func(canvas.Canvas)) *image.RGBA {
	c := New(w, h)
	c.slow = slow
	c.Clear(color.White)
	draw(c)
	return c.Image()
}

// fastCases are drawings that take the painters' fast paths, each in the
// states that change them: clip, opacity, translation, dashes, sectors,
// fractional edges.
var fastCases = []struct {
	name string
	draw func(c canvas.Canvas)
}{
	{"discs", func(c canvas.Canvas) {
		c.SetColor(blue)
		canvas.FillDisc(c, pt(20, 20), 8)
		canvas.FillDisc(c, pt(50.3, 21.7), 12.4)
		canvas.FillDisc(c, pt(90, 20), 2.2)
		c.SetOpacity(0.5)
		c.SetColor(warm)
		canvas.FillDisc(c, pt(60, 40), 16)
		c.SetOpacity(1)
		c.Translate(10.5, 3)
		canvas.FillDisc(c, pt(100, 45), 9)
	}},
	{"discs-clipped", func(c canvas.Canvas) {
		c.Clip(rect(30, 10, 90, 40))
		c.SetColor(green)
		canvas.FillDisc(c, pt(40, 30), 20)
		canvas.FillDisc(c, pt(88, 12), 6)
	}},
	{"rings", func(c canvas.Canvas) {
		canvas.FillRing(c, pt(25, 30), 10, 16, []color.Color{blue})
		canvas.FillRing(c, pt(65.5, 30.25), 8, 18, []color.Color{blue, warm, green})
		c.SetOpacity(0.6)
		canvas.FillRing(c, pt(100, 30), 0, 14, []color.Color{warm, blue})
	}},
	{"boxes", func(c canvas.Canvas) {
		c.SetColor(blue)
		canvas.FillBox(c, rect(5.3, 4.6, 40.7, 20.2), 0)
		canvas.FillBox(c, rect(50, 5, 52.5, 55), 0)
		canvas.FillBox(c, rect(60.25, 8.5, 80.75, 22.5), 4)
		c.SetColor(warm)
		c.SetOpacity(0.5)
		canvas.FillBox(c, rect(20, 15, 110.5, 50.5), 9) // a big round box
		c.SetOpacity(1)
		c.Translate(0.5, 0)
		c.SetColor(green)
		canvas.FillBox(c, rect(90, 30, 118, 40), 5)
		c.Fill(canvas.RectPath(rect(5, 40, 30.5, 55.25)))
	}},
	{"boxes-clipped", func(c canvas.Canvas) {
		c.Clip(rect(10, 10, 70, 45))
		c.SetColor(blue)
		canvas.FillBox(c, rect(0, 0, 40.5, 30.5), 6)
		canvas.FillBox(c, rect(50, 20, 100, 60), 0)
	}},
	{"flat", func(c canvas.Canvas) {
		c.SetColor(color.NRGBA{0x00, 0x72, 0xb2, 0x60})
		var p canvas.Path
		p.Move(pt(10, 10))
		p.Line(pt(110, 15))
		p.Line(pt(90, 55))
		p.Quad(pt(40, 70), pt(15, 45))
		p.Close()
		canvas.FillFlat(c, p)
		c.SetColor(color.NRGBA{0xe0, 0x60, 0x20, 0x40})
		c.Translate(30, 5)
		canvas.FillFlat(c, canvas.Circle(pt(40, 25), 18))
	}},
	{"strokes", func(c canvas.Canvas) {
		c.SetColor(blue)
		for i, w := range []float64{0.8, 1.5, 3, 6} {
			c.SetLineWidth(w)
			y := 8 + float64(i)*12
			c.Stroke(canvas.Polyline(pt(8, y), pt(112, y+7.3)))
		}
		c.SetColor(warm)
		c.SetLineWidth(2)
		c.Stroke(canvas.Polyline(pt(10, 58), pt(40, 40), pt(60, 58), pt(90.5, 41.5)))
		c.SetLineWidth(1.2)
		c.Stroke(canvas.Polyline(pt(100, 5), pt(100, 55)))
	}},
	{"strokes-dashed", func(c canvas.Canvas) {
		c.SetColor(blue)
		c.SetLineWidth(2)
		c.SetLineDash([]float64{6, 3}, 0)
		c.Stroke(canvas.Polyline(pt(5, 10), pt(115, 14)))
		c.SetLineDash([]float64{8, 3, 2, 3}, 4)
		c.Stroke(canvas.Polyline(pt(5, 25), pt(60, 55), pt(115, 25)))
		c.SetOpacity(0.5)
		c.SetColor(warm)
		c.SetLineWidth(3)
		c.SetLineDash([]float64{2, 2}, 1)
		c.Translate(3.5, -2)
		c.Stroke(canvas.Polyline(pt(10, 50), pt(110, 40)))
	}},
	{"strokes-clipped", func(c canvas.Canvas) {
		c.Clip(rect(20, 10, 100, 50))
		c.SetColor(green)
		c.SetLineWidth(4)
		c.SetLineDash([]float64{10, 4}, 0)
		c.Stroke(canvas.Polyline(pt(0, 0), pt(120, 60)))
		c.SetLineDash(nil, 0)
		c.Stroke(canvas.Polyline(pt(0, 60), pt(120, 0)))
	}},
	{"arrows", func(c canvas.Canvas) {
		c.SetColor(blue)
		for i := range 5 {
			x := 15 + float64(i)*22
			var p canvas.Path
			p.Move(pt(x, 20))
			p.Line(pt(x+12.5, 28.3))
			p.Line(pt(x+1, 35))
			p.Close()
			c.Fill(p)
		}
		c.SetOpacity(0.5)
		c.SetColor(warm)
		c.Fill(canvas.Polyline(pt(20, 40), pt(40, 42), pt(35, 58)))
	}},
	{"outlines", func(c canvas.Canvas) {
		c.SetColor(blue)
		c.SetLineWidth(2)
		c.Stroke(canvas.Circle(pt(15, 15), 8))
		c.Stroke(canvas.RoundRect(rect(30.5, 5.25, 60.5, 25.25), 6))
		c.SetLineWidth(1.5)
		c.Stroke(canvas.Circle(pt(80.3, 15.6), 10.2))
		c.Stroke(canvas.RoundRect(rect(5, 35, 40, 55), 10))
		c.SetOpacity(0.5)
		c.SetColor(warm)
		c.SetLineWidth(3)
		c.Translate(0.5, 0.25)
		c.Stroke(canvas.Circle(pt(60, 45), 9))
		c.Stroke(canvas.RoundRect(rect(75, 32, 115, 56), 12))
	}},
	{"text", func(c canvas.Canvas) {
		c.SetColor(color.Black)
		c.Text(canvas.Face{Font: testFont, Size: 13}, 4, 16, canvas.Start, "OpenAI $38B deal")
		c.SetColor(blue)
		c.Text(canvas.Face{Font: testFont, Size: 17.5}, 60, 38.3, canvas.Middle, "硅谷 AI 阵营")
		c.SetOpacity(0.6)
		c.Translate(0.25, 0)
		c.Text(canvas.Face{Font: testFont, Size: 10}, 116, 54, canvas.End, "微软 · Azure")
	}},
}

// Shapes and the generic path must agree as closely as two renderings of
// one picture (see TestFastPathsCatchDifference): mean channel difference
// of 255, share of pixels off by a quarter.
const fastMean, fastShare = 1.3, 0.005

func TestFastPathsMatchGeneric(t *testing.T) {
	for _, tc := range fastCases {
		t.Run(tc.name, func(t *testing.T) {
			fast, slow := picture(120, 60, false, tc.draw), picture(120, 60, true, tc.draw)
			mean, share, err := golden.Distance(slow, fast)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("mean %.3f, share %.4f", mean, share)
			if mean > fastMean || share > fastShare {
				t.Errorf("fast painters differ from the generic path: mean %.3f (max %.2f), share %.4f (max %.3f)", mean, fastMean, share, fastShare)
			}
		})
	}
}

// TestFastPathsCatchDifference: the tolerance above does not let a shape
// moved by a pixel, a missing dash pattern or a lost sector pass.
func TestFastPathsCatchDifference(t *testing.T) {
	for _, tc := range []struct {
		name      string
		got, slow func(c canvas.Canvas)
	}{
		{"disc moved", func(c canvas.Canvas) { canvas.FillDisc(c, pt(60, 30), 12) }, func(c canvas.Canvas) { canvas.FillDisc(c, pt(61, 30), 12) }},
		{"dashes lost", func(c canvas.Canvas) {
			c.SetLineWidth(2)
			c.Stroke(canvas.Polyline(pt(5, 30), pt(115, 30)))
		}, func(c canvas.Canvas) {
			c.SetLineWidth(2)
			c.SetLineDash([]float64{6, 3}, 0)
			c.Stroke(canvas.Polyline(pt(5, 30), pt(115, 30)))
		}},
		{"sector lost", func(c canvas.Canvas) {
			canvas.FillRing(c, pt(60, 30), 8, 18, []color.Color{blue, blue})
		}, func(c canvas.Canvas) {
			canvas.FillRing(c, pt(60, 30), 8, 18, []color.Color{blue, warm})
		}},
		{"box half a pixel", func(c canvas.Canvas) { canvas.FillBox(c, rect(10, 10, 60, 30), 0) }, func(c canvas.Canvas) { canvas.FillBox(c, rect(10, 10, 60, 30.5), 0) }},
	} {
		mean, share, _ := golden.Distance(picture(120, 60, true, tc.slow), picture(120, 60, false, tc.got))
		t.Logf("%s: mean %.3f, share %.4f", tc.name, mean, share)
		if mean <= fastMean && share <= fastShare {
			t.Errorf("%s passed: mean %.3f, share %.4f", tc.name, mean, share)
		}
	}
}

// A stroke covers what its width says, dashes leave their gaps, a disc
// inks its area and a half-transparent fill blends halfway.
func TestPixelPrimitives(t *testing.T) {
	inked := func(img *image.RGBA, x, y int) float64 { return 1 - float64(img.Pix[img.PixOffset(x, y)+1])/255 }
	img := picture(64, 40, false, func(c canvas.Canvas) {
		c.SetLineWidth(4)
		c.Stroke(canvas.Polyline(pt(10, 20), pt(50, 20)))
	})
	for _, p := range []struct {
		x, y int
		want float64
	}{{30, 18, 1}, {30, 21, 1}, {30, 15, 0}, {30, 24, 0}, {5, 20, 0}, {55, 20, 0}, {11, 19, 1}} {
		if got := inked(img, p.x, p.y); math.Abs(got-p.want) > 0.01 {
			t.Errorf("stroke at (%d,%d): ink %.2f, want %.0f", p.x, p.y, got, p.want)
		}
	}
	img = picture(64, 40, false, func(c canvas.Canvas) {
		c.SetLineWidth(4)
		c.SetLineDash([]float64{5, 5}, 0)
		c.Stroke(canvas.Polyline(pt(0, 20), pt(60, 20)))
	})
	if inked(img, 2, 20) < 0.99 || inked(img, 7, 20) > 0.01 || inked(img, 12, 20) < 0.99 {
		t.Errorf("dashes: ink %.2f %.2f %.2f at x=2,7,12", inked(img, 2, 20), inked(img, 7, 20), inked(img, 12, 20))
	}
	img = picture(64, 64, false, func(c canvas.Canvas) { canvas.FillDisc(c, pt(32, 32), 10) })
	total := 0.0
	for y := range 64 {
		for x := range 64 {
			total += inked(img, x, y)
		}
	}
	if math.Abs(total-math.Pi*100) > 4 {
		t.Errorf("disc ink %.1f, want ≈%.1f", total, math.Pi*100)
	}
	img = picture(16, 16, false, func(c canvas.Canvas) {
		c.SetColor(color.NRGBA{A: 128})
		canvas.FillFlat(c, canvas.RectPath(rect(0, 0, 16, 16)))
	})
	if got := inked(img, 8, 8); math.Abs(got-0.5) > 0.01 {
		t.Errorf("half-transparent fill: ink %.2f", got)
	}
}
