package charts

import (
	"math"
	"strconv"
	"strings"

	"github.com/aicamps/aicamps/data"
)

// number writes v with at most three significant digits and no trailing
// zeros: 38, 14.4, 1.6, 0.33.
func number(v float64) string {
	a := math.Abs(v)
	if a >= 1e15 {
		// Beyond any real figure (1e300 is valid JSON): "1e+288", not a
		// 289-digit label that squeezes the bars to negative widths.
		return strconv.FormatFloat(v, 'g', 3, 64)
	}
	prec := 0
	switch {
	case a == 0 || a >= 100:
		prec = 0
	case a >= 10:
		prec = 1
	default:
		prec = 2
	}
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// formatValue writes a figure in its unit, for tick labels and for the value
// printed on a bar: $100B (zh 1000亿美元), 25%, 6 GW, 20 mo, 10×, 500K.
func formatValue(v float64, unit, lang string) string {
	switch unit {
	case data.UnitUSD:
		if lang == "zh" { // Chinese counts money in 亿 (1e8) and 万亿 (1e12)
			return scaled(v, []suffix{{1e12, "万亿美元"}, {1e8, "亿美元"}, {1e4, "万美元"}, {1, "美元"}})
		}
		return "$" + scaled(v, []suffix{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}})
	case data.UnitPercent:
		return number(v) + "%"
	case data.UnitMonths:
		if lang == "zh" {
			return number(v) + " 个月"
		}
		return number(v) + " mo"
	case data.UnitMultiple:
		return number(v) + "×"
	case data.UnitGW:
		return number(v) + " GW"
	case data.UnitCount:
		return scaled(v, []suffix{{1e9, "B"}, {1e6, "M"}, {1e3, "K"}})
	}
	return number(v)
}

type suffix struct {
	div  float64
	name string
}

func scaled(v float64, sfx []suffix) string {
	for _, s := range sfx {
		if math.Abs(v) >= s.div {
			return number(v/s.div) + s.name
		}
	}
	return number(v)
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
