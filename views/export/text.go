package export

import (
	"image/color"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aicamps/aicamps/views/canvas"
)

// Face is the bundled font at a text size as the views give it: go-chart's
// raster size (size×72/64 pixels, 12.5% over the asked size), which the
// screen and the PNGs were designed on, so every backend sets it.
func Face(size float64) canvas.Face {
	return canvas.Face{Font: CanvasFont(), Size: size * 72 / 64}
}

// Text draws one line with its baseline at y, in the bundled font, on the
// frame's canvas.
func (f Frame) Text(s string, x, y int, size float64, c color.Color) {
	drawText(f.C, s, x, y, size, c)
}

func drawText(c canvas.Canvas, s string, x, y int, size float64, col color.Color) {
	if s == "" {
		return
	}
	c.SetColor(col)
	c.Text(Face(size), float64(x), float64(y), canvas.Start, s)
}

// MeasureText is the width in pixels of s at size: the box of its glyphs'
// outline points from the pen's start, rounded up, as go-chart's raster
// renderer measured the layouts the views were designed on.
func (Frame) MeasureText(s string, size float64) int { return measure(s, size) }

// Fit shortens s with "…" until it fits in width pixels (see fit).
func (Frame) Fit(s string, size float64, width int) string { return fit(s, size, width) }

// Wrap breaks s into lines no wider than width (see wrap).
func (Frame) Wrap(s string, size float64, width, maxLines int) []string {
	return wrap(s, size, width, maxLines)
}

// InkBelow is how far the outlines of s at size reach under the baseline,
// in pixels (0 when nothing descends): a font metric, the same for every
// backend.
func (Frame) InkBelow(s string, size float64) float64 {
	_, _, _, below := Face(size).Ink(s)
	return below
}

func measure(s string, size float64) int {
	left, _, right, _ := Face(size).Ink(s)
	// go-chart's normalisation: the box starts at 0 and grows by any offset.
	return int(math.Ceil(right + math.Abs(left)))
}

// fit shortens s with "…" until it fits in width pixels. It never returns
// "" for a non-empty s.
func fit(s string, size float64, width int) string {
	runes := []rune(s)
	// Widths grow with the prefix: double a prefix until it alone overflows,
	// so that a 10,000-character name costs what its visible part does.
	hi := 64
	for hi < len(runes) && measure(string(runes[:hi]), size) <= width {
		hi *= 2
	}
	if hi >= len(runes) {
		if measure(s, size) <= width {
			return s
		}
		hi = len(runes)
	}
	lo := 0 // the longest prefix that fits, by bisection
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(ellipsis(runes[:mid]), size) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		// Not even one character fits: keep the first rather than let the
		// label vanish (a little overflow beats a missing name).
		if len(runes) == 1 {
			return s
		}
		lo = 1
	}
	return ellipsis(runes[:lo])
}

// ellipsis ends a cut text. The bundled font draws "…" centred, as Chinese
// wants it, so Latin text gets "..." on the baseline instead.
func ellipsis(prefix []rune) string {
	s := strings.TrimRightFunc(string(prefix), unicode.IsSpace)
	if r := []rune(s); len(r) > 0 && isCJK(r[len(r)-1]) {
		return s + "…"
	}
	return s + "..."
}

// wrap breaks s into lines no wider than width, at spaces for Latin text
// and between any two CJK characters (go-chart breaks only at spaces, so
// long Chinese labels vanished). With maxLines > 0 the last line is Fit.
//
// The lines are balanced: as many as filling each line would take, each
// as short as that many allow, so that a label does not end in one
// character alone ("…100 亿美" / "元").
func wrap(s string, size float64, width, maxLines int) []string {
	lines := wrapGreedy(s, size, width, maxLines)
	if len(lines) < 2 || !whole(lines, s) {
		return lines
	}
	// The narrowest width that keeps the count and every character.
	lo, hi := 1, width
	for lo < hi {
		mid := (lo + hi) / 2
		if l := wrapGreedy(s, size, mid, maxLines); len(l) == len(lines) && whole(l, s) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return wrapGreedy(s, size, hi, maxLines)
}

// whole reports whether lines hold all of s (spaces aside): none was cut.
func whole(lines []string, s string) bool {
	return strings.ReplaceAll(strings.Join(lines, ""), " ", "") == strings.ReplaceAll(s, " ", "")
}

// wrapGreedy is Wrap filling each line in turn.
func wrapGreedy(s string, size float64, width, maxLines int) []string {
	toks := tokens(s)
	var lines []string
	line := ""
	for i, tok := range toks {
		if line != "" && measure(line+tok, size) > width {
			if maxLines > 0 && len(lines) == maxLines-1 {
				rest := line + strings.Join(toks[i:], "")
				return append(lines, fit(strings.TrimSpace(rest), size, width))
			}
			lines = append(lines, fit(strings.TrimRight(line, " "), size, width)) // an unbreakable word may still be too wide
			line = strings.TrimLeft(tok, " ")
			continue
		}
		line += tok
	}
	if line = strings.TrimRight(line, " "); line != "" {
		lines = append(lines, fit(line, size, width))
	}
	return lines
}

// tokens splits text into breakable pieces: a CJK rune alone, or a Latin
// word with its trailing space.
func tokens(s string) []string {
	var out []string
	start := 0 // of the current word, sliced rather than grown rune by rune
	for i, r := range s {
		switch {
		case isCJK(r):
			if start < i {
				out = append(out, s[start:i])
			}
			// Chinese line breaking: a closing mark stays with what it
			// closes, an opening one with what it opens.
			if n := len(out); n > 0 && (strings.ContainsRune(noBreakBefore, r) || strings.ContainsRune(noBreakAfter, lastRune(out[n-1]))) {
				out[n-1] += string(r)
			} else {
				out = append(out, string(r))
			}
			start = i + utf8.RuneLen(r)
		case r == ' ', r == '-', r == '–': // a line may end after a hyphen or dash ("NVIDIA–" / "Intel")
			out = append(out, s[start:i+utf8.RuneLen(r)])
			start = i + utf8.RuneLen(r)
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// Marks a line must not start with, and marks it must not end with.
const (
	noBreakBefore = "，。、；：！？）》」』】〉〕”’…·％"
	noBreakAfter  = "（《「『【〈〔“‘"
)

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
