package charts

import (
	"io"
	"strings"
	"unicode"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/views/export"
)

// This file owns go-chart. Its defects, and what we do about them:
//   - it renders a whole picture of its own: inBox hands it a renderer that
//     draws into the frame's box and does not save;
//   - its default font (Roboto) has no CJK glyphs: every font it sets becomes
//     the bundled one;
//   - it fails when all bar values are equal and starts axes at the minimum:
//     vbars always passes a range from 0 and its own ticks;
//   - it formats ticks with %.2f: ticks come labelled in the chart's unit;
//   - it wraps bar labels only at spaces, so Chinese labels vanished: bar
//     labels are drawn by us with Frame.Wrap;
//   - its SVG text was not escaped and had no size: export.Render fixes both.

// boxed is a renderer whose origin is a box's top-left corner.
type boxed struct {
	chart.Renderer
	dx, dy int
}

// inBox is a RendererProvider that draws a go-chart chart into f's box b.
func inBox(f export.Frame, b chart.Box) chart.RendererProvider {
	return func(int, int) (chart.Renderer, error) { return boxed{f.Chart(), b.Left, b.Top}, nil }
}

func (r boxed) MoveTo(x, y int) { r.Renderer.MoveTo(x+r.dx, y+r.dy) }
func (r boxed) LineTo(x, y int) { r.Renderer.LineTo(x+r.dx, y+r.dy) }
func (r boxed) QuadCurveTo(cx, cy, x, y int) {
	r.Renderer.QuadCurveTo(cx+r.dx, cy+r.dy, x+r.dx, y+r.dy)
}
func (r boxed) ArcTo(cx, cy int, rx, ry, start, delta float64) {
	r.Renderer.ArcTo(cx+r.dx, cy+r.dy, rx, ry, start, delta)
}
func (r boxed) Circle(radius float64, x, y int) { r.Renderer.Circle(radius, x+r.dx, y+r.dy) }
func (r boxed) Text(body string, x, y int)      { r.Renderer.Text(body, x+r.dx, y+r.dy) }

// SetFont ignores go-chart's choice: only the bundled font has every glyph.
func (r boxed) SetFont(*truetype.Font) { r.Renderer.SetFont(export.Font()) }

// SetDPI is the frame's (72, so font sizes are pixels), not the chart's.
func (r boxed) SetDPI(float64) {}

// Save does nothing: the frame's owner writes the whole picture once.
func (r boxed) Save(io.Writer) error { return nil }

// palette gives go-chart the theme's colours; backgrounds stay transparent
// because the frame has painted its own.
type palette struct{ th export.Theme }

func (p palette) BackgroundColor() drawing.Color       { return chart.ColorTransparent }
func (p palette) BackgroundStrokeColor() drawing.Color { return chart.ColorTransparent }
func (p palette) CanvasColor() drawing.Color           { return chart.ColorTransparent }
func (p palette) CanvasStrokeColor() drawing.Color     { return chart.ColorTransparent }
func (p palette) AxisStrokeColor() drawing.Color       { return p.th.Muted }
func (p palette) TextColor() drawing.Color             { return p.th.Text }
func (p palette) GetSeriesColor(i int) drawing.Color   { return p.th.Palette[i%len(p.th.Palette)] }

// barGeometry is go-chart's own arithmetic for where bar i stands
// (BarChart.calculateScaledTotalWidth), so labels land on their bars.
func barGeometry(n, barWidth, spacing int, canvas chart.Box) (width, space int) {
	space = spacing
	if n*(barWidth+spacing) > canvas.Width() {
		space = 0
		if less := canvas.Width() - n*barWidth; less > 0 {
			space = (less + n - 1) / n
		}
	}
	width = barWidth
	if n*(barWidth+space) > canvas.Width() {
		width = 0
		if less := canvas.Width() - n*space; less > 0 {
			width = (less + n - 1) / n
		}
	}
	return width, space
}

