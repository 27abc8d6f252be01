package export

import (
	"image"
	"math"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

var textCases = []string{
	"", " ", "A", "Deal totals by camp", "Wj|gy,", "OpenAI × Microsoft — $13 bn",
	"硅谷 AI 阵营", "英伟达（NVIDIA）芯片份额", "截至 2025年11月", "…", "...", "AV To",
}

var textSizes = []float64{0, 7.5, 12, 18, 21.6, 44, 88}

// goChartPNG is go-chart's own PNG renderer as Render set it up before the
// glyph cache: the reference for positions and widths.
func goChartPNG(w, h int) (chart.Renderer, *image.RGBA) {
	r, _ := chart.PNG(w, h)
	r.SetDPI(72)
	var iw chart.ImageWriter
	_ = r.Save(&iw)
	img, _ := iw.Image()
	return r, img.(*image.RGBA)
}

// TestMeasureTextIsGoChart: layouts (Fit, Wrap, go-chart's own axes) depend
// on widths to the pixel, so the cached widths must be go-chart's exactly.
func TestMeasureTextIsGoChart(t *testing.T) {
	ref, _ := goChartPNG(10, 10)
	fast := NewPNG(10, 10)
	long := strings.Repeat("中文 Latin ", 300)
	for _, size := range textSizes {
		for _, s := range append(textCases, long) {
			want, got := MeasureText(ref, s, size), MeasureText(fast, s, size)
			ref.SetFontSize(size)
			fast.SetFontSize(size)
			if wb, gb := ref.MeasureText(s), fast.MeasureText(s); want != got || wb != gb {
				t.Errorf("size %g, %.20q: width %d, box %+v; go-chart says %d, %+v", size, s, got, gb, want, wb)
			}
		}
	}
}

// TestTextLooksLikeGoChart draws each text with both renderers: the same
// pixels within anti-aliasing noise, and ink at the same place.
func TestTextLooksLikeGoChart(t *testing.T) {
	for _, size := range []float64{12, 21.6, 44, 88} {
		for _, s := range textCases {
			ref, want := goChartPNG(900, 140)
			fast := NewPNG(900, 140)
			got := Pixels(fast)
			for _, r := range []chart.Renderer{ref, fast} {
				FillRect(r, chart.NewBox(0, 0, 900, 140), Light.Background)
				Text(r, s, 13, 110, size, drawing.Color{R: 20, G: 30, B: 200, A: 230})
			}
			bad, worst := 0, 0
			for i := range want.Pix {
				d := int(want.Pix[i]) - int(got.Pix[i])
				worst = max(worst, abs(d))
				if abs(d) > 24 {
					bad++
				}
			}
			if bad > 0 || worst > 40 {
				t.Errorf("size %g, %q: %d channels off by more than 24, worst %d", size, s, bad, worst)
			}
			if a, b := ink(want, Light.Background), ink(got, Light.Background); !within1(a, b) {
				t.Errorf("size %g, %q: ink in %v, go-chart's in %v", size, s, b, a)
			}
		}
	}
}

// within1 says two boxes differ by at most a pixel at each edge (a faint
// edge pixel may cross ink's threshold on one side only).
func within1(a, b image.Rectangle) bool {
	return abs(a.Min.X-b.Min.X) <= 1 && abs(a.Min.Y-b.Min.Y) <= 1 && abs(a.Max.X-b.Max.X) <= 1 && abs(a.Max.Y-b.Max.Y) <= 1
}

// ink is the box of pixels clearly off the background.
func ink(img *image.RGBA, bg drawing.Color) image.Rectangle {
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

// TestRotatedTextIsGoChart: rotated text is go-chart's path, pixel for pixel,
// and measured the go-chart way.
func TestRotatedTextIsGoChart(t *testing.T) {
	ref, want := goChartPNG(300, 300)
	fast := NewPNG(300, 300)
	got := Pixels(fast)
	for _, r := range []chart.Renderer{ref, fast} {
		FillRect(r, chart.NewBox(0, 0, 300, 300), Light.Background)
		r.ResetStyle()
		r.SetFont(Font())
		r.SetFontSize(30)
		r.SetFontColor(drawing.ColorBlack)
		r.SetTextRotation(-math.Pi / 2)
		r.Text("Rotated 旋转", 150, 280)
		if b := r.MeasureText("Rotated 旋转"); b.Height() < b.Width() {
			t.Errorf("%T: rotated box %+v should be tall", r, b)
		}
		r.ClearTextRotation()
	}
	if string(want.Pix) != string(got.Pix) {
		t.Error("rotated text differs from go-chart's")
	}
	if ink(got, Light.Background).Empty() {
		t.Error("rotated text drew nothing")
	}
}

// TestTextConcurrent: renderers in several goroutines share the glyph cache
// and each draws the same picture (go test -race checks the sharing).
func TestTextConcurrent(t *testing.T) {
	draw := func() *image.RGBA {
		r := NewPNG(400, 60)
		for i, s := range textCases {
			Text(r, s, 5+i*3, 40, 17+float64(i%4), drawing.ColorBlack)
		}
		return Pixels(r)
	}
	want := draw()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := draw(); string(got.Pix) != string(want.Pix) {
				t.Error("a concurrent drawing differs")
			}
		})
	}
	wg.Wait()
}

