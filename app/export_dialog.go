package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/views/export"
)

// Preference keys for the export dialogs' last choices.
const (
	prefExportFormat      = "export.format"
	prefExportSize        = "export.size" // a preset name or "WxH"
	prefExportScale       = "export.scale"
	prefExportTransparent = "export.transparent"
	prefExportTheme       = "export.theme"
	prefExportFolder      = "export.folder"
	prefExportHighlight   = "export.highlight" // keep the selection's highlight
	prefExportFramed      = "export.framed"    // as framed on screen, not fitted
)

const customSize = "Custom"

// dialogL translates the export dialogs' texts. Fyne's lang.L picks the
// system language once; the window points this at its own translator
// (newUI), so that the dialogs follow the language chosen in the app.
var dialogL = func(key string) string { return lang.L(key) }

// exportForm is the small form in front of the save dialog: format, size,
// scale, background, theme, and how much of the view's state to keep (the
// highlight, the framing), initialised from the last choices.
type exportForm struct {
	format     *widget.RadioGroup
	size       *widget.Select
	custom     *widget.Entry
	scale      *widget.RadioGroup
	background *widget.RadioGroup
	theme      *widget.RadioGroup
	highlight  *widget.Check      // keep the selection's highlight
	framing    *widget.RadioGroup // fit everything, or as framed on screen
}

func presetLabel(p export.Preset) string {
	return fmt.Sprintf("%s  %d×%d", p.Name, p.Width, p.Height)
}

func newExportForm(prefs fyne.Preferences) *exportForm {
	d := export.Defaults()
	f := &exportForm{
		format:     &widget.RadioGroup{Options: []string{"PNG", "SVG", "PDF"}, Horizontal: true, Required: true},
		custom:     &widget.Entry{PlaceHolder: "1280x720"},
		scale:      &widget.RadioGroup{Options: []string{"1×", "2×", "3×"}, Horizontal: true, Required: true},
		background: &widget.RadioGroup{Options: []string{dialogL("Solid"), dialogL("Transparent")}, Horizontal: true, Required: true},
		theme:      &widget.RadioGroup{Options: []string{dialogL("Light"), dialogL("Dark")}, Horizontal: true, Required: true},
		highlight:  widget.NewCheck(dialogL("Keep the highlight"), nil),
		framing:    &widget.RadioGroup{Options: []string{dialogL("Fit everything"), dialogL("As framed on screen")}, Horizontal: true, Required: true},
	}
	var sizes []string
	for _, p := range export.Presets {
		sizes = append(sizes, presetLabel(p))
	}
	f.size = &widget.Select{Options: append(sizes, dialogL(customSize)), OnChanged: func(s string) {
		if s == dialogL(customSize) {
			f.custom.Enable()
		} else {
			f.custom.Disable()
		}
	}}

	f.format.SetSelected(strings.ToUpper(prefs.StringWithFallback(prefExportFormat, d.Format)))
	size := prefs.StringWithFallback(prefExportSize, export.Presets[0].Name)
	f.size.SetSelected(dialogL(customSize))
	f.custom.SetText(size)
	for i, p := range export.Presets {
		if p.Name == size {
			f.size.SetSelected(sizes[i])
			f.custom.SetText("")
		}
	}
	f.scale.SetSelected(fmt.Sprintf("%d×", prefs.IntWithFallback(prefExportScale, d.Scale)))
	f.background.SetSelected(f.background.Options[0])
	if prefs.Bool(prefExportTransparent) {
		f.background.SetSelected(f.background.Options[1])
	}
	f.theme.SetSelected(f.theme.Options[0])
	if prefs.String(prefExportTheme) == export.Dark.Name {
		f.theme.SetSelected(f.theme.Options[1])
	}
	f.highlight.SetChecked(prefs.BoolWithFallback(prefExportHighlight, d.Seen.Highlight))
	f.framing.SetSelected(f.framing.Options[0])
	if prefs.Bool(prefExportFramed) {
		f.framing.SetSelected(f.framing.Options[1])
	}
	return f
}

func (f *exportForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		{Text: dialogL("Format"), Widget: f.format},
		{Text: dialogL("Size"), Widget: f.size},
		{Text: dialogL("Custom size"), Widget: f.custom, HintText: dialogL("width x height in pixels")},
		{Text: dialogL("Scale (PNG)"), Widget: f.scale},
		{Text: dialogL("Background"), Widget: f.background},
		{Text: dialogL("Theme"), Widget: f.theme},
		{Text: dialogL("Selection"), Widget: f.highlight, HintText: dialogL("the selected company and its neighbours stand out, the rest fade")},
		{Text: dialogL("Framing"), Widget: f.framing, HintText: dialogL("for the network and the timeline")},
	}
}

