package timeline

import (
	"math"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/aicamps/aicamps/views/export"
)

// measurer measures and fits the text of one layout, each string once: rows
// are packed twice (with dates, then compact), and measuring was a quarter
// of a 2,000-event frame. On a PNG it also keeps each glyph's outline
// bounds, the costly part of go-chart's measure, and gives the same widths.
type measurer struct {
	r      chart.Renderer
	width  map[textKey]int
	fit    map[textKey]string
	glyphs map[glyphKey]glyphBox // nil: not a PNG, ask the renderer
	buf    truetype.GlyphBuf
}

type textKey struct {
	s     string
	size  float64
	width int
}

type glyphKey struct {
	i     truetype.Index
	scale fixed.Int26_6
}

// glyphBox is a glyph's outline bounds (ink: false for a space) and advance.
type glyphBox struct {
	ink                   bool
	left, top, right, bot float64
	advance               float64
}

func newMeasurer(r chart.Renderer) *measurer {
	m := &measurer{r: r, width: map[textKey]int{}, fit: map[textKey]string{}}
	if export.Pixels(r) != nil {
		m.glyphs = map[glyphKey]glyphBox{}
	}
	return m
}

// Width is export.MeasureText(r, s, size), remembered.
func (m *measurer) Width(s string, size float64) int {
	k := textKey{s: s, size: size}
	if w, ok := m.width[k]; ok {
		return w
	}
	w, ok := m.rasterWidth(s, size)
	if !ok {
		w = export.MeasureText(m.r, s, size)
	}
	m.width[k] = w
	return w
}

// Fit is export.Fit(r, s, size, width), remembered; a text that fits as it
// is costs one measure.
func (m *measurer) Fit(s string, size float64, width int) string {
	k := textKey{s, size, width}
	if v, ok := m.fit[k]; ok {
		return v
	}
	v := s
	if m.Width(s, size) > width {
		v = export.Fit(m.r, s, size, width)
	}
	m.fit[k] = v
	return v
}

// rasterWidth repeats go-chart's PNG measure (GetStringBounds, then
// rasterRenderer.MeasureText's normalisation) with cached glyph bounds.
func (m *measurer) rasterWidth(s string, size float64) (int, bool) {
	if m.glyphs == nil || s == "" {
		return 0, false
	}
	f := export.Font()
	scale := fixed.Int26_6(size * m.r.GetDPI())
	left, right := math.MaxFloat64, 0.0
	top := math.MaxFloat64
	cursor := 0.0
	prev, hasPrev := truetype.Index(0), false
	for _, rc := range s {
		i := f.Index(rc)
		if hasPrev {
			cursor += units(f.Kern(scale, prev, i))
		}
		g, ok := m.glyphs[glyphKey{i, scale}]
		if !ok {
			if err := m.buf.Load(f, scale, i, font.HintingNone); err != nil {
				return 0, false
			}
			g = glyphBox{left: math.MaxFloat64, top: math.MaxFloat64, right: -math.MaxFloat64, bot: -math.MaxFloat64}
			e0 := 0
			for _, e1 := range m.buf.Ends {
				for _, p := range m.buf.Points[e0:e1] {
					x, y := units(p.X), -units(p.Y)
					g.ink = true
					g.left, g.right = math.Min(g.left, x), math.Max(g.right, x)
					g.top, g.bot = math.Min(g.top, y), math.Max(g.bot, y)
				}
				e0 = e1
			}
			g.advance = units(f.HMetric(scale, i).AdvanceWidth)
			m.glyphs[glyphKey{i, scale}] = g
		}
		if g.ink {
			// min(x+cursor) is min(x)+cursor: rounding keeps the order.
			left = math.Min(left, g.left+cursor)
			right = math.Max(right, g.right+cursor)
			top = math.Min(top, g.top)
		}
		cursor += g.advance
		prev, hasPrev = i, true
	}
	if top == math.MaxFloat64 { // no ink at all (spaces): let go-chart say
		return 0, false
	}
	l, r := left, right
	if l < 0 {
		r -= l
	} else if l > 0 {
		r += l
	}
	return chart.AbsInt(int(math.Ceil(r))), true
}

// units is go-chart's fUnitsToFloat64, to the bit.
func units(x fixed.Int26_6) float64 {
	scaled := x << 2
	return float64(scaled/256) + float64(scaled%256)/256.0
}

// inkBelow is how far the outlines of s reach under the baseline at size,
// in pixels (0 when nothing descends).
func inkBelow(r chart.Renderer, s string, size float64) float64 {
	f := export.Font()
	scale := fixed.Int26_6(size * r.GetDPI())
	var buf truetype.GlyphBuf
	below := 0.0
	for _, rc := range s {
		if err := buf.Load(f, scale, f.Index(rc), font.HintingNone); err != nil {
			continue
		}
		for _, p := range buf.Points {
			below = math.Max(below, -units(p.Y))
		}
	}
	return below
}