// TestGlyphCacheBounded: past its bound the cache starts again rather than
// grow (10,000-character names in every size would otherwise stay).
func TestGlyphCacheBounded(t *testing.T) {
	c := newGlyphCache(Font())
	img := image.NewRGBA(image.Rect(0, 0, 50, 50))
	var b strings.Builder
	for r := rune(0x4E00); r < 0x4E00+1500; r++ {
		b.WriteRune(r)
	}
	for _, size := range []float64{120, 200} { // ~40 kB a mask at 200
		c.draw(img, b.String(), 0, 40, fixed.Int26_6(size*72), drawing.ColorBlack)
		if c.bytes > maxGlyphBytes {
			t.Fatalf("cache holds %d bytes, bound %d", c.bytes, maxGlyphBytes)
		}
	}
}

// TestShapesAreGoChart: the held-back paths, the dropped transparent fills
// and the rectangles written straight into the pixels give go-chart's
// pixels exactly, on a background that is not flat.
func TestShapesAreGoChart(t *testing.T) {
	type pt = [2]int
	red, clear, half := drawing.Color{R: 200, G: 30, B: 20, A: 255}, drawing.Color{}, drawing.Color{R: 20, G: 90, B: 200, A: 120}
	cases := []struct {
		name         string
		path         []pt // moved to the first, lines to the rest
		close        bool
		fill, stroke drawing.Color
		width        float64
		op           string // fill, stroke, fillstroke
	}{
		{"rect", []pt{{10, 10}, {60, 10}, {60, 40}, {10, 40}}, true, red, clear, 0, "fill"},
		{"rect back round", []pt{{10, 10}, {60, 10}, {60, 40}, {10, 40}, {10, 10}}, false, half, clear, 0, "fillstroke"},
		{"rect the other way", []pt{{60, 40}, {60, 10}, {10, 10}, {10, 40}}, true, half, clear, 0, "fill"},
		{"rect stroked", []pt{{10, 10}, {60, 10}, {60, 40}, {10, 40}, {10, 10}}, false, half, red, 3, "fillstroke"},
		{"rect past the edges", []pt{{-20, -5}, {90, -5}, {90, 70}, {-20, 70}}, true, half, clear, 0, "fill"},
		{"rect outside", []pt{{100, 100}, {120, 100}, {120, 120}, {100, 120}}, true, red, clear, 0, "fill"},
		{"flat rect", []pt{{10, 10}, {60, 10}, {60, 10}, {10, 10}}, true, red, clear, 0, "fill"},
		{"folded back", []pt{{0, 0}, {10, 0}, {10, 10}, {10, 0}}, true, red, clear, 0, "fill"},
		{"zigzag", []pt{{0, 0}, {30, 0}, {30, 30}, {60, 30}}, true, red, clear, 0, "fill"},
		{"triangle", []pt{{5, 5}, {70, 20}, {20, 55}}, true, half, red, 2, "fillstroke"},
		{"transparent fill", []pt{{5, 5}, {70, 20}, {20, 55}}, true, clear, red, 1, "fillstroke"},
		{"transparent stroke", []pt{{5, 5}, {70, 20}, {20, 55}}, true, half, clear, 1, "fillstroke"},
		{"transparent both", []pt{{0, 0}, {80, 0}, {80, 60}, {0, 60}}, true, clear, clear, 1, "fillstroke"},
		{"stroke only", []pt{{5, 5}, {70, 50}}, false, red, half, 4, "stroke"},
		{"stroke transparent", []pt{{5, 5}, {70, 50}}, false, red, clear, 4, "stroke"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ref, want := goChartPNG(80, 60)
			fast := NewPNG(80, 60)
			got := Pixels(fast)
			for i := range want.Pix { // a background with every value
				want.Pix[i] = uint8(i * 7)
				if i%4 == 3 {
					want.Pix[i] = 255
				}
			}
			copy(got.Pix, want.Pix)
			for _, r := range []chart.Renderer{ref, fast} {
				r.ResetStyle()
				r.SetFillColor(c.fill)
				r.SetStrokeColor(c.stroke)
				r.SetStrokeWidth(c.width)
				r.MoveTo(c.path[0][0], c.path[0][1])
				for _, p := range c.path[1:] {
					r.LineTo(p[0], p[1])
				}
				if c.close {
					r.Close()
				}
				switch c.op {
				case "fill":
					r.Fill()
				case "stroke":
					r.Stroke()
				default:
					r.FillStroke()
				}
				r.Circle(9, 40, 30) // a later path starts afresh on both
				r.Fill()
			}
			for i := range want.Pix {
				if want.Pix[i] != got.Pix[i] {
					t.Fatalf("byte %d (pixel %d,%d) = %d, go-chart's %d", i, i/4%80, i/4/80, got.Pix[i], want.Pix[i])
				}
			}
		})
	}
}

