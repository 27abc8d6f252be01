package app

import (
	"fyne.io/fyne/v2"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
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
	// retheme redraws the pictures in the colours of the window's theme,
	// for when the system's light or dark changes; nil when nothing to do.
	retheme func()
	// onExport is set by the window: what a view's own Export button does.
	onExport func()
	// scenes are what the network and the timeline show now, for the
	// interchange files (GEXF, GraphML, TimelineJS); nil in some tests.
	scenes func() (network.Scene, timeline.Scene)
	// panels shows or folds the side panels (the network's filters and
	// details); nil when the views have none.
	panels func(filters, detail bool)
	// shown counts what the views show under their filters and the date,
	// for the status bar (keys as counts'); nil: the dataset's sizes.
	shown func() map[string]int
	// onFiltered is set by the window: called when a view's filters change.
	onFiltered func()
}

// newViews builds the views on the shared State; theme gives the colours of
// the pictures for the app's current theme. The views hear about the State
// through s.OnChange and change it through its setters, which is how a
// selection in one shows in the others.
func newViews(s *State, theme func() export.Theme) *views {
	return buildViews(s, theme, network.NewView)
}

// buildViews is newViews with the network's constructor given, so that tests
// can hand the network's background layout back on their own goroutine.
func buildViews(s *State, theme func() export.Theme, newNetwork func(*data.Dataset, string) *network.View) *views {
	v := &views{}
	exportCurrent := func() {
		if v.onExport != nil {
			v.onExport()
		}
	}

	nw := newNetwork(s.Data, s.Lang)
	nw.OnSelectCompany = func(id string) { s.Select(id, s.Event) }
	nw.OnExport = exportCurrent

	tl := timeline.NewView(s.Data, s.Lang)
	tl.OnSelectEvent = func(id string) { s.Select(s.Company, id) }
	tl.OnExport = exportCurrent

	ch := charts.NewTab(s.Data, s.Lang)
	ch.OnExport = exportCurrent

	setTheme := func() {
		th := theme()
		nw.SetTheme(th)
		tl.SetTheme(th)
		ch.SetTheme(th)
	}
	setAsOf := func() {
		nw.SetAsOf(s.AsOf)
		tl.SetAsOf(s.AsOf)
		ch.SetAsOf(s.AsOf)
	}
	// The selected company is selected in the network and lights its
	// events on the timeline; the selected event is selected on the
	// timeline and lights its parties and deals in the network.
	showSelection := func() {
		nw.Select(s.Company)
		tl.SelectEvent(s.Event)
		if s.Company != "" {
			tl.Highlight([]string{s.Company})
		} else {
			tl.Highlight(nil)
		}
		if e := findEvent(s.Data, s.Event); e != nil && s.Company == "" {
			nw.Highlight(e.Parties, e.Relations)
		}
	}
	setTheme()
	setAsOf()
	s.OnChange(func(c Change) {
		if c&DataChanged != 0 {
			nw.SetDataset(s.Data)
			tl.SetDataset(s.Data)
			ch.SetDataset(s.Data)
		}
		if c&LangChanged != 0 {
			nw.SetLang(s.Lang)
			tl.SetLang(s.Lang)
			ch.SetLang(s.Lang)
		}
		if c&ThemeChanged != 0 {
			setTheme()
		}
		if c&AsOfChanged != 0 {
			setAsOf()
		}
		if c&(DataChanged|SelectionChanged) != 0 {
			showSelection() // SetDataset clears the views' selection; the State kept what still exists
		}
	})

	v.network, v.timeline, v.charts = nw, tl, ch
	v.scenes = func() (network.Scene, timeline.Scene) { return nw.Scene(), tl.Scene() }
	v.retheme = setTheme
	v.panels = nw.SetPanels
	// A camp lit in the network lights its members' events on the timeline.
	nw.OnHighlightCamp = func(ids []string) { tl.Highlight(ids) }
	nw.OnFiltered = func() {
		if v.onFiltered != nil {
			v.onFiltered()
		}
	}
	v.shown = func() map[string]int {
		m := counts(s)
		m["Companies"], m["Camps"], m["Relations"] = nw.Shown()
		m["Events"] = eventsBy(s.Data, s.AsOf)
		return m
	}
	v.fit = func(tab int) {
		switch tab {
		case tabNetwork:
			nw.Fit()
		case tabTimeline:
			tl.Fit()
		}
	}
	v.current = func(tab int) (export.Item, bool) {
		var it export.Item
		switch tab {
		case tabNetwork:
			it = nw.Current()
		case tabTimeline:
			it = tl.Current()
		case tabCharts:
			it = ch.Current()
		}
		return it, it.Draw != nil
	}
	return v
}

func findEvent(ds *data.Dataset, id string) *data.Event {
	for i := range ds.Events {
		if ds.Events[i].ID == id {
			return &ds.Events[i]
		}
	}
	return nil
}

// exportHooks are what File › Export… and friends call; tests replace them.
type exportHooks struct {
	items      func() []export.Item
	one        func(win fyne.Window, prefs fyne.Preferences, item export.Item)
	all        func(win fyne.Window, prefs fyne.Preferences, items []export.Item)
	gexf       func()
	graphML    func()
	timelineJS func()
}
