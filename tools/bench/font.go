package main

import (
	"fmt"
	"image/color"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/aicamps/aicamps/assets"
)

// cjkTheme is what the app's theme does with fonts: the bundled CJK font
// for every text style.
type cjkTheme struct {
	fyne.Theme
	font fyne.Resource
}

func (t cjkTheme) Font(fyne.TextStyle) fyne.Resource { return t.font }
func (t cjkTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, v)
}

// fontCost measures, in a headless Fyne app with the app's font choice, the
// time and live heap of the first text measured in each style: what Fyne
// pays to load the theme font before the window can lay out. The GUI uses
// the subset; the full face only for data that needs it.
func fontCost() []row {
	a := test.NewApp()
	defer a.Quit()
	var rows []row
	for _, f := range []struct {
		name string
		font fyne.Resource
	}{
		{"GUI subset", fyne.NewStaticResource("wqy-microhei-ui.ttf", assets.UIFont)},
		{"full face", fyne.NewStaticResource("wqy-microhei.ttf", assets.Font)},
	} {
		// A new theme clears Fyne's font cache.
		a.Settings().SetTheme(cjkTheme{theme.DefaultTheme(), f.font})
		for _, st := range []struct {
			name  string
			style fyne.TextStyle
		}{{"regular", fyne.TextStyle{}}, {"bold (every button)", fyne.TextStyle{Bold: true}}} {
			before := heap()
			t0 := time.Now()
			fyne.MeasureText("AI Camps 硅谷 AI 阵营", 14, st.style)
			d := time.Since(t0)
			rows = append(rows, row{Item: fmt.Sprintf("Fyne: first text, %s, %s (%.1f MB)", st.name, f.name, float64(len(f.font.Content()))/(1<<20)),
				Ours: ms(d), Base: mb1(float64(heap()-before)/1024) + " more live heap"})
			progress("font %s %s: %v", f.name, st.name, d)
		}
	}
	return rows
}

func heap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
