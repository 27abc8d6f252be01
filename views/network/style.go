package network

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/figure"
	"github.com/aicamps/aicamps/views/words"
)

// edgeStyle is how a relation type is stroked.
type edgeStyle struct {
	Color  drawing.Color
	Dash   []float64 // in slide pixels; nil for solid
	Zigzag bool      // rivalry
	Break  bool      // rupture: a cut across the middle
}

// edgeStyles give each relation type its own colour and dash, so that the
// types stay apart in greyscale print too. Hostile ties are red. The hues
// keep clear of the camps' (blue, vermillion, bluish green, reddish purple:
// a hue names a camp, docs/ARCHITECTURE.md § Colour); TestEdgeHuesAreNotCamps.
var edgeStyles = map[string]edgeStyle{
	data.Investment:  {Color: drawing.ColorFromHex("5E8C1A")},
	data.Compute:     {Color: drawing.ColorFromHex("4A3FD1")},
	data.ChipSupply:  {Color: drawing.ColorFromHex("A08300"), Dash: []float64{12, 6}},
	data.Exclusive:   {Color: drawing.ColorFromHex("9B30C0"), Dash: []float64{14, 4, 3, 4}},
	data.Partnership: {Color: drawing.ColorFromHex("6B7280"), Dash: []float64{7, 6}},
	data.BoardSeat:   {Color: drawing.ColorFromHex("7A6F63"), Dash: []float64{2, 5}},
	data.Rivalry:     {Color: drawing.ColorFromHex("E03131"), Zigzag: true},
	data.Rupture:     {Color: drawing.ColorFromHex("C92A2A"), Dash: []float64{9, 6}, Break: true},
}

// RelationColors are the colours relations are stroked in, one per known
// type, for palettes made before the picture is drawn (the replay GIF's).
func RelationColors() []color.Color {
	out := make([]color.Color, len(data.RelationTypes))
	for i, t := range data.RelationTypes {
		out[i] = styleOf(t).Color
	}
	return out
}

func styleOf(typ string) edgeStyle {
	if s, ok := edgeStyles[typ]; ok {
		return s
	}
	return edgeStyle{Color: drawing.ColorFromHex("868E96")}
}

// uncertain statuses are drawn lighter and their labels end in "?".
func uncertain(s data.Status) bool {
	return s == data.Rumoured || s == data.Claimed || s == data.Forecast
}

// word is the view's own text key in lang, from assets/translations
// ("network." keys, or the views' shared "views." ones).
func word(key, lang string) string { return words.In(lang, "network", key) }

// ValueLabel is the short figure of a relation: "$38B", "6 GW",
// "$300B · 4.5 GW", or "" when it has none. Uncertain ones end in "?".
func ValueLabel(r data.Relation, lang string) string {
	var parts []string
	if r.ValueUSD != nil && *r.ValueUSD > 0 {
		parts = append(parts, Money(*r.ValueUSD, lang))
	}
	for _, q := range r.Capacity {
		parts = append(parts, Quantity(q, lang))
	}
	s := strings.Join(parts, " · ")
	if s != "" && uncertain(r.Status) {
		s += "?"
	}
	return s
}

// Quantity is "6 GW", "500k GPU" or "50万 GPU".
func Quantity(q data.Quantity, lang string) string {
	a := q.Amount
	switch {
	case lang == "zh" && a >= 1e8:
		return figure.Number(a/1e8) + "亿 " + q.Unit
	case lang == "zh" && a >= 1e4:
		return figure.Number(a/1e4) + "万 " + q.Unit
	case lang != "zh" && a >= 1e6:
		return figure.Number(a/1e6) + "M " + q.Unit
	case lang != "zh" && a >= 1e4:
		return figure.Number(a/1e3) + "k " + q.Unit
	}
	return figure.Number(a) + " " + q.Unit
}

// Money formats dollars briefly: "$38B"; in Chinese "380亿美元".
func Money(v float64, lang string) string { return figure.Money(v, lang) }

func sprintf(key, lang string, a ...any) string { return fmt.Sprintf(word(key, lang), a...) }
