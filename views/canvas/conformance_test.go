package canvas_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/pdf"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/canvas/svg"
	"github.com/aicamps/aicamps/views/internal/clients"
	"github.com/aicamps/aicamps/views/internal/golden"
)

const caseW, caseH = 240, 120

var font = func() *canvas.Font {
	f, err := canvas.ParseFont(assets.Font, "'WenQuanYi Micro Hei',sans-serif")
	if err != nil {
		panic(err)
	}
	return f
}()

var (
	ink  = color.NRGBA{0x1f, 0x4e, 0xc8, 0xff}
	warm = color.NRGBA{0xe0, 0x60, 0x20, 0xff}
)

// cases are the drawings every backend must agree on.
var cases = []struct {
	name string
	draw func(c canvas.Canvas)
}{
	{"paths", func(c canvas.Canvas) {
		var p canvas.Path
		p.Move(canvas.Point{X: 20, Y: 100})
		p.Line(canvas.Point{X: 70, Y: 20})
		p.Quad(canvas.Point{X: 100, Y: 60}, canvas.Point{X: 120, Y: 100})
		p.Close()
		c.SetColor(ink)
		c.Fill(p)
		c.SetColor(warm)
		c.Fill(canvas.Ring(canvas.Point{X: 180, Y: 60}, 18, 40))
		var q canvas.Path
		q.Move(canvas.Point{X: 130, Y: 110})
		q.Cubic(canvas.Point{X: 150, Y: 10}, canvas.Point{X: 200, Y: 130}, canvas.Point{X: 230, Y: 20})
		c.SetColor(color.Black)
		c.SetLineWidth(3)
		c.Stroke(q)
	}},
	{"strokes", func(c canvas.Canvas) {
		c.SetColor(ink)
		c.SetLineWidth(12)
		for i, cp := range []canvas.Cap{canvas.ButtCap, canvas.RoundCap, canvas.SquareCap} {
			y := 20 + float64(i)*28
			c.SetLineCap(cp)
			c.Stroke(canvas.Polyline(canvas.Point{X: 30, Y: y}, canvas.Point{X: 110, Y: y}))
		}
		c.SetLineCap(canvas.ButtCap)
		c.SetColor(warm)
		c.SetLineWidth(4)
		c.SetLineDash([]float64{12, 6}, 0)
		c.Stroke(canvas.Polyline(canvas.Point{X: 140, Y: 15}, canvas.Point{X: 230, Y: 15}, canvas.Point{X: 230, Y: 105}))
		c.SetLineDash([]float64{2, 4}, 0)
		c.Stroke(canvas.Circle(canvas.Point{X: 175, Y: 65}, 28))
	}},
	{"text-en", func(c canvas.Canvas) {
		f := canvas.Face{Font: font, Size: 26}
		c.SetColor(color.Black)
		c.Text(f, 10, 40, canvas.Start, "OpenAI & <Co>")
		c.SetColor(ink)
		c.Text(f, caseW/2, 80, canvas.Middle, "$38B deal")
		c.Push()
		c.Translate(caseW-8, 110)
		c.Rotate(-math.Pi / 2)
		c.Text(canvas.Face{Font: font, Size: 14}, 0, 0, canvas.Start, "rotated")
		c.Pop()
	}},
	{"text-zh", func(c canvas.Canvas) {
		f := canvas.Face{Font: font, Size: 28}
		c.SetColor(color.Black)
		c.Text(f, 10, 45, canvas.Start, "硅谷 AI 阵营")
		c.SetColor(warm)
		c.Text(f, caseW-10, 95, canvas.End, "微软投资")
	}},
	{"clip", func(c canvas.Canvas) {
		c.Push()
		c.Clip(canvas.Rect{Min: canvas.Point{X: 40, Y: 20}, Max: canvas.Point{X: 200, Y: 80}})
		c.SetColor(ink)
		c.Fill(canvas.Circle(canvas.Point{X: 120, Y: 60}, 55))
		c.SetColor(color.White)
		c.Text(canvas.Face{Font: font, Size: 40}, 120, 95, canvas.Middle, "Clip 裁")
		c.Pop()
		c.SetColor(warm)
		c.SetLineWidth(2)
		c.Stroke(canvas.Polyline(canvas.Point{X: 10, Y: 110}, canvas.Point{X: 230, Y: 110}))
	}},
	{"opacity", func(c canvas.Canvas) {
		c.SetColor(ink)
		c.Fill(canvas.RectPath(canvas.Rect{Min: canvas.Point{X: 20, Y: 20}, Max: canvas.Point{X: 140, Y: 100}}))
		c.Push()
		c.SetOpacity(0.5)
		c.SetColor(warm)
		c.Fill(canvas.RectPath(canvas.Rect{Min: canvas.Point{X: 90, Y: 40}, Max: canvas.Point{X: 220, Y: 110}}))
		c.SetColor(color.Black)
		c.Text(canvas.Face{Font: font, Size: 24}, 150, 35, canvas.Start, "50%")
		c.Pop()
		c.SetColor(color.NRGBA{0, 0x90, 0x40, 0x80})
		c.SetLineWidth(8)
		c.Stroke(canvas.Polyline(canvas.Point{X: 10, Y: 60}, canvas.Point{X: 230, Y: 60}))
	}},
	{"shapes", func(c canvas.Canvas) {
		c.SetColor(ink)
		canvas.FillDisc(c, canvas.Point{X: 30, Y: 30}, 18)
		canvas.FillRing(c, canvas.Point{X: 80, Y: 30}, 10, 20, []color.Color{ink, warm, color.Black})
		canvas.FillBox(c, canvas.Rect{Min: canvas.Point{X: 120.5, Y: 12.25}, Max: canvas.Point{X: 180.5, Y: 48.75}}, 8)
		c.SetColor(warm)
		canvas.FillBox(c, canvas.Rect{Min: canvas.Point{X: 190, Y: 10}, Max: canvas.Point{X: 230, Y: 50}}, 0)
		c.SetColor(color.NRGBA{0x1f, 0x4e, 0xc8, 0x40})
		canvas.FillFlat(c, canvas.Polyline(canvas.Point{X: 10, Y: 70}, canvas.Point{X: 230, Y: 62}, canvas.Point{X: 200, Y: 112}, canvas.Point{X: 30, Y: 110}))
		c.SetColor(color.Black)
		c.SetLineWidth(1.5)
		c.SetLineDash([]float64{6, 3}, 0)
		c.Stroke(canvas.Polyline(canvas.Point{X: 20, Y: 90}, canvas.Point{X: 220, Y: 95}))
		canvas.Flush(c)
	}},
}

