package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// showAbout shows the version, where the data comes from and the font licence.
func (u *ui) showAbout() {
	ds, lang := u.state.Data, u.state.Lang
	source := u.tr.L("about.noSource")
	if len(ds.Sources) > 0 {
		s := ds.Sources[0]
		source = s.Title.In(lang)
		if s.Outlet != "" {
			source += " — " + s.Outlet
		}
		source += ", " + s.Date.Label(lang)
	}
	body := u.tr.L("about.body", map[string]string{
		"Version": Version,
		"Data":    ds.Title.In(lang),
		"Source":  source,
	})
	u.showText(u.tr.L("menu.about"), body)
}

// showFormat explains the data format and how to open one's own file.
func (u *ui) showFormat() { u.showText(u.tr.L("menu.format"), u.tr.L("format.body")) }

// showShortcuts lists the keyboard shortcuts from the same table the canvas uses.
func (u *ui) showShortcuts() {
	names := map[fyne.Shortcut]string{
		scOpen: "menu.open", scReload: "menu.reload", scExport: "menu.export", scExportAll: "menu.exportAll", scCopyImage: "menu.copyImage",
		scNetwork: "view.network", scTimeline: "view.timeline", scCharts: "view.charts", scFit: "menu.fit", scQuit: "menu.quit",
		scFilters: "menu.filtersPanel", scDetail: "menu.detailPanel",
	}
	grid := container.New(layout.NewFormLayout())
	for _, bd := range u.bindings() {
		grid.Add(widget.NewLabelWithStyle(shortcutLabel(bd.shortcut), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(strings.TrimSuffix(strings.TrimSuffix(u.tr.L(names[bd.shortcut]), "..."), "…")))
	}
	// The date keys act when no field has the keyboard (addDateKeys).
	for _, k := range []string{"keys.event", "keys.day", "keys.ends", "keys.field"} {
		key, what, _ := strings.Cut(u.tr.L(k), "|")
		grid.Add(widget.NewLabelWithStyle(key, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(what))
	}
	dialog.NewCustom(u.tr.L("menu.shortcuts"), u.tr.L("dialog.close"), grid, u.win).Show()
}

// shortcutLabel spells a shortcut as "Ctrl+Shift+E".
func shortcutLabel(s fyne.KeyboardShortcut) string {
	var parts []string
	m := s.Mod()
	if m&fyne.KeyModifierShortcutDefault != 0 || m&fyne.KeyModifierControl != 0 {
		parts = append(parts, "Ctrl")
	}
	if m&fyne.KeyModifierShift != 0 {
		parts = append(parts, "Shift")
	}
	return strings.Join(append(parts, string(s.Key())), "+")
}

// showText shows selectable text in a dialog.
func (u *ui) showText(title, text string) {
	body := widget.NewLabel(text)
	body.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(body)
	scroll.SetMinSize(fyne.NewSize(620, 360))
	d := dialog.NewCustom(title, u.tr.L("dialog.close"), scroll, u.win)
	d.Show()
}
