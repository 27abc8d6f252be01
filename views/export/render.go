package export

import (
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"sync"

	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/gochart"
	"github.com/aicamps/aicamps/views/canvas/pdf"
	"github.com/aicamps/aicamps/views/canvas/raster"
	"github.com/aicamps/aicamps/views/canvas/svg"
)

// Frame is where a view draws: a canvas (raster, SVG or PDF, the same
// calls), the box it may fill in pixels, and the factor for text sizes and
// strokes.
type Frame struct {
	C     canvas.Canvas
	Box   chart.Box
	Scale float64 // multiply every length designed for a 1920×1080 slide by this
	Theme Theme
	Lang  string
	Seen  Seen // an export's choices (Options.Seen); the screen leaves it zero
}

// NewFrame is a frame on c filling box.
func NewFrame(c canvas.Canvas, box chart.Box, scale float64, th Theme, lang string) Frame {
	return Frame{C: c, Box: box, Scale: scale, Theme: th, Lang: lang}
}

// Chart is a go-chart renderer drawing on the frame's canvas, for go-chart's
// charts and axes (text in the bundled font at 72 DPI: sizes are pixels).
func (f Frame) Chart() chart.Renderer { return gochart.New(f.C, CanvasFont()) }

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
// and writes it as PNG, SVG or PDF: the same calls on a raster, SVG or PDF
// canvas.
func Render(w io.Writer, o Options, draw DrawFunc) error {
	if err := o.Check(); err != nil {
		return err
	}
	switch o.Format {
	case SVG:
		pw, ph := o.PixelSize()
		c := svg.New(float64(pw), float64(ph))
		if err := drawFramed(c, o, draw); err != nil {
			return err
		}
		_, err := c.WriteTo(w)
		return err
	case PDF:
		return RenderPDF(w, []Page{{Options: o, Draw: draw}})
	}
	img, err := Framed(o, draw)
	if err != nil {
		return err
	}
	return EncodePNG(w, img)
}

// Framed is Render's PNG picture before it is encoded: the replay's frames
// and the clipboard take the pixels.
func Framed(o Options, draw DrawFunc) (*image.RGBA, error) {
	o.Format = PNG
	if err := o.Check(); err != nil {
		return nil, err
	}
	pw, ph := o.PixelSize()
	c := newRaster(pw, ph)
	defer rasters.Put(c)
	if err := drawFramed(c, o, draw); err != nil {
		return nil, err
	}
	return c.Image(), nil
}

// rasters are raster canvases kept between pictures: a canvas keeps its
// queue and memos, which a fresh one grows again on every screen frame.
var rasters sync.Pool

// newRaster is a canvas from the pool over a new w×h picture (the picture
// is the caller's to keep).
func newRaster(w, h int) *raster.Canvas {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	if c, ok := rasters.Get().(*raster.Canvas); ok {
		c.Reset(img)
		return c
	}
	return raster.On(img)
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
		if err := drawFramed(c, o, p.Draw); err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
	}
	_, err := doc.WriteTo(w)
	return err
}

// drawFramed paints the background and chrome on c, then the view.
func drawFramed(c canvas.Canvas, o Options, draw DrawFunc) error {
	pw, ph := o.PixelSize()
	scale := 1.0
	if o.Format == PNG {
		scale = float64(o.Scale)
	}
	f := NewFrame(c, chart.NewBox(0, 0, pw, ph), scale*sizeFactor(o.Width, o.Height), o.Theme, o.Lang)
	f.Seen = o.Seen
	if !o.Transparent {
		f.FillRect(f.Box, o.Theme.Background)
	}
	f.Box = drawChrome(f, o)
	return draw(f)
}

// Image draws a view without the slide's title and footer, for the screen:
// w×h pixels at the given device scale, from the raster canvas.
func Image(w, h int, scale float64, th Theme, lang string, draw DrawFunc) (*image.RGBA, error) {
	if w < 1 || h < 1 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1)), nil
	}
	c := newRaster(w, h)
	defer rasters.Put(c)
	f := NewFrame(c, chart.NewBox(0, 0, w, h), scale, th, lang)
	f.Seen = Defaults().Seen // an item drawn here (tests, previews) keeps the default choices
	f.FillRect(f.Box, th.Background)
	if err := draw(f); err != nil {
		return nil, err
	}
	return c.Image(), nil
}

// drawChrome draws the title, subtitle and footer, and returns the box left
// for the view.
func drawChrome(f Frame, o Options) chart.Box {
	m := int(f.Px(56))
	box := chart.NewBox(m, m, f.Box.Right-m, f.Box.Bottom-m)
	if o.Title != "" {
		size := f.Px(44)
		title := f.Fit(o.Title, size, box.Width())
		f.Text(title, box.Left, box.Top+int(size*0.8), size, f.Theme.Text)
		box.Top += int(size * 1.25)
	}
	if o.Subtitle != "" {
		size := f.Px(24)
		sub := f.Fit(o.Subtitle, size, box.Width())
		f.Text(sub, box.Left, box.Top+int(size*0.9), size, f.Theme.Muted)
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
			asOfW = f.MeasureText(o.AsOf, size)
			f.Text(o.AsOf, box.Right-asOfW, y, size, f.Theme.Muted)
		}
		// The footer wraps to two lines rather than lose its end, which
		// says which figures are marked.
		lines := f.Wrap(o.Footer, size, box.Width()-asOfW-int(f.Px(24)), 2)
		for i, l := range lines {
			f.Text(l, box.Left, y-int(float64(len(lines)-1-i)*size*1.3), size, f.Theme.Muted)
		}
		box.Bottom -= int(size*2.2 + float64(max(len(lines)-1, 0))*size*1.3)
	}
	return box
}

// FillRect fills a box of the frame's canvas with a colour.
func (f Frame) FillRect(b chart.Box, c color.Color) {
	f.C.SetColor(c)
	canvas.FillBox(f.C, canvas.Rect{Min: canvas.Point{X: float64(b.Left), Y: float64(b.Top)}, Max: canvas.Point{X: float64(b.Right), Y: float64(b.Bottom)}}, 0)
}
