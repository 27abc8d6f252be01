package app

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/data"
)

// ID is the application ID, the same as in FyneApp.toml.
const ID = "io.github.aicamps"

func runGUI(dataFile string) int {
	ds, err := data.Bundled()
	if err != nil {
		fmt.Fprintln(os.Stderr, "aicamps: bundled data:", err)
		return 1
	}
	a := fyneapp.NewWithID(ID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("AI Camps — 硅谷 AI 阵营")
	w.SetContent(container.NewAppTabs(
		container.NewTabItem("Network", widget.NewLabel(fmt.Sprintf("%d companies", len(ds.Companies)))),
		container.NewTabItem("Timeline", widget.NewLabel(fmt.Sprintf("%d events", len(ds.Events)))),
		container.NewTabItem("Charts", widget.NewLabel(fmt.Sprintf("%d charts", len(ds.Charts)))),
	))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
	return 0
}
