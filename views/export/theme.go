package export

import (
	"fmt"

	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Theme is the colours of a picture. Camp colours come from the data and stay
// the same in every theme.
type Theme struct {
	Name       string
	Background drawing.Color
	Surface    drawing.Color // panels, legend boxes
	Text       drawing.Color
	Muted      drawing.Color // subtitles, footers, axis labels
	Grid       drawing.Color
	Neutral    drawing.Color // companies in no camp
	// Palette is for series without a colour of their own: Okabe–Ito, which
	// stays distinguishable for colour-blind viewers.
	Palette []drawing.Color
}

var okabeIto = []drawing.Color{
	drawing.ColorFromHex("0072B2"), drawing.ColorFromHex("D55E00"), drawing.ColorFromHex("009E73"),
	drawing.ColorFromHex("CC79A7"), drawing.ColorFromHex("E69F00"), drawing.ColorFromHex("56B4E9"),
	drawing.ColorFromHex("F0E442"), drawing.ColorFromHex("999999"),
}

// Light is the default theme, for slides on white.
var Light = Theme{
	Name:       "light",
	Background: drawing.ColorFromHex("FFFFFF"),
	Surface:    drawing.ColorFromHex("F3F4F6"),
	Text:       drawing.ColorFromHex("1F2430"),
	Muted:      drawing.ColorFromHex("5B6275"),
	Grid:       drawing.ColorFromHex("DADDE3"),
	Neutral:    drawing.ColorFromHex("8A8F9C"),
	Palette:    okabeIto,
}

// Dark is for dark slides and the dark GUI theme.
var Dark = Theme{
	Name:       "dark",
	Background: drawing.ColorFromHex("1B1E26"),
	Surface:    drawing.ColorFromHex("262A35"),
	Text:       drawing.ColorFromHex("E8EAF0"),
	Muted:      drawing.ColorFromHex("A3A9B8"),
	Grid:       drawing.ColorFromHex("3A3F4C"),
	Neutral:    drawing.ColorFromHex("8A8F9C"),
	Palette:    okabeIto,
}

// ThemeNamed returns "light" or "dark".
func ThemeNamed(name string) (Theme, error) {
	switch name {
	case "light", "":
		return Light, nil
	case "dark":
		return Dark, nil
	}
	return Theme{}, fmt.Errorf("unknown theme %q (want light or dark)", name)
}

// Color parses a "#rrggbb" colour from the data, or returns fallback.
func Color(hex string, fallback drawing.Color) drawing.Color {
	if len(hex) == 7 && hex[0] == '#' {
		return drawing.ColorFromHex(hex[1:])
	}
	return fallback
}
