package app

import (
	"encoding/json"
	"image/color"
	"sync"

	"github.com/golang/freetype/truetype"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// appTheme is Fyne's default theme with the bundled CJK font, so Chinese
// renders on machines without CJK fonts, and a light or dark variant forced
// when the user chose one.
type appTheme struct {
	fyne.Theme
	font    fyne.Resource
	variant *fyne.ThemeVariant // nil: follow the system
}

// The GUI's two fonts, wrapped once; themes share them. Fyne parses every
// glyph of its theme font once per text style used: the subset costs a
// third of the full face's time and heap, so the GUI takes the full face
// only for data that needs it.
var (
	uiFont   = fyne.NewStaticResource("wqy-microhei-ui.ttf", assets.UIFont)
	fullFont = fyne.NewStaticResource("wqy-microhei.ttf", assets.Font)
	uiCmap   = sync.OnceValue(func() *truetype.Font {
		f, _ := truetype.Parse(assets.UIFont) // nil: use the full face (a test parses it)
		return f
	})
)

// fontFor returns the GUI font for a dataset opened from path: the subset
// when it has every character of the data's texts and of the file's name
// (the status bar shows it), else the full face. Text typed by the user or
// listed by the file dialogs falls back to the system's fonts, as Fyne does
// for any character its theme font lacks.
func fontFor(ds *data.Dataset, path string) fyne.Resource {
	if uiCmap() == nil || len(missingGlyphs(ds, path)) > 0 {
		return fullFont
	}
	return uiFont
}

// missingGlyphs lists the characters of the dataset's texts that the
// subset lacks and the full face has (what neither has shows as a box
// whichever font is used).
func missingGlyphs(ds *data.Dataset, path string) []rune {
	b := []byte(path)
	if ds != nil {
		if j, err := json.Marshal(ds); err == nil {
			b = append(b, j...)
		}
	}
	sub, full := uiCmap(), export.Font()
	seen := map[rune]bool{}
	var miss []rune
	for _, r := range string(b) {
		if r < 0x80 || seen[r] {
			continue
		}
		seen[r] = true
		if sub.Index(r) == 0 && full.Index(r) != 0 {
			miss = append(miss, r)
		}
	}
	return miss
}

func newTheme(mode string, font fyne.Resource) fyne.Theme {
	t := &appTheme{Theme: theme.DefaultTheme(), font: font}
	switch mode {
	case ThemeLight:
		v := theme.VariantLight
		t.variant = &v
	case ThemeDark:
		v := theme.VariantDark
		t.variant = &v
	}
	return t
}

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	return t.Theme.Color(n, v)
}

// Font returns the bundled font for every style but symbols: it has no bold
// or italic faces, and Fyne's own would show CJK as boxes.
func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return t.Theme.Font(s)
	}
	return t.font
}

// warmFonts has Fyne load its fonts for the two text styles the first
// frame uses, regular and bold (every button's text is bold), side by side
// on two cores: Fyne parses the theme font once per style, and would
// otherwise do so one style after the other. A Fyne font face is not safe
// for concurrent use, so each goroutine measures in its own style, a text
// the theme font alone covers, and both finish before anything else
// measures text.
func warmFonts() {
	var wg sync.WaitGroup
	for _, st := range []fyne.TextStyle{{}, {Bold: true}} {
		wg.Go(func() { fyne.MeasureText("AI 阵营", 14, st) })
	}
	wg.Wait()
}
