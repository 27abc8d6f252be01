package gochart_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/gochart"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/canvas/svg"
)

var font = func() *canvas.Font {
	f, err := canvas.ParseFont(assets.Font, "'WenQuanYi Micro Hei',sans-serif")
	if err != nil {
		panic(err)
	}
	return f
}()

func svgOf(t *testing.T, draw func(r chart.Renderer)) string {
	t.Helper()
	c := svg.New(200, 100)
	draw(gochart.New(c, font))
	var b bytes.Buffer
	c.WriteTo(&b)
	return b.String()
}

// go-chart wrote SVG text raw, so "&" or "<" broke the file.
func TestTextIsEscaped(t *testing.T) {
	out := svgOf(t, func(r chart.Renderer) {
		r.SetFontSize(12)
		r.SetFontColor(drawing.ColorBlack)
		r.Text(`R&D <"AT&T"> 微软`, 10, 20)
	})
	dec := xml.NewDecoder(strings.NewReader(out))
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not XML: %v\n%s", err, out)
		}
		if cd, ok := tok.(xml.CharData); ok {
			text.Write(cd)
		}
	}
	if strings.TrimSpace(text.String()) != `R&D <"AT&T"> 微软` {
		t.Errorf("text = %q", text.String())
	}
}

// go-chart's SVG truncated stroke widths to whole pixels: 0.5 became 0.
func TestStrokeWidthKept(t *testing.T) {
	out := svgOf(t, func(r chart.Renderer) {
		r.SetStrokeColor(drawing.ColorBlack)
		r.SetStrokeWidth(0.5)
		r.MoveTo(0, 0)
		r.LineTo(100, 50)
		r.Stroke()
	})
	if !strings.Contains(out, `stroke-width="0.5"`) {
		t.Errorf("no 0.5 stroke:\n%s", out)
	}
}

// go-chart's SVG filled a stroked path (with the font's colour, if set).
func TestStrokeDoesNotFill(t *testing.T) {
	out := svgOf(t, func(r chart.Renderer) {
		r.SetFillColor(drawing.ColorRed)
		r.SetFontColor(drawing.ColorBlue)
		r.SetStrokeColor(drawing.ColorBlack)
		r.SetStrokeWidth(2)
		r.MoveTo(0, 0)
		r.LineTo(100, 50)
		r.LineTo(0, 50)
		r.Stroke()
	})
	if strings.Count(out, "<path") != 1 || !strings.Contains(out, `fill="none"`) {
		t.Errorf("want one unfilled path:\n%s", out)
	}
}

// go-chart's default font has no CJK glyphs: whatever font it sets, the
// text is measured and drawn in the canvas font.
func TestAnyFontIsTheCanvasFont(t *testing.T) {
	r := gochart.New(svg.New(10, 10), font)
	r.SetFont(&truetype.Font{})
	r.SetFontSize(20)
	_, _, right, _ := canvas.Face{Font: font, Size: 20 * 72.0 / 64}.Ink("硅谷 AI")
	want := int(math.Ceil(right))
	if got := r.MeasureText("硅谷 AI").Width(); got != want || want == 0 {
		t.Errorf("width %d, want %d", got, want)
	}
}

// A go-chart chart draws on any canvas: a bar chart's bars land in the
// pixels of the raster backend.
func TestBarChartOnCanvas(t *testing.T) {
	c := raster.New(300, 200)
	bc := chart.BarChart{Width: 300, Height: 200, Font: font.TrueType(), BarWidth: 60,
		Bars:       []chart.Value{{Value: 2, Label: "a"}, {Value: 4, Label: "b"}},
		Background: chart.Style{Padding: chart.Box{Top: 10, Left: 10, Right: 10, Bottom: 10, IsSet: true}}}
	err := bc.Render(func(int, int) (chart.Renderer, error) { return gochart.New(c, font), nil }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	inked := 0
	img := c.Image()
	for i := 3; i < len(img.Pix); i += 4 {
		if img.Pix[i] > 0 {
			inked++
		}
	}
	if inked < 300*200/20 {
		t.Errorf("only %d pixels painted", inked)
	}
}
