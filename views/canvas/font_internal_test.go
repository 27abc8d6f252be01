package canvas

import (
	"math"
	"strings"
	"testing"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/math/fixed"

	"github.com/aicamps/aicamps/assets"
)

// The measures read the rune memo: the same widths as the font's own
// metrics, the same box as the outlines, and a memo that stays bounded
// when a text holds more distinct characters than it keeps.
func TestMeasuresFromTheRuneMemo(t *testing.T) {
	f, err := ParseFont(assets.Font, "x")
	if err != nil {
		t.Fatal(err)
	}
	em := fixed.Int26_6(f.tt.FUnitsPerEm())
	for _, s := range []string{"OpenAI", "硅谷 AI 阵营", "Wj|gy, AV To", ""} {
		for range 2 { // computed, then remembered
			var w fixed.Int26_6
			prev := truetype.Index(0)
			for k, r := range []rune(s) {
				i := f.tt.Index(r)
				if k > 0 {
					w += f.tt.Kern(em, prev, i)
				}
				w += f.tt.HMetric(em, i).AdvanceWidth
				prev = i
			}
			want := float64(w) * 20 / float64(em)
			if got := (Face{f, 20}).Width(s); got != want {
				t.Errorf("Width(%q) = %v, the font says %v", s, got, want)
			}
		}
	}
	if _, top, _, bottom := (Face{f, 20}).Ink("Wj"); top >= 0 || bottom <= 0 || math.IsInf(top, 0) {
		t.Errorf("Ink(Wj) top %v bottom %v: want ink above and below the baseline", top, bottom)
	}
	var all strings.Builder
	for r := rune(0x4e00); r < 0x4e00+maxRunes+100; r++ {
		all.WriteRune(r)
	}
	(Face{f, 10}).Width(all.String())
	if n := len(f.runes); n > maxRunes {
		t.Errorf("the rune memo holds %d characters, bound %d", n, maxRunes)
	}
}
