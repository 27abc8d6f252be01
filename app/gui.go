package app

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// ID is the application ID, the same as in FyneApp.toml.
const ID = "io.github.aicamps"

// Tab order; the index is what Ctrl+1/2/3 and the lastView preference use.
const (
	tabNetwork = iota
	tabTimeline
	tabCharts
)

// tabKeys are the translation keys of the tabs' labels, in tab order.
var tabKeys = [...]string{"view.network", "view.timeline", "view.charts"}

// ui is the application window: the shared State, the views in tabs, the
// status bar, menus and shortcuts, and where the data comes from.
type ui struct {
	app     fyne.App
	win     fyne.Window
	prefs   fyne.Preferences
	state   *State
	tr      *translator
	font    fyne.Resource
	bundled *data.Dataset

	views  *views
	tabs   *container.AppTabs
	status *statusBar
	player *player
	last   notice // the status bar's notice, said again on a language switch
	shift  bool   // a Shift key is held (addDateKeys)

	watcher   *watcher
	errDialog dialog.Dialog // the open load-error dialog, if any
	log       io.Writer     // load errors are also printed here
	debounce  time.Duration // wait after a file change before reloading
	toUI      func(func())  // options.toUI: fyne.Do

	export exportHooks
}

// options are what the command line hands to the window.
type options struct {
	dataFile string    // --data FILE; "" for the last file or the bundled data
	log      io.Writer // nil: discard
	// views builds the views; nil for newViews. Tests of the window use
	// stand-ins, since the network lays out on a goroutine and hands back
	// through fyne.Do, which the test driver runs in place.
	views func(s *State, theme func() export.Theme) *views
	// toUI hands work from a goroutine (the file watcher) to the UI
	// goroutine; nil for fyne.Do. The test driver runs fyne.Do in place, on
	// the caller's goroutine, so tests pass a queue of their own.
	toUI func(func())
}

func runGUI(dataFile string) int {
	// Start-up allocates in a burst (Fyne parses its fonts): let the heap
	// grow without collecting four times on the way, and collect once the
	// window is up (below).
	gcPercent := debug.SetGCPercent(400)
	a := fyneapp.NewWithID(ID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("AI Camps")
	u, err := newUI(a, w, options{dataFile: dataFile, log: os.Stderr})
	if err != nil {
		fmt.Fprintln(os.Stderr, "aicamps:", err)
		return 1
	}
	defer u.close()
	// Start-up leaves garbage behind (Fyne parses its fonts, the network
	// lays out and draws): hand it back to the system once the window is
	// up, rather than keep it resident until the scavenger gets to it.
	a.Lifecycle().SetOnStarted(func() {
		time.AfterFunc(500*time.Millisecond, func() {
			debug.SetGCPercent(gcPercent)
			debug.FreeOSMemory()
		})
	})
	w.ShowAndRun()
	return 0
}

// newUI builds the whole window on w without showing it, so that tests can
// drive it with Fyne's test app.
func newUI(a fyne.App, w fyne.Window, o options) (*ui, error) {
	bundled, err := data.Bundled()
	if err != nil {
		return nil, fmt.Errorf("bundled data: %w", err)
	}
	useAtomicFiles() // every save from the window: temporary file, then rename
	u := &ui{
		app: a, win: w, prefs: a.Preferences(),
		font: uiFont, bundled: bundled,
		log: o.log, debounce: 300 * time.Millisecond, toUI: o.toUI,
	}
	if u.toUI == nil {
		u.toUI = fyne.Do
	}
	if u.log == nil {
		u.log = io.Discard
	}
	u.state = loadState(u.prefs)
	u.state.Data = bundled
	if u.tr, err = newTranslator(u.state.Lang); err != nil {
		return nil, err
	}
	useFyneLang(u.state.Lang)
	dialogL = func(key string) string { return u.tr.L(key) }
	exported = func(path string) {
		u.notify("notice.exported", map[string]string{"Path": path})
	}
	a.Settings().SetTheme(newTheme(u.state.Theme, u.font))
	warmFonts()
	// The translator follows the language first, before any listener
	// (the views' too) relabels.
	u.state.OnChange(func(c Change) {
		if c&LangChanged != 0 {
			u.tr.lang = u.state.Lang
		}
	})

	if o.views == nil {
		o.views = newViews
	}
	u.views = o.views(u.state, u.pictureTheme)
	u.views.onExport = u.onExport
	u.views.onFiltered = func() { u.status.update(u.state, u.tr, u.views.shown) }
	u.applyPanels()
	// With the System theme, the pictures follow the system's light or dark.
	a.Settings().AddListener(func(fyne.Settings) {
		if u.views.retheme != nil {
			u.views.retheme()
		}
	})
	u.export = exportHooks{
		items:      u.exportItems,
		one:        showExportDialog,
		all:        showExportAllDialog,
		gexf:       u.onExportGEXF,
		graphML:    u.onExportGraphML,
		timelineJS: u.onExportTimelineJS,
	}
	// A tab's view goes into the window when the tab is first shown: the
	// hidden ones' widgets (and the bold face the charts' title needs, which
	// Fyne parses from the font again) would otherwise delay the first frame.
	views := []fyne.CanvasObject{u.views.network, u.views.timeline, u.views.charts}
	holders := make([]*fyne.Container, len(views))
	items := make([]*container.TabItem, len(views))
	for i := range views {
		holders[i] = container.NewStack()
		items[i] = container.NewTabItem("", holders[i])
	}
	u.tabs = container.NewAppTabs(items...)
	attach := func(i int) {
		if i >= 0 && i < len(holders) && len(holders[i].Objects) == 0 {
			holders[i].Objects = []fyne.CanvasObject{views[i]}
			holders[i].Refresh()
		}
	}
	if i := u.prefs.Int(prefLastView); i > 0 && i < len(u.tabs.Items) {
		u.tabs.SelectIndex(i)
	}
	attach(u.tabs.SelectedIndex())
	u.tabs.OnSelected = func(*container.TabItem) {
		attach(u.tabs.SelectedIndex())
		u.prefs.SetInt(prefLastView, u.tabs.SelectedIndex())
	}
	u.player = newPlayer(u.state, u.tr, 1500*time.Millisecond)
	// Moving the slider by hand takes over from a replay.
	u.status = newStatusBar(func(t time.Time) { u.player.pause(); u.state.SetAsOf(t) }, u.player.box)
	w.SetContent(container.NewBorder(nil, u.status.box, nil, nil, u.tabs))
	u.relabel()

	u.addShortcuts()
	u.addDateKeys()
	w.SetOnDropped(u.onDropped)
	w.SetCloseIntercept(func() { u.saveWindow(); w.Close() })
	w.Resize(fyne.NewSize(
		float32(u.prefs.IntWithFallback(prefWindowWidth, defaultWidth)),
		float32(u.prefs.IntWithFallback(prefWindowHeight, defaultHeight))))

	u.state.OnChange(u.changed)
	u.startData(o.dataFile)
	return u, nil
}

// addDateKeys lets the arrow keys, Home and End move the date (statusBar.key)
// whenever no field has the keyboard. Shift alone makes no shortcut in
// Fyne, so the window notes when it is held.
func (u *ui) addDateKeys() {
	c := u.win.Canvas()
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(func(e *fyne.KeyEvent) { u.heldKey(e.Name, true) })
		dc.SetOnKeyUp(func(e *fyne.KeyEvent) { u.heldKey(e.Name, false) })
	}
	c.SetOnTypedKey(func(e *fyne.KeyEvent) { u.status.key(e.Name, u.shift) })
}

