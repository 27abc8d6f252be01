package export

import (
	"encoding/json"
	"io/fs"
	"math"
	"testing"
	"unicode"

	"github.com/golang/freetype/truetype"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/math/fixed"

	"github.com/aicamps/aicamps/assets"
)

// TestEveryRuneHasAGlyph walks every string of the bundled dataset and the
// translations: a rune the font lacks would print as a box on every slide.
func TestEveryRuneHasAGlyph(t *testing.T) {
	f := Font()
	check := func(name string, b []byte) {
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		missing := map[rune]string{}
		walkStrings(v, func(s string) {
			for _, r := range s {
				if unicode.IsSpace(r) || unicode.IsControl(r) {
					continue
				}
				if f.Index(r) == 0 {
					missing[r] = s
				}
			}
		})
		for r, s := range missing {
			t.Errorf("%s: %q (U+%04X) has no glyph in the bundled font, in %q", name, r, r, s)
		}
	}
	check("camps.json", assets.CampsJSON)
	files, _ := fs.Glob(assets.Translations, "translations/*.json")
	if len(files) == 0 {
		t.Fatal("no translations found")
	}
	for _, name := range files {
		b, err := fs.ReadFile(assets.Translations, name)
		if err != nil {
			t.Fatal(err)
		}
		check(name, b)
	}
	// The labels the views write themselves.
	for _, s := range []string{"…", "×", "·", "—", "–", "≈", "$", "%", "截至"} {
		for _, r := range s {
			if f.Index(r) == 0 {
				t.Errorf("%q has no glyph", r)
			}
		}
	}
}

func walkStrings(v any, fn func(string)) {
	switch v := v.(type) {
	case string:
		fn(v)
	case []any:
		for _, e := range v {
			walkStrings(e, fn)
		}
	case map[string]any:
		for k, e := range v {
			fn(k)
			walkStrings(e, fn)
		}
	}
}

// TestInkBelow: the descent is the deepest outline point under the
// baseline, as loading each glyph's outline at go-chart's size gives it
// (to its 1/64 pixel).
func TestInkBelow(t *testing.T) {
	f := Font()
	var fr Frame
	for _, size := range []float64{12, 21.6, 44} {
		for _, s := range append(textCases, "gjpqy", "HEIT") {
			scale := fixed.Int26_6(size * 72)
			var buf truetype.GlyphBuf
			want := 0.0
			for _, rc := range s {
				if err := buf.Load(f, scale, f.Index(rc), xfont.HintingNone); err == nil {
					for _, p := range buf.Points {
						want = math.Max(want, -float64(p.Y)/64)
					}
				}
			}
			if got := fr.InkBelow(s, size); math.Abs(got-want) > 1.0/64 {
				t.Errorf("size %g, %q: %v below, outlines say %v", size, s, got, want)
			}
		}
		if fr.InkBelow("gjpqy", size) < size/8 || fr.InkBelow("HEIT", size) != 0 {
			t.Errorf("size %g: descenders %v, flat caps %v", size, fr.InkBelow("gjpqy", size), fr.InkBelow("HEIT", size))
		}
	}
}