// vbars draws one vertical bar per figure with go-chart's BarChart.
func vbars(f export.Frame, box chart.Box, s spec) error {
	n := len(s.Bars)
	th := f.Theme
	labelSize, valueSize, tickSize := f.Px(21), f.Px(22), f.Px(18)

	maxV := 0.0
	for _, b := range s.Bars {
		maxV = max(maxV, b.total())
	}
	tv := niceTicks(maxV, 5)
	top := tv[len(tv)-1]
	ticks := make([]chart.Tick, len(tv))
	tickW := 0
	for i, v := range tv {
		ticks[i] = chart.Tick{Value: v, Label: formatValue(v, s.Unit, f.Lang)}
		tickW = max(tickW, f.MeasureText(ticks[i].Label, tickSize))
	}

	// Slots share the width left of the axis labels; labels wrap inside them.
	axisW := tickW + chart.DefaultYAxisMargin + 2
	slot := (box.Width() - axisW - 2) / n
	barW := min(int(float64(slot)*0.62), int(f.Px(180)))
	// In narrow slots the labels shrink until their longest word fits (down
	// to 45%, 9 px at least), so words do not run into the neighbour's label;
	// then they wrap onto as many lines as they need: the chart gives them
	// the room, none is cut (issue 17, finding 9).
	room := slot - int(f.Px(12))
	if word := longestWord(f, s.Bars, labelSize); word > room && word > 0 {
		floor := max(labelSize*0.45, 9)
		labelSize = max(floor, labelSize*float64(room)/float64(word))
		for labelSize > floor && longestWord(f, s.Bars, labelSize) > room { // widths round to pixels
			labelSize = max(floor, labelSize-0.5)
		}
	}
	lines := make([][]string, n)
	maxLines := 1
	for i, b := range s.Bars {
		lines[i] = f.Wrap(b.Label, labelSize, room, 0)
		maxLines = max(maxLines, len(lines[i]))
	}
	texts, valueSizes := valueLabels(f, s, valueSize, slot-int(f.Px(10)))
	lineH := labelSize * 1.25
	labelH := int(float64(maxLines)*lineH + f.Px(18))

	values := make([]chart.Value, n)
	for i, b := range s.Bars {
		c := colorOf(th, b.Parts[0].Paint)
		values[i] = chart.Value{Value: b.total(), Style: chart.Style{FillColor: c, StrokeColor: c, StrokeWidth: 1}}
	}
	axis := chart.Style{FontSize: tickSize, FontColor: th.Muted, StrokeColor: th.Muted, StrokeWidth: 1}

	bc := chart.BarChart{
		Width: box.Width(), Height: box.Height(), DPI: 72,
		Font:         export.Font(),
		ColorPalette: palette{th},
		// go-chart reserves the bottom padding twice (once as padding, once as
		// the room it thinks the x axis needs), so ask for half.
		Background: chart.Style{Padding: chart.Box{Top: int(valueSize * 1.8), Left: int(f.Px(6)), Right: 1, Bottom: (labelH + chart.DefaultVerticalTickHeight) / 2, IsSet: true}},
		BarWidth:   barW,
		BarSpacing: slot - barW,
		XAxis:      axis,
		YAxis: chart.YAxis{
			AxisType: chart.YAxisSecondary,
			Range:    &chart.ContinuousRange{Min: 0, Max: top},
			Ticks:    ticks,
			Style:    axis,
		},
		Bars: values,
		Elements: []chart.Renderable{func(r chart.Renderer, canvas chart.Box, _ chart.Style) {
			w, sp := barGeometry(n, barW, slot-barW, canvas)
			yr := chart.ContinuousRange{Min: 0, Max: top, Domain: canvas.Height()}
			for i, b := range s.Bars {
				left := canvas.Left + i*(w+sp) + sp/2
				bb := chart.NewBox(canvas.Bottom-yr.Translate(b.total()), left, left+w, canvas.Bottom)
				p := b.Parts[0]
				if p.marked() {
					hatch(r, bb, th, f.Px(14), f.Px(3))
				}
				// go-chart's coordinates start at the box's corner; the frame's at the picture's.
				vw := f.MeasureText(texts[i], valueSizes[i])
				f.Text(texts[i], box.Left+left+w/2-vw/2, box.Top+bb.Top-int(f.Px(10)), valueSizes[i], th.Text)
				cx := box.Left + canvas.Left + i*(w+sp) + (w+sp)/2
				for j, l := range lines[i] {
					lw := f.MeasureText(l, labelSize)
					f.Text(l, cx-lw/2, box.Top+canvas.Bottom+int(f.Px(12)+labelSize+float64(j)*lineH), labelSize, th.Text)
				}
			}
		}},
	}
	return bc.Render(inBox(f, box), io.Discard)
}

// valueLabels are the figures above the bars and their sizes, each fitting
// its slot less a gap, so neighbours never touch. In a narrow slot the size
// shrinks; below 70% the status tag goes (hatching and legend still say it).
func valueLabels(f export.Frame, s spec, size float64, room int) ([]string, []float64) {
	texts, sizes := make([]string, len(s.Bars)), make([]float64, len(s.Bars))
	for i, b := range s.Bars {
		texts[i], sizes[i] = valueLabel(f.Lang, s.Unit, b.total(), b.Parts[0]), size
		if f.MeasureText(texts[i], size*0.7) > room {
			texts[i] = formatValue(b.total(), s.Unit, f.Lang)
		}
		for sizes[i] > 6 && f.MeasureText(texts[i], sizes[i]) > room { // widths round to pixels
			sizes[i] = max(6, min(sizes[i]-0.5, sizes[i]*float64(room)/float64(f.MeasureText(texts[i], sizes[i]))))
		}
	}
	return texts, sizes
}

// longestWord is the width of the widest space-separated word of the bar
// labels (a CJK run breaks anywhere, so it counts one rune at a time only
// through Frame.Wrap; here it is measured whole, which errs on the safe side
// only for Latin words, the ones that cannot break).
func longestWord(f export.Frame, bars []bar, size float64) int {
	w := 0
	for _, b := range bars {
		for _, word := range strings.FieldsFunc(strings.NewReplacer("-", "- ", "–", "– ").Replace(b.Label), unicode.IsSpace) {
			if isLatin(word) {
				w = max(w, f.MeasureText(word, size))
			}
		}
	}
	return w
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > 0x2FFF {
			return false
		}
	}
	return true
}