// heldKey notes a Shift key going down or up.
func (u *ui) heldKey(k fyne.KeyName, down bool) {
	if k == desktop.KeyShiftLeft || k == desktop.KeyShiftRight {
		u.shift = down
	}
}

// togglePanel folds or shows a side panel (key prefNoFilters or
// prefNoDetail) and remembers it.
func (u *ui) togglePanel(key string) {
	u.prefs.SetBool(key, !u.prefs.Bool(key))
	u.applyPanels()
	u.win.SetMainMenu(u.menu()) // the ticks
}

func (u *ui) applyPanels() {
	if u.views.panels != nil {
		u.views.panels(!u.prefs.Bool(prefNoFilters), !u.prefs.Bool(prefNoDetail))
	}
}

// panelItem is a View menu item that shows a side panel, ticked when shown.
func (u *ui) panelItem(label string, sc fyne.Shortcut, key string) *fyne.MenuItem {
	it := item(label, sc, func() { u.togglePanel(key) })
	it.Checked = !u.prefs.Bool(key)
	return it
}

// changed follows the State: it re-themes, re-labels and remembers.
func (u *ui) changed(c Change) {
	if c&LangChanged != 0 {
		useFyneLang(u.state.Lang)
		u.relabel()
	}
	if c&DataChanged != 0 {
		if f := fontFor(u.state.Data, u.state.Path); f != u.font {
			u.font = f
			c |= ThemeChanged
		}
	}
	if c&ThemeChanged != 0 {
		u.app.Settings().SetTheme(newTheme(u.state.Theme, u.font))
		u.win.SetMainMenu(u.menu()) // the radio ticks
	}
	if c&(DataChanged|AsOfChanged) != 0 {
		u.status.update(u.state, u.tr, u.views.shown)
	}
	saveState(u.prefs, u.state)
}

// relabel puts every label of the window in the current language.
func (u *ui) relabel() {
	u.win.SetTitle(u.tr.L("app.title"))
	for i, key := range tabKeys {
		u.tabs.Items[i].Text = u.tr.L(key)
	}
	u.tabs.Refresh()
	u.win.SetMainMenu(u.menu())
	u.status.update(u.state, u.tr, u.views.shown)
	if u.last.key != "" {
		u.status.notify(u.tr.L(u.last.key, u.last.data...))
	}
	u.player.relabel()
}

// notify shows the notice key (with data, as tr.L takes) in the status bar.
func (u *ui) notify(key string, data ...any) {
	u.last = notice{key, data}
	u.status.notify(u.tr.L(key, data...))
}

// pictureTheme is the export theme that matches the window's theme, for the
// views' pictures.
func (u *ui) pictureTheme() export.Theme {
	v := u.app.Settings().ThemeVariant()
	switch u.state.Theme {
	case ThemeLight:
		v = theme.VariantLight
	case ThemeDark:
		v = theme.VariantDark
	}
	if v == theme.VariantDark {
		return export.Dark
	}
	return export.Light
}

// showView selects tab i (tabNetwork, tabTimeline, tabCharts).
func (u *ui) showView(i int) {
	if i >= 0 && i < len(u.tabs.Items) {
		u.tabs.SelectIndex(i)
	}
}

func (u *ui) saveWindow() {
	s := u.win.Canvas().Size()
	if s.Width > 0 && s.Height > 0 {
		u.prefs.SetInt(prefWindowWidth, int(s.Width))
		u.prefs.SetInt(prefWindowHeight, int(s.Height))
	}
}

func (u *ui) quit() {
	u.saveWindow()
	u.app.Quit()
}

// close stops watching the data file.
func (u *ui) close() {
	if u.watcher != nil {
		u.watcher.Close()
		u.watcher = nil
	}
}