// options reads the form; a bad custom size is an error for the user.
func (f *exportForm) options() (export.Options, string, error) {
	o := export.Defaults()
	o.Format = strings.ToLower(f.format.Selected)
	sizeName := ""
	for _, p := range export.Presets {
		if f.size.Selected == presetLabel(p) {
			sizeName = p.Name
		}
	}
	if sizeName == "" {
		sizeName = strings.TrimSpace(f.custom.Text)
	}
	var err error
	if o.Width, o.Height, err = export.ParseSize(sizeName); err != nil {
		return o, "", err
	}
	o.Scale, _ = strconv.Atoi(strings.TrimSuffix(f.scale.Selected, "×"))
	o.Transparent = f.background.Selected == f.background.Options[1]
	o.Theme = export.Light
	if f.theme.Selected == f.theme.Options[1] {
		o.Theme = export.Dark
	}
	o.Seen = export.Seen{Highlight: f.highlight.Checked, Framed: f.framing.Selected == f.framing.Options[1]}
	return o, sizeName, o.Check()
}

func (f *exportForm) remember(prefs fyne.Preferences, o export.Options, sizeName string) {
	prefs.SetString(prefExportFormat, o.Format)
	prefs.SetString(prefExportSize, sizeName)
	prefs.SetInt(prefExportScale, o.Scale)
	prefs.SetBool(prefExportTransparent, o.Transparent)
	prefs.SetString(prefExportTheme, o.Theme.Name)
	prefs.SetBool(prefExportHighlight, o.Seen.Highlight)
	prefs.SetBool(prefExportFramed, o.Seen.Framed)
}

// askOptions shows the form and calls then with the chosen options.
func askOptions(win fyne.Window, prefs fyne.Preferences, title, confirm string, then func(export.Options)) {
	form := newExportForm(prefs)
	d := dialog.NewForm(title, confirm, dialogL("Cancel"), form.items(), func(ok bool) {
		if !ok {
			return
		}
		o, sizeName, err := form.options()
		if err != nil {
			dialog.ShowError(err, win)
			return
		}
		form.remember(prefs, o, sizeName)
		then(o)
	}, win)
	closeOnEscape(win, d)
	d.Show()
}

// closeOnEscape makes Escape cancel d, as in any desktop dialog (Fyne's do
// not listen to it), until d closes.
func closeOnEscape(win fyne.Window, d dialog.Dialog) {
	c := win.Canvas()
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyEscape {
			d.Hide()
			return
		}
		if prev != nil {
			prev(e)
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(prev) })
}

// showExportDialog asks for the export options, then where to save the
// item. Fyne's save dialog asks before replacing an existing file.
func showExportDialog(win fyne.Window, prefs fyne.Preferences, item export.Item) {
	askOptions(win, prefs, dialogL("Export")+" — "+item.Title, dialogL("Save…"), func(o export.Options) {
		s := saver{win: win, prefs: prefs, item: item, opts: o}
		fd := dialog.NewFileSave(s.onSave, win)
		fd.SetFileName(item.Name + "." + o.Format)
		if loc := lastFolder(prefs); loc != nil {
			fd.SetLocation(loc)
		}
		fd.Show()
	})
}

// saver writes one item where the save dialog says.
type saver struct {
	win   fyne.Window
	prefs fyne.Preferences
	item  export.Item
	opts  export.Options
}

func (s saver) onSave(w fyne.URIWriteCloser, err error) {
	if err != nil {
		dialog.ShowError(err, s.win)
		return
	}
	if w == nil {
		return // cancelled
	}
	if err := writeSaved(w, func(out io.Writer) error { return writeItem(out, s.item, s.opts) }); err != nil {
		dialog.ShowError(fmt.Errorf("%s: %w", w.URI().Name(), err), s.win)
		return
	}
	if dir, perr := storage.Parent(w.URI()); perr == nil {
		s.prefs.SetString(prefExportFolder, dir.String())
	}
	exported(w.URI().Path())
}

// exported tells the user a file was written; the window points it at its
// status bar (newUI).
var exported = func(path string) {}

