package timeline

import "github.com/aicamps/aicamps/views/export"

// measurer measures and fits the text of one layout, each string once: rows
// are packed twice (with dates, then compact), and Fit bisects.
type measurer struct {
	f     export.Frame // measures only: a font metric, the same on every canvas
	width map[textKey]int
	fit   map[textKey]string
}

type textKey struct {
	s     string
	size  float64
	width int
}

func newMeasurer() *measurer {
	return &measurer{width: map[textKey]int{}, fit: map[textKey]string{}}
}

// Width is Frame.MeasureText(s, size), remembered.
func (m *measurer) Width(s string, size float64) int {
	k := textKey{s: s, size: size}
	if w, ok := m.width[k]; ok {
		return w
	}
	w := m.f.MeasureText(s, size)
	m.width[k] = w
	return w
}

// Fit is Frame.Fit(s, size, width), remembered; a text that fits as it
// is costs one measure.
func (m *measurer) Fit(s string, size float64, width int) string {
	k := textKey{s, size, width}
	if v, ok := m.fit[k]; ok {
		return v
	}
	v := s
	if m.Width(s, size) > width {
		v = m.f.Fit(s, size, width)
	}
	m.fit[k] = v
	return v
}
