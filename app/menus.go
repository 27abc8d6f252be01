package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
)

// Shortcuts. ShortcutDefault is Ctrl, or Cmd on macOS.
var (
	scOpen      = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	scReload    = &desktop.CustomShortcut{KeyName: fyne.KeyR, Modifier: fyne.KeyModifierShortcutDefault}
	scExport    = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	scExportAll = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scQuit      = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	scNetwork   = &desktop.CustomShortcut{KeyName: fyne.Key1, Modifier: fyne.KeyModifierShortcutDefault}
	scTimeline  = &desktop.CustomShortcut{KeyName: fyne.Key2, Modifier: fyne.KeyModifierShortcutDefault}
	scCharts    = &desktop.CustomShortcut{KeyName: fyne.Key3, Modifier: fyne.KeyModifierShortcutDefault}
	scFit       = &desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault}
	scFilters   = &desktop.CustomShortcut{KeyName: fyne.KeyLeftBracket, Modifier: fyne.KeyModifierShortcutDefault}
	scDetail    = &desktop.CustomShortcut{KeyName: fyne.KeyRightBracket, Modifier: fyne.KeyModifierShortcutDefault}
)

// binding ties a shortcut to its named handler; the menus show the same ones.
type binding struct {
	shortcut *desktop.CustomShortcut
	run      func()
}

func (u *ui) bindings() []binding {
	return []binding{
		{scOpen, u.onOpen},
		{scReload, u.onReload},
		{scExport, u.onExport},
		{scExportAll, u.onExportAll},
		{scCopyImage, u.onCopyImage},
		{scQuit, u.quit},
		{scNetwork, func() { u.showView(tabNetwork) }},
		{scTimeline, func() { u.showView(tabTimeline) }},
		{scCharts, func() { u.showView(tabCharts) }},
		{scFit, u.onFit},
		{scFilters, func() { u.togglePanel(prefNoFilters) }},
		{scDetail, func() { u.togglePanel(prefNoDetail) }},
	}
}

// addShortcuts registers the shortcuts on the canvas. On desktop the main
// menu's items catch them first; the canvas ones serve when there is no
// menu bar (and in tests).
func (u *ui) addShortcuts() {
	for _, b := range u.bindings() {
		run := b.run
		u.win.Canvas().AddShortcut(b.shortcut, func(fyne.Shortcut) { run() })
	}
}

func item(label string, sc fyne.Shortcut, run func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, run)
	it.Shortcut = sc
	return it
}

// menu builds the main menu in the current language.
func (u *ui) menu() *fyne.MainMenu {
	L := u.tr.L
	quit := item(L("menu.quit"), scQuit, u.quit)
	quit.IsQuit = true
	file := fyne.NewMenu(L("menu.file"),
		item(L("menu.open"), scOpen, u.onOpen),
		item(L("menu.reload"), scReload, u.onReload),
		u.recentMenu(),
		fyne.NewMenuItem(L("menu.bundled"), u.useBundled),
		fyne.NewMenuItemSeparator(),
		item(L("menu.export"), scExport, u.onExport),
		item(L("menu.exportAll"), scExportAll, u.onExportAll),
		fyne.NewMenuItem(L("menu.exportReplay"), u.onExportReplay),
		fyne.NewMenuItem(L("menu.exportGEXF"), func() { u.runHook(u.export.gexf) }),
		fyne.NewMenuItem(L("menu.exportGraphML"), func() { u.runHook(u.export.graphML) }),
		fyne.NewMenuItem(L("menu.exportTimelineJS"), func() { u.runHook(u.export.timelineJS) }),
		fyne.NewMenuItemSeparator(),
		quit,
	)

	edit := fyne.NewMenu(L("menu.edit"), item(L("menu.copyImage"), scCopyImage, u.onCopyImage))

	themes := fyne.NewMenuItem(L("menu.theme"), nil)
	var themeItems []*fyne.MenuItem
	for _, mode := range []string{ThemeSystem, ThemeLight, ThemeDark} {
		it := fyne.NewMenuItem(L("theme."+mode), func() { u.state.SetTheme(mode) })
		it.Checked = u.state.Theme == mode
		themeItems = append(themeItems, it)
	}
	themes.ChildMenu = fyne.NewMenu("", themeItems...)
	view := fyne.NewMenu(L("menu.view"),
		item(L("view.network"), scNetwork, func() { u.showView(tabNetwork) }),
		item(L("view.timeline"), scTimeline, func() { u.showView(tabTimeline) }),
		item(L("view.charts"), scCharts, func() { u.showView(tabCharts) }),
		fyne.NewMenuItemSeparator(),
		item(L("menu.fit"), scFit, u.onFit),
		u.panelItem(L("menu.filtersPanel"), scFilters, prefNoFilters),
		u.panelItem(L("menu.detailPanel"), scDetail, prefNoDetail),
		fyne.NewMenuItemSeparator(),
		themes,
	)

	var langItems []*fyne.MenuItem
	for _, l := range languages {
		it := fyne.NewMenuItem(l.name, func() { u.state.SetLang(l.code) })
		it.Checked = u.state.Lang == l.code
		langItems = append(langItems, it)
	}
	// The Language menu is titled in both languages so that it can be
	// found whichever is showing.
	language := fyne.NewMenu(L("menu.language"), langItems...)

	help := fyne.NewMenu(L("menu.help"),
		fyne.NewMenuItem(L("menu.about"), u.showAbout),
		fyne.NewMenuItem(L("menu.format"), u.showFormat),
		fyne.NewMenuItem(L("menu.shortcuts"), u.showShortcuts),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(L("menu.saveBundled"), u.onSaveBundled),
		fyne.NewMenuItem(L("menu.saveBundledWorkbook"), u.onSaveBundledWorkbook),
	)
	return fyne.NewMainMenu(file, edit, view, language, help)
}

// recentMenu lists the recently opened data files.
func (u *ui) recentMenu() *fyne.MenuItem {
	recent := fyne.NewMenuItem(u.tr.L("menu.recent"), nil)
	var items []*fyne.MenuItem
	for _, path := range u.prefs.StringList(prefRecentFiles) {
		label := filepath.Base(path) + "  —  " + filepath.Dir(path)
		items = append(items, fyne.NewMenuItem(label, func() { u.open(path) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(u.tr.L("menu.recentNone"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	recent.ChildMenu = fyne.NewMenu("", items...)
	return recent
}

func (u *ui) onFit() {
	if u.views.fit != nil {
		u.views.fit(u.tabs.SelectedIndex())
	}
}

// onExport exports the current view as it shows.
func (u *ui) onExport() {
	it, ok := u.views.current(u.tabs.SelectedIndex())
	switch {
	case u.export.one == nil:
		u.notYet()
	case !ok:
		dialog.ShowInformation(u.tr.L("menu.export"), u.tr.L("notice.nothing"), u.win)
	default:
		it.Name = datedName(it.Name, u.state.AsOf)
		u.export.one(u.win, u.prefs, it)
	}
}

func (u *ui) onExportAll() {
	if u.export.all == nil || u.export.items == nil {
		u.notYet()
		return
	}
	u.export.all(u.win, u.prefs, u.export.items())
}

func (u *ui) runHook(f func()) {
	if f == nil {
		u.notYet()
		return
	}
	f()
}

func (u *ui) notYet() {
	dialog.ShowInformation(u.tr.L("notice.notYet"), u.tr.L("notice.notYetBody"), u.win)
}