// writeSaved fills a file the save dialog opened: all of it rendered first,
// then written. In the window the file is an atomicWriter, which replaces
// the old file only on a whole write; on any error it is dropped and the old
// file stays. A plain writer (Fyne has already emptied its file) is removed
// rather than left empty or half written.
func writeSaved(w fyne.URIWriteCloser, write func(io.Writer) error) error {
	var b bytes.Buffer
	err := write(&b)
	if err == nil {
		_, err = w.Write(b.Bytes())
	}
	aw, atomic := w.(*atomicWriter)
	if err != nil && atomic {
		aw.abort()
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil && !atomic {
		_ = storage.Delete(w.URI())
	}
	return err
}

// writeItem renders the whole picture before writing a byte, so a failed
// render does not leave half a file behind.
func writeItem(w io.Writer, it export.Item, o export.Options) error {
	var b bytes.Buffer
	if err := export.Render(&b, it.Apply(o), it.Draw); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

func lastFolder(prefs fyne.Preferences) fyne.ListableURI {
	s := prefs.String(prefExportFolder)
	if s == "" {
		return nil
	}
	u, err := storage.ParseURI(s)
	if err != nil {
		return nil
	}
	l, err := storage.ListerForURI(u)
	if err != nil {
		return nil
	}
	return l
}

// showExportAllDialog writes every item into a chosen folder, with a
// progress bar; the writing runs off the UI thread.
func showExportAllDialog(win fyne.Window, prefs fyne.Preferences, items []export.Item) {
	askOptions(win, prefs, dialogL("Export all"), dialogL("Choose folder…"), func(o export.Options) {
		fd := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if err != nil {
				dialog.ShowError(err, win)
				return
			}
			if dir == nil {
				return
			}
			prefs.SetString(prefExportFolder, dir.String())
			path := dir.Path()
			existing := existingFiles(path, items, o.Format)
			if len(existing) == 0 {
				startExportAll(win, path, items, o)
				return
			}
			askReplace(win, path, existing, func(replace bool) {
				if !replace { // skip the files already there, write the rest
					items = withoutFiles(items, existing, o.Format)
				}
				startExportAll(win, path, items, o)
			})
		}, win)
		if loc := lastFolder(prefs); loc != nil {
			fd.SetLocation(loc)
		}
		fd.Show()
	})
}

// askReplace asks whether to replace the files already in dir (names), or
// to skip them and write the others; Cancel writes nothing.
func askReplace(win fyne.Window, dir string, names []string, then func(replace bool)) {
	msg := fmt.Sprintf(dialogL("%d files already exist in %s, such as %s. Replace them?"), len(names), dir, names[0])
	if len(names) == 1 {
		msg = fmt.Sprintf(dialogL("%s already exists in %s. Replace it?"), names[0], dir)
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(dialogL("Replace files?"), label, win)
	choice := func(text string, imp widget.Importance, f func()) *widget.Button {
		b := widget.NewButton(text, func() { d.Hide(); f() })
		b.Importance = imp
		return b
	}
	d.SetButtons([]fyne.CanvasObject{
		choice(dialogL("Cancel"), widget.MediumImportance, func() {}),
		choice(dialogL("Skip existing"), widget.MediumImportance, func() { then(false) }),
		choice(dialogL("Replace"), widget.HighImportance, func() { then(true) }),
	})
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	closeOnEscape(win, d)
	d.Show()
}

// withoutFiles are the items whose files (NAME.format) are not in names.
func withoutFiles(items []export.Item, names []string, format string) []export.Item {
	skip := map[string]bool{}
	for _, n := range names {
		skip[n] = true
	}
	var out []export.Item
	for _, it := range items {
		if !skip[it.Name+"."+format] {
			out = append(out, it)
		}
	}
	return out
}

func startExportAll(win fyne.Window, dir string, items []export.Item, o export.Options) {
	bar := widget.NewProgressBar()
	bar.Max = float64(len(items))
	d := dialog.NewCustomWithoutButtons(dialogL("Exporting…"), bar, win)
	d.Show()
	go func() {
		errs := exportAll(dir, items, o, func(done int) {
			fyne.Do(func() { bar.SetValue(float64(done)) })
		})
		fyne.Do(func() {
			d.Hide()
			if len(errs) > 0 {
				dialog.ShowError(errors.Join(errs...), win)
				return
			}
			dialog.ShowInformation(dialogL("Exported"), fmt.Sprintf(dialogL("%d files written to %s"), len(items), dir), win)
		})
	}()
}

// exportAll writes DIR/NAME.ext for every item, atomically, and reports
// progress after each; it carries on past a failure and returns them all.
func exportAll(dir string, items []export.Item, o export.Options, progress func(done int)) []error {
	var errs []error
	writeItems(dir, items, o, time.Time{}, func(i int, it export.Item, _ string, err error) {
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", it.Name, err))
		}
		if progress != nil {
			progress(i + 1)
		}
	})
	return errs
}

// writeItems renders each item into dir as fileName names it, each written
// whole or not at all, and tells done of each: the one loop of Export all…
// and aicamps export --out.
func writeItems(dir string, items []export.Item, o export.Options, asOf time.Time, done func(i int, it export.Item, path string, err error)) {
	for i, it := range items {
		path := filepath.Join(dir, fileName(it.Name, asOf, o.Format))
		opts := it.Apply(o)
		done(i, it, path, export.WriteFile(path, func(w io.Writer) error { return export.Render(w, opts, it.Draw) }))
	}
}

func existingFiles(dir string, items []export.Item, format string) []string {
	var out []string
	for _, it := range items {
		name := it.Name + "." + format
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			out = append(out, name)
		}
	}
	return out
}
