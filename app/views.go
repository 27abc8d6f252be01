package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/timeline"
)

// views holds the three views' widgets and what the window asks of them.
// newViews is the one place that builds them.
type views struct {
	network, timeline, charts fyne.CanvasObject
	// fit fits the view at index tab to the window (View › Fit, Ctrl+0).
	fit func(tab int)
	// current is the picture the view at index tab shows, for Export current
	// view; ok is false when the view cannot say.
	current func(tab int) (item export.Item, ok bool)
	// onExport is set by the window: what a view's own Export button does.
	onExport func()
}

// newViews builds the views on the shared State; theme gives the colours of
// the pictures for the app's current theme.
//
// TODO(lead): replace the network and charts placeholders with the
// views/network and views/charts widgets, wired like the timeline: built from
// s.Data and s.Lang, told of changes in s.OnChange, calling s.Select /
// s.SetAsOf from their callbacks, and answering fit and current.
func newViews(s *State, tr *translator, theme func() export.Theme) *views {
	v := &views{
		network: placeholder(s, tr, "placeholder.network"),
		charts:  placeholder(s, tr, "placeholder.charts"),
	}

	tl := timeline.NewView(s.Data, s.Lang)
	tl.SetTheme(theme())
	tl.SetAsOf(s.AsOf)
	tl.OnSelectEvent = func(id string) { s.Select(s.Company, id) }
	tl.OnExport = func() {
		if v.onExport != nil {
			v.onExport()
		}
	}
	s.OnChange(func(c Change) {
		if c&DataChanged != 0 {
			tl.SetDataset(s.Data)
			tl.SelectEvent(s.Event) // SetDataset clears it; the State kept it if it still exists
		}
		if c&LangChanged != 0 {
			tl.SetLang(s.Lang)
		}
		if c&ThemeChanged != 0 {
			tl.SetTheme(theme())
		}
		if c&AsOfChanged != 0 {
			tl.SetAsOf(s.AsOf)
		}
		if c&SelectionChanged != 0 {
			tl.SelectEvent(s.Event)
			if s.Company != "" {
				tl.Highlight([]string{s.Company})
			} else {
				tl.Highlight(nil)
			}
		}
	})
	v.timeline = tl

	v.fit = func(tab int) {
		if tab == tabTimeline {
			tl.Fit()
		}
	}
	v.current = func(tab int) (export.Item, bool) {
		if tab == tabTimeline {
			return tl.Current(), true
		}
		return export.Item{}, false
	}
	return v
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
// and gexf for File › Export network as GEXF…. While a hook is nil its
// menu item says the export is not available yet.
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
