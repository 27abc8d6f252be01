package network

import (
	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// textMemo remembers text widths and fitted strings by string: a label is
// measured several times a frame and Fit bisects, each a walk over the
// string's glyphs. The widget keeps one across frames (on the UI goroutine
// only, and the label placement it runs beside a big graph's painting); a
// Draw without one makes its own.
type textMemo struct {
	width map[memoKey]int
	fit   map[memoKey]string
	// The sums and camp index of the dataset last drawn: they depend on
	// the data alone, which is not changed once loaded.
	ds      *data.Dataset
	dsLens  [3]int // its companies, relations and camps, as a guard
	st      nodeStats
	campsOf map[string][]int
}

// dataIndex is stats(ds) and campIndex(ds), worked out once per dataset.
func (m *textMemo) dataIndex(ds *data.Dataset) (nodeStats, map[string][]int) {
	lens := [3]int{len(ds.Companies), len(ds.Relations), len(ds.Camps)}
	if m.ds != ds || m.dsLens != lens {
		m.ds, m.dsLens, m.st, m.campsOf = ds, lens, stats(ds), campIndex(ds)
	}
	return m.st, m.campsOf
}

type memoKey struct {
	s     string
	size  float64
	width int
}

// memoCap bounds the memo over a long session of resizes.
const memoCap = 20000

func newTextMemo() *textMemo {
	return &textMemo{width: map[memoKey]int{}, fit: map[memoKey]string{}}
}

func (m *textMemo) measure(f export.Frame, s string, size float64) int {
	k := memoKey{s: s, size: size}
	if w, ok := m.width[k]; ok {
		return w
	}
	if len(m.width) > memoCap { // sizes change with the window: start afresh
		clear(m.width)
	}
	w := f.MeasureText(s, size)
	m.width[k] = w
	return w
}

func (m *textMemo) fitText(f export.Frame, s string, size float64, width int) string {
	k := memoKey{s, size, width}
	if v, ok := m.fit[k]; ok {
		return v
	}
	if len(m.fit) > memoCap {
		clear(m.fit)
	}
	v := f.Fit(s, size, width)
	m.fit[k] = v
	return v
}
