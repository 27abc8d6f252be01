package export

import (
	"fmt"
	"image"
	"image/draw"
	"io"
	"math"
	"reflect"
	"strings"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/gochart"
	"github.com/aicamps/aicamps/views/canvas/pdf"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/canvas/svg"
)

// Frame is where a view draws: a renderer (PNG or SVG, the same calls), the
// box it may fill in pixels, and the factor for text sizes and strokes.
type Frame struct {
	R chart.Renderer
	// C is the canvas under R (a PNG's paints R's pixels): views move from
	// R to C, after which R is only go-chart's renderer over C for charts.
	C     canvas.Canvas
	Box   chart.Box
	Scale float64 // multiply every length designed for a 1920×1080 slide by this
	Theme Theme
	Lang  string
	Seen  Seen // an export's choices (Options.Seen); the screen leaves it zero
}

// Px converts a length designed for a 1920×1080 slide to pixels.
func (f Frame) Px(v float64) float64 { return v * f.Scale }

// DrawFunc draws a view into a frame. The screen and every export call the
// same DrawFunc, so what a user sees is what lands in the slide.
type DrawFunc func(Frame) error

// sizeFactor keeps text readable on smaller or larger slides: 1 at 1920×1080.
func sizeFactor(w, h int) float64 {
	k := math.Min(float64(w)/1920, float64(h)/1080)
	return math.Max(0.6, math.Min(2, k))
}

// Render draws a framed picture (title, subtitle, the view, source footer)
// and writes it as PNG, SVG or PDF. SVG and PDF draw on a canvas backend
// through go-chart's renderer interface (views/canvas/gochart); PNG keeps
// the pixel renderer, whose fast paths the network and timeline use.
func Render(w io.Writer, o Options, draw DrawFunc) error {
	if err := o.Check(); err != nil {
		return err
	}
	pw, ph := o.PixelSize()
	switch o.Format {
	case SVG:
		c := svg.New(float64(pw), float64(ph))
		if err := drawFramed(gochart.New(c, CanvasFont()), c, o, draw); err != nil {
			return err
		}
		_, err := c.WriteTo(w)
		return err
	case PDF:
		return RenderPDF(w, []Page{{Options: o, Draw: draw}})
	}
	r := NewPNG(pw, ph)
	if err := drawFramed(r, raster.On(Pixels(r)), o, draw); err != nil {
		return err
	}
	return r.Save(w)
}

// Page is one page of a PDF: what to draw and how.
type Page struct {
	Options Options
	Draw    DrawFunc
}

// RenderPDF writes one PDF with a page per Page, each Width×Height points
// (its Options' format and scale are not used), each framed as Render
// frames a picture. Text stays text, in the embedded, subset bundled font.
func RenderPDF(w io.Writer, pages []Page) error {
	if len(pages) == 0 {
		return fmt.Errorf("pdf: no pages to write")
	}
	doc := pdf.New(CanvasFont())
	doc.SetTitle(pages[0].Options.Title)
	for i, p := range pages {
		o := p.Options
		o.Format = PDF
		if err := o.Check(); err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
		c := doc.AddPage(float64(o.Width), float64(o.Height))
		if err := drawFramed(gochart.New(c, CanvasFont()), c, o, p.Draw); err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
	}
	_, err := doc.WriteTo(w)
	return err
}

// drawFramed paints the background and chrome on r, then the view.
func drawFramed(r chart.Renderer, c canvas.Canvas, o Options, draw DrawFunc) error {
	pw, ph := o.PixelSize()
	r.SetDPI(72) // font sizes are then pixels
	scale := 1.0
	if o.Format == PNG {
		scale = float64(o.Scale)
	}
	f := Frame{R: r, C: c, Box: chart.NewBox(0, 0, pw, ph), Scale: scale * sizeFactor(o.Width, o.Height), Theme: o.Theme, Lang: o.Lang, Seen: o.Seen}
	if !o.Transparent {
		fillBackground(f.R, f.Box, o.Theme.Background)
	}
	f.Box = drawChrome(f, o)
	err := draw(f)
	canvas.Flush(c) // the raster canvas queues: paint before the pixels are read
	return err
}

