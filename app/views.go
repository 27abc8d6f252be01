package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/views/export"
)

// views holds the three views' widgets and what the window asks of them.
// newViews is the one place that builds them.
type views struct {
	network, timeline, charts fyne.CanvasObject
	// fit fits the view at index tab to the window (View › Fit, Ctrl+0);
	// nil until a view can.
	fit func(tab int)
}

// newViews builds the views on the shared State.
//
// TODO(lead): replace the placeholders with views/network, views/timeline and
// views/charts widgets: build each from s.Data and s.Lang, and in s.OnChange
// hand them the new data, language, "as of" date and selection (and call
// s.Select / s.SetAsOf from their callbacks). Set fit if they can fit.
func newViews(s *State, tr *translator) views {
	network := placeholder(s, tr, "placeholder.network")
	timeline := placeholder(s, tr, "placeholder.timeline")
	charts := placeholder(s, tr, "placeholder.charts")
	return views{network: network, timeline: timeline, charts: charts}
}

// placeholder is a stand-in view: the dataset's counts, in the current language.
func placeholder(s *State, tr *translator, key string) fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	body := widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{})
	update := func() {
		title.SetText(tr.L(key))
		body.SetText(tr.L("placeholder.counts", counts(s)))
	}
	update()
	s.OnChange(func(Change) { update() })
	return container.NewCenter(container.NewVBox(title, body))
}

// exportHooks are the export dialogs, provided by the charts work.
//
// TODO(charts): set these in newUI once app/export_dialog.go and
// app/items.go land:
//
//	u.export.items = func() []export.Item { return exportItems(u.state.Data, u.state.Lang, u.state.AsOf) }
//	u.export.one = showExportDialog
//	u.export.all = showExportAllDialog
//
// and gexf / timelineJS for File › Export network as GEXF… / timeline as TimelineJS….
// While a hook is nil its menu item says the export is not available yet.
type exportHooks struct {
	items      func() []export.Item
	one        func(win fyne.Window, prefs fyne.Preferences, item export.Item)
	all        func(win fyne.Window, prefs fyne.Preferences, items []export.Item)
	gexf       func()
	timelineJS func()
}

// tabItemName is the export item name of each tab, in tab order; the charts
// tab exports the first chart until the charts view says which is shown.
var tabItemName = [...]string{"network", "timeline", ""}
