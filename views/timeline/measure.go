package timeline

import (
	"github.com/wcharczuk/go-chart/v2"

	"github.com/aicamps/aicamps/views/export"
)

// measurer measures and fits the text of one layout, each string once: rows
// are packed twice (with dates, then compact), and Fit bisects. The glyphs
// themselves come from the renderer (on a PNG, export's glyph cache).
type measurer struct {
	r     chart.Renderer
	width map[textKey]int
	fit   map[textKey]string
}

type textKey struct {
	s     string
	size  float64
	width int
}

func newMeasurer(r chart.Renderer) *measurer {
	return &measurer{r: r, width: map[textKey]int{}, fit: map[textKey]string{}}
}

// Width is export.MeasureText(r, s, size), remembered.
func (m *measurer) Width(s string, size float64) int {
	k := textKey{s: s, size: size}
	if w, ok := m.width[k]; ok {
		return w
	}
	w := export.MeasureText(m.r, s, size)
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
