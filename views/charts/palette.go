package charts

import (
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/views/export"
)

// The colour rule (docs/ARCHITECTURE.md, "Colour"): a hue names a camp and
// nothing else. A chart that compares camps (or deals, by camp) paints them
// in the camps' colours from the data; a chart that compares anything else
// (relation types, clouds, chip makers, statuses) paints it in shades of
// the neutral palette below, greys that share no camp's hue; certainty is
// hatching, lightness and "?", never a colour of its own.

// neutralLight and neutralDark are the neutral palette's lightness steps
// on light and dark slides, ordered so that neighbours contrast.
var (
	neutralLight = []uint8{60, 160, 105, 200, 40, 135, 180, 85}
	neutralDark  = []uint8{225, 140, 185, 100, 245, 160, 120, 205}
)

// neutralPalette is the theme's neutral shades: near-greys with the faint
// cool cast of the themes' own greys, far below any camp's saturation.
func neutralPalette(th export.Theme) []drawing.Color {
	steps := neutralLight
	if th.Name == export.Dark.Name {
		steps = neutralDark
	}
	out := make([]drawing.Color, len(steps))
	for i, l := range steps {
		out[i] = drawing.Color{R: sub(l, 4), G: sub(l, 2), B: add(l, 4), A: 255}
	}
	return out
}

func sub(v, d uint8) uint8 { return max(v, d) - d }
func add(v, d uint8) uint8 { return uint8(min(int(v)+int(d), 255)) }
