package export

import (
	"image"
	"io"
	"math"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/math/fixed"
)

// NewPNG returns a PNG renderer of w×h transparent pixels at 72 DPI (font
// sizes are pixels), as Render and Image use: go-chart's raster renderer,
// except that upright text in the bundled font is drawn from a shared glyph
// cache straight into the pixels (go-chart outlines and rasterises every
// glyph of every string again). Sizes, positions and MeasureText are go-chart's.
// Export.Pixels gives its picture.
func NewPNG(w, h int) chart.Renderer {
	inner, _ := chart.PNG(max(w, 1), max(h, 1))
	inner.SetDPI(72)
	var iw chart.ImageWriter
	_ = inner.Save(&iw) // hands over the pixels, no encoding
	img, _ := iw.Image()
	return &pngRenderer{Renderer: inner, img: img.(*image.RGBA), dpi: 72}
}

// pngRenderer mirrors the text state go-chart's raster renderer keeps, so it
// can take over Text and MeasureText when the text is upright.
type pngRenderer struct {
	chart.Renderer
	img     *image.RGBA
	font    *truetype.Font
	size    float64
	color   drawing.Color
	dpi     float64
	rotated bool
}

func (p *pngRenderer) ResetStyle() {
	p.Renderer.ResetStyle() // keeps the font, as go-chart does
	p.size, p.color, p.rotated = 0, drawing.Color{}, false
}

func (p *pngRenderer) SetDPI(dpi float64) { p.dpi = dpi; p.Renderer.SetDPI(dpi) }
func (p *pngRenderer) SetFont(f *truetype.Font) {
	p.font = f
	p.Renderer.SetFont(f)
}
func (p *pngRenderer) SetFontSize(s float64) { p.size = s; p.Renderer.SetFontSize(s) }
func (p *pngRenderer) SetFontColor(c drawing.Color) {
	p.color = c
	p.Renderer.SetFontColor(c)
}
func (p *pngRenderer) SetTextRotation(rad float64) {
	p.rotated = true
	p.Renderer.SetTextRotation(rad)
}
func (p *pngRenderer) ClearTextRotation() {
	p.rotated = false
	p.Renderer.ClearTextRotation()
}

// cached says whether the glyph cache draws the current text: upright, in
// the bundled font. Anything else goes through go-chart.
func (p *pngRenderer) cached() bool { return !p.rotated && p.font != nil && p.font == Font() }

// scale is go-chart's glyph scale for the current size (RasterGraphicContext.recalc).
func (p *pngRenderer) scale() fixed.Int26_6 { return fixed.Int26_6(p.size * p.dpi) }

func (p *pngRenderer) Text(body string, x, y int) {
	if !p.cached() {
		p.Renderer.Text(body, x, y)
		return
	}
	glyphs().draw(p.img, body, x, y, p.scale(), p.color)
}

// MeasureText is go-chart's rasterRenderer.MeasureText on cached glyph bounds.
func (p *pngRenderer) MeasureText(body string) chart.Box {
	if !p.cached() {
		return p.Renderer.MeasureText(body)
	}
	l, t, r, b := glyphs().bounds(body, p.scale())
	if l < 0 {
		r = r - l
		l = 0
	}
	if t < 0 {
		b = b - t
		t = 0
	}
	if l > 0 {
		r = r + l
		l = 0
	}
	if t > 0 {
		b = b + t
		t = 0
	}
	return chart.Box{Top: int(math.Ceil(t)), Left: int(math.Ceil(l)), Right: int(math.Ceil(r)), Bottom: int(math.Ceil(b))}
}

// Save hands the pixels to an RGBACollector, or writes them with EncodePNG.
func (p *pngRenderer) Save(w io.Writer) error {
	if c, ok := w.(chart.RGBACollector); ok {
		c.SetRGBA(p.img)
		return nil
	}
	return EncodePNG(w, p.img)
}
