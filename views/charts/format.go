package charts

import (
	"math"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/figure"
)

// formatValue writes a figure in its unit, for tick labels and for the value
// printed on a bar: $100B (zh 1000亿美元), 25%, 6 GW, 20 mo, 10×, 500K.
func formatValue(v float64, unit, lang string) string {
	switch unit {
	case data.UnitUSD:
		return figure.Money(v, lang)
	case data.UnitPercent:
		return figure.Number(v) + "%"
	case data.UnitMonths:
		if lang == "zh" {
			return figure.Number(v) + " 个月"
		}
		return figure.Number(v) + " mo"
	case data.UnitMultiple:
		return figure.Number(v) + "×"
	case data.UnitGW:
		return figure.Number(v) + " GW"
	case data.UnitCount:
		return figure.Scaled(v, []figure.Suffix{{Div: 1e9, Name: "B"}, {Div: 1e6, Name: "M"}, {Div: 1e3, Name: "K"}})
	}
	return figure.Number(v)
}

// niceTicks returns tick values from 0 to at least max at a round step
// (1, 2 or 5 × 10^n), about n of them. Axes always start at 0: a bar that
// starts elsewhere exaggerates differences.
func niceTicks(max float64, n int) []float64 {
	if !(max > 0) || math.IsInf(max, 0) {
		max = 1
	}
	raw := max / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	var ticks []float64
	for i := 0; ; i++ {
		v := float64(i) * step
		ticks = append(ticks, v)
		if v >= max*(1-1e-9) {
			break
		}
	}
	return ticks
}
