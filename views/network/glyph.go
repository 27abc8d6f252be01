package network

import (
	"image"
	"math"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/aicamps/aicamps/views/export"
)

// facesCap bounds the glyph faces a memo keeps (one per text size; sizes
// change with the window).
const facesCap = 16

// face is the bundled font at size pixels with its own glyph cache: go-chart
// rasterises every glyph's outline at every call, which was a fifth of a
// 1,000-company frame; a cached glyph is one masked copy.
func (m *textMemo) face(size float64) font.Face {
	if f, ok := m.faces[size]; ok {
		return f
	}
	if m.faces == nil || len(m.faces) >= facesCap {
		m.faces = map[float64]font.Face{}
	}
	// Unhinted and placed to a quarter pixel, as go-chart draws it, and at
	// its scale: go-chart loads glyphs at size×DPI in 26.6 units, so a
	// "size 17" glyph is 17×72/64 pixels to the em.
	ppem := float64(fixed.Int26_6(size*72)) / 64
	f := truetype.NewFace(export.Font(), &truetype.Options{Size: ppem, DPI: 72, Hinting: font.HintingNone, GlyphCacheEntries: 1024, SubPixelsX: 4, SubPixelsY: 1})
	m.faces[size] = f
	return f
}

// drawText is export.Text, through the memo's glyph cache when the frame
// draws into pixels.
func drawText(f export.Frame, m *textMemo, s string, x, y int, size float64, c drawing.Color) {
	img := pixelsOf(f.R)
	if img == nil || m == nil || f.R.GetDPI() != 72 {
		export.Text(f.R, s, x, y, size, c)
		return
	}
	if c.A == 0 || s == "" {
		return
	}
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: m.face(size), Dot: fixed.P(x, y)}
	d.DrawString(s)
}

// glyphKey is a glyph at a go-chart font scale.
type glyphKey struct {
	scale fixed.Int26_6
	index truetype.Index
}

// glyphBox is a glyph's outline bounds and advance, as go-chart measures
// them (pixels, y down).
type glyphBox struct {
	points                 bool
	minX, maxX, minY, maxY float64
	adv                    fixed.Int26_6
}

// metrics measures text as go-chart's raster renderer does, to the pixel,
// but loads each glyph's outline once per frame rather than at every call
// (Fit and Wrap measure a name many times).
type metrics struct {
	font    *truetype.Font
	size    float64
	rotated bool
	glyphs  map[glyphKey]glyphBox
	buf     truetype.GlyphBuf
}

func (p *pixRenderer) ResetStyle() {
	p.m.size, p.m.rotated = 0, false
	p.Renderer.ResetStyle()
}

func (p *pixRenderer) SetFont(f *truetype.Font) {
	p.m.font = f
	p.Renderer.SetFont(f)
}

func (p *pixRenderer) SetFontSize(size float64) {
	p.m.size = size
	p.Renderer.SetFontSize(size)
}

func (p *pixRenderer) SetTextRotation(radians float64) {
	p.m.rotated = true
	p.Renderer.SetTextRotation(radians)
}

func (p *pixRenderer) ClearTextRotation() {
	p.m.rotated = false
	p.Renderer.ClearTextRotation()
}

// MeasureText is go-chart's (GetStringBounds, then its box), from cached
// glyph bounds.
func (p *pixRenderer) MeasureText(s string) chart.Box {
	m := &p.m
	if m.font == nil || m.rotated {
		return p.Renderer.MeasureText(s)
	}
	scale := fixed.Int26_6(m.size * p.Renderer.GetDPI())
	if m.glyphs == nil {
		m.glyphs = map[glyphKey]glyphBox{}
	}
	l, t, r, b := math.MaxFloat64, math.MaxFloat64, 0.0, 0.0
	cursor := 0.0
	prev, hasPrev := truetype.Index(0), false
	for _, rc := range s {
		index := m.font.Index(rc)
		if hasPrev {
			cursor += fUnits(m.font.Kern(scale, prev, index))
		}
		k := glyphKey{scale, index}
		g, ok := m.glyphs[k]
		if !ok {
			if err := m.buf.Load(m.font, scale, index, font.HintingNone); err != nil {
				return p.Renderer.MeasureText(s)
			}
			g = glyphBox{minX: math.MaxFloat64, minY: math.MaxFloat64, maxX: -math.MaxFloat64, maxY: -math.MaxFloat64}
			e0 := 0
			for _, e1 := range m.buf.Ends {
				for _, pt := range m.buf.Points[e0:e1] {
					x, y := fUnits(pt.X), -fUnits(pt.Y)
					g.points = true
					g.minX, g.maxX = math.Min(g.minX, x), math.Max(g.maxX, x)
					g.minY, g.maxY = math.Min(g.minY, y), math.Max(g.maxY, y)
				}
				e0 = e1
			}
			g.adv = m.font.HMetric(scale, index).AdvanceWidth
			m.glyphs[k] = g
		}
		if g.points {
			t, b = math.Min(t, g.minY), math.Max(b, g.maxY)
			l, r = math.Min(l, g.minX+cursor), math.Max(r, g.maxX+cursor)
		}
		cursor += fUnits(g.adv)
		prev, hasPrev = index, true
	}
	if l < 0 {
		r -= l
		l = 0
	}
	if t < 0 {
		b -= t
		t = 0
	}
	if l > 0 {
		r += l
		l = 0
	}
	if t > 0 {
		b += t
		t = 0
	}
	return chart.Box{Top: int(math.Ceil(t)), Left: int(math.Ceil(l)), Right: int(math.Ceil(r)), Bottom: int(math.Ceil(b))}
}

// fUnits is go-chart's conversion of a 26.6 length to pixels.
func fUnits(x fixed.Int26_6) float64 {
	scaled := x << 2
	return float64(scaled/256) + float64(scaled%256)/256.0
}
