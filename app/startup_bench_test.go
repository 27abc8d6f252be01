package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// BenchmarkNewUI is what the window builds before its first frame, in
// Fyne's headless test app: each run starts a new app, so Fyne parses its
// fonts again as at a real start.
func BenchmarkNewUI(b *testing.B) {
	for b.Loop() {
		a := test.NewApp()
		a.Preferences().SetString(prefLanguage, "en")
		w := a.NewWindow("AI Camps")
		u, err := newUI(a, w, options{})
		if err != nil {
			b.Fatal(err)
		}
		w.Resize(fyne.NewSize(1280, 800))
		u.close()
		a.Quit()
	}
}
