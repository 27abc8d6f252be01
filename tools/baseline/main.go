// Command baseline is the smallest Fyne program: one window, one label. make
// bench builds it with the same flags as aicamps and times its start-up and
// memory beside the app's, so the app's figures read as ratios on any machine.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

// Title is what the benchmark waits for with xdotool.
const Title = "Baseline"

func main() {
	a := app.NewWithID("io.github.aicamps.baseline")
	w := a.NewWindow(Title)
	w.SetContent(widget.NewLabel("Hello"))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