// TestInkBelow: the descent is the deepest outline point under the
// baseline, as loading each glyph's outline at go-chart's size gives it
// (to its 1/64 pixel).
func TestInkBelow(t *testing.T) {
	f := Font()
	var fr Frame
	for _, size := range []float64{12, 21.6, 44} {
		for _, s := range append(textCases, "gjpqy", "HEIT") {
			scale := fixed.Int26_6(size * 72)
			var buf truetype.GlyphBuf
			want := 0.0
			for _, rc := range s {
				if err := buf.Load(f, scale, f.Index(rc), xfont.HintingNone); err == nil {
					for _, p := range buf.Points {
						want = math.Max(want, -fUnits(p.Y))
					}
				}
			}
			if got := fr.InkBelow(s, size); math.Abs(got-want) > 1.0/64 {
				t.Errorf("size %g, %q: %v below, outlines say %v", size, s, got, want)
			}
		}
		if fr.InkBelow("gjpqy", size) < size/8 || fr.InkBelow("HEIT", size) != 0 {
			t.Errorf("size %g: descenders %v, flat caps %v", size, fr.InkBelow("gjpqy", size), fr.InkBelow("HEIT", size))
		}
	}
}

// TestTransparentTextChangesNothing: the text is skipped, as go-chart's
// painting it Over would leave every pixel as it was.
func TestTransparentTextChangesNothing(t *testing.T) {
	r := NewPNG(200, 60)
	img := Pixels(r)
	FillRect(r, chart.NewBox(0, 0, 200, 60), Light.Background)
	before := append([]byte(nil), img.Pix...)
	Text(r, "Wj|gy, 硅谷", 10, 40, 30, drawing.ColorTransparent)
	if string(before) != string(img.Pix) {
		t.Error("transparent text changed pixels")
	}
}

// The glyph cache counts what it holds (outline points at 12 bytes, ends,
// masks), so its bound means what it says; a mask finished for a glyph a
// trim has dropped is not counted.
func TestGlyphCacheCountsWhatItHolds(t *testing.T) {
	c := newGlyphCache(Font())
	scale := fixed.Int26_6(40 * 72)
	var held []*glyph
	for _, r := range "AI 阵营硅谷算力" {
		g := c.get(scale, c.f.Index(r))
		c.mask(g, 0)
		c.mask(g, 5)
		held = append(held, g)
	}
	want := 0
	for _, m := range c.sizes[scale] {
		want += glyphBytes(m)
		for _, a := range m.masks {
			if a != nil {
				want += len(a.Pix) + int(unsafe.Sizeof(*a))
			}
		}
	}
	if c.bytes != want || want < 12*len(held[3].points) {
		t.Errorf("cache counts %d bytes, holds %d", c.bytes, want)
	}
	g := held[3]
	c.mu.Lock()
	c.bytes = maxGlyphBytes + 1
	c.trim()
	c.mu.Unlock()
	c.mask(g, 9) // drawn for a caller that got g before the trim
	if c.bytes != 0 {
		t.Errorf("after a trim, a dropped glyph's new mask counted %d bytes", c.bytes)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
