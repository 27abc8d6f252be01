package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/aicamps/aicamps/assets"
)

// appTheme is Fyne's default theme with the bundled CJK font, so Chinese
// renders on machines without CJK fonts, and a light or dark variant forced
// when the user chose one.
type appTheme struct {
	fyne.Theme
	font    fyne.Resource
	variant *fyne.ThemeVariant // nil: follow the system
}

// fontResource wraps the bundled font once; themes share it.
func fontResource() fyne.Resource {
	return fyne.NewStaticResource("wqy-microhei.ttf", assets.Font)
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