// Image draws a view without the slide's title and footer, for the screen:
// w×h pixels at the given device scale.
func Image(w, h int, scale float64, th Theme, lang string, draw DrawFunc) (*image.RGBA, error) {
	if w < 1 || h < 1 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
	}
	r := NewPNG(w, h)
	// An item drawn here (tests, previews) keeps the default choices.
	f := Frame{R: r, C: raster.On(Pixels(r)), Box: chart.NewBox(0, 0, w, h), Scale: scale, Theme: th, Lang: lang, Seen: Defaults().Seen}
	fillBackground(r, f.Box, th.Background)
	err := draw(f)
	canvas.Flush(f.C) // the raster canvas queues: paint before the pixels are read
	if err != nil {
		return nil, err
	}
	return Pixels(r), nil
}

// drawChrome draws the title, subtitle and footer, and returns the box left
// for the view.
func drawChrome(f Frame, o Options) chart.Box {
	m := int(f.Px(56))
	box := chart.NewBox(m, m, f.Box.Right-m, f.Box.Bottom-m)
	if o.Title != "" {
		size := f.Px(44)
		title := Fit(f.R, o.Title, size, box.Width())
		Text(f.R, title, box.Left, box.Top+int(size*0.8), size, f.Theme.Text)
		box.Top += int(size * 1.25)
	}
	if o.Subtitle != "" {
		size := f.Px(24)
		sub := Fit(f.R, o.Subtitle, size, box.Width())
		Text(f.R, sub, box.Left, box.Top+int(size*0.9), size, f.Theme.Muted)
		box.Top += int(size * 1.4)
	}
	if o.Title != "" || o.Subtitle != "" {
		box.Top += int(f.Px(20))
	}
	if o.Footer != "" || o.AsOf != "" {
		size := f.Px(18)
		y := box.Bottom
		asOfW := 0
		if o.AsOf != "" {
			asOfW = MeasureText(f.R, o.AsOf, size)
			Text(f.R, o.AsOf, box.Right-asOfW, y, size, f.Theme.Muted)
		}
		// The footer wraps to two lines rather than lose its end, which
		// says which figures are marked.
		lines := Wrap(f.R, o.Footer, size, box.Width()-asOfW-int(f.Px(24)), 2)
		for i, l := range lines {
			Text(f.R, l, box.Left, y-int(float64(len(lines)-1-i)*size*1.3), size, f.Theme.Muted)
		}
		box.Bottom -= int(size*2.2 + float64(max(len(lines)-1, 0))*size*1.3)
	}
	return box
}

// Pixels returns the picture a PNG renderer draws into (nil for a canvas):
// go-chart hands it over to an RGBACollector without encoding it.
func Pixels(r chart.Renderer) *image.RGBA {
	if p, ok := r.(*pngRenderer); ok {
		return p.img
	}
	if !strings.Contains(reflect.TypeOf(r).String(), "raster") {
		return nil
	}
	var iw chart.ImageWriter
	if err := r.Save(&iw); err != nil {
		return nil
	}
	img, _ := iw.Image()
	rgba, _ := img.(*image.RGBA)
	return rgba
}

// fillBackground paints the whole canvas. On a PNG it writes the pixels
// directly: the same fill through go-chart's rasterizer costs ~14 ms at
// 1920×1080 and four times that at 2×.
func fillBackground(r chart.Renderer, b chart.Box, c drawing.Color) {
	if img := Pixels(r); img != nil {
		draw.Draw(img, image.Rect(b.Left, b.Top, b.Right, b.Bottom), &image.Uniform{C: c}, image.Point{}, draw.Src)
		return
	}
	FillRect(r, b, c)
}

// FillRect fills a box with a colour.
func FillRect(r chart.Renderer, b chart.Box, c drawing.Color) {
	r.ResetStyle()
	r.SetFillColor(c)
	r.SetStrokeWidth(0)
	r.MoveTo(b.Left, b.Top)
	r.LineTo(b.Right, b.Top)
	r.LineTo(b.Right, b.Bottom)
	r.LineTo(b.Left, b.Bottom)
	r.Close()
	r.Fill()
}