// background gives every case an opaque white picture, as slides have.
func background(c canvas.Canvas, draw func(canvas.Canvas)) {
	w, h := c.Size()
	c.SetColor(color.White)
	c.Fill(canvas.RectPath(canvas.Rect{Max: canvas.Point{X: w, Y: h}}))
	draw(c)
}

// Tolerances of the comparison of a backend's picture (through its
// client) with the raster one: the mean difference of a channel, and the
// share of pixels off by more than a quarter of the range. Anti-aliasing
// and the viewers' glyph rendering differ a little; a missing or moved
// element does not pass (see TestConformanceCatchesDifference).
const (
	maxMean  = 2.0  // of 255
	maxShare = 0.01 // of the pixels
)

func TestConformance(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rc := raster.New(caseW, caseH)
			background(rc, tc.draw)
			want := rc.Image()

			sc := svg.New(caseW, caseH)
			background(sc, tc.draw)
			var svgBytes bytes.Buffer
			sc.WriteTo(&svgBytes)
			fromSVG := clients.RSVG(t, svgBytes.Bytes())

			doc := pdf.New(font)
			background(doc.AddPage(caseW, caseH), tc.draw)
			var pdfBytes bytes.Buffer
			if _, err := doc.WriteTo(&pdfBytes); err != nil {
				t.Fatal(err)
			}
			fromPDF := clients.PDFPage(t, pdfBytes.Bytes(), 1)

			for _, got := range []struct {
				name string
				img  image.Image
				src  []byte
			}{{"svg", fromSVG, svgBytes.Bytes()}, {"pdf", fromPDF, pdfBytes.Bytes()}} {
				mean, share := compare(t, want, got.img)
				t.Logf("%s: mean %.2f, share %.4f", got.name, mean, share)
				if mean > maxMean || share > maxShare {
					dir := filepath.Join("testdata", "failed")
					os.MkdirAll(dir, 0o755)
					writePNG(t, filepath.Join(dir, tc.name+"-raster.png"), want)
					writePNG(t, filepath.Join(dir, tc.name+"-"+got.name+".png"), got.img)
					os.WriteFile(filepath.Join(dir, tc.name+"."+got.name), got.src, 0o644)
					t.Errorf("%s differs from the raster picture: mean %.2f (max %.1f), share %.4f (max %.3f); pictures in %s",
						got.name, mean, maxMean, share, maxShare, dir)
				}
			}
		})
	}
}

// TestConformanceCatchesDifference shows the tolerance is tight enough: a
// picture that lacks one line of text does not pass for the whole one.
func TestConformanceCatchesDifference(t *testing.T) {
	rc := raster.New(caseW, caseH)
	background(rc, func(c canvas.Canvas) {
		c.SetColor(color.Black)
		c.Text(canvas.Face{Font: font, Size: 26}, 10, 40, canvas.Start, "OpenAI & <Co>")
	})
	sc := svg.New(caseW, caseH)
	background(sc, cases[2].draw)
	var b bytes.Buffer
	sc.WriteTo(&b)
	if mean, share := compare(t, rc.Image(), clients.RSVG(t, b.Bytes())); mean <= maxMean && share <= maxShare {
		t.Errorf("a missing line passed: mean %.2f, share %.4f", mean, share)
	}
}

func compare(t *testing.T, a, b image.Image) (mean, share float64) {
	t.Helper()
	mean, share, err := golden.Distance(a, b)
	if err != nil {
		t.Fatal(err)
	}
	return mean, share
}

func writePNG(t *testing.T, path string, img image.Image) {
	var b bytes.Buffer
	png.Encode(&b, img)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Error(err)
	}
}
