// Package figure writes numbers the way every view prints them: three
// significant digits, and money in each language's own units.
package figure

import (
	"math"
	"strconv"
	"strings"
)

// Number writes v with at most three significant digits and no trailing
// zeros: 38, 14.4, 1.6, 0.33.
func Number(v float64) string {
	a := math.Abs(v)
	if a >= 1e15 {
		// Beyond any real figure (1e300 is valid JSON): "1e+288", not a
		// 289-digit label that breaks every layout it lands in.
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

// Suffix is a unit a number is divided into: {1e9, "B"}.
type Suffix struct {
	Div  float64
	Name string
}

// Scaled writes v in the largest of sfx (largest first) it reaches.
func Scaled(v float64, sfx []Suffix) string {
	for _, s := range sfx {
		if math.Abs(v) >= s.Div {
			return Number(v/s.Div) + s.Name
		}
	}
	return Number(v)
}

var (
	// Chinese counts money in 亿 (1e8) and 万亿 (1e12).
	moneyZh = []Suffix{{1e12, "万亿美元"}, {1e8, "亿美元"}, {1e4, "万美元"}, {1, "美元"}}
	moneyEn = []Suffix{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}}
)

// Money writes US dollars briefly: "$38B", "$1.5T", "$800M"; in Chinese
// "380亿美元".
func Money(v float64, lang string) string {
	if lang == "zh" {
		return Scaled(v, moneyZh)
	}
	return "$" + Scaled(v, moneyEn)
}
