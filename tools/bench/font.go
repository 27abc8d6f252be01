package main

import (
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
// pays to load the bundled CJK font before the window can lay out.
func fontCost() []row {
	a := test.NewApp()
	defer a.Quit()
	a.Settings().SetTheme(cjkTheme{theme.DefaultTheme(), fyne.NewStaticResource("wqy-microhei.ttf", assets.Font)})
	var rows []row
	for _, st := range []struct {
		name  string
		style fyne.TextStyle
	}{{"regular", fyne.TextStyle{}}, {"bold", fyne.TextStyle{Bold: true}}, {"monospace", fyne.TextStyle{Monospace: true}}} {
		before := heap()
		t0 := time.Now()
		fyne.MeasureText("AI Camps 硅谷 AI 阵营", 14, st.style)
		d := time.Since(t0)
		rows = append(rows, row{Item: "Fyne: first text in the CJK theme font, " + st.name, Ours: ms(d),
			Base: mb1(float64(heap()-before)/1024) + " more live heap"})
		progress("font %s: %v", st.name, d)
	}
	return rows
}

func heap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
