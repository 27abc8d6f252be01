package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/fsnotify/fsnotify"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/sheet"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// startData opens the data the window starts on: --data FILE, else the last
// file opened, else the bundled data.
func (u *ui) startData(file string) {
	if file != "" {
		u.open(file)
		return
	}
	last := u.prefs.String(prefLastFile)
	if last == "" {
		return
	}
	if _, err := os.Stat(last); err != nil {
		u.prefs.SetString(prefLastFile, "")
		u.notify("notice.lastMissing", map[string]string{"Path": last})
		dialog.ShowInformation(u.tr.L("notice.lastMissingTitle"), u.tr.L("notice.lastMissing", map[string]string{"Path": last}), u.win)
		return
	}
	u.open(last)
}

// open loads the camps file at path and shows it. A file with errors gets the
// error dialog and the current data stays.
func (u *ui) open(path string) bool {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	ds, warns, err := loadFile(path)
	u.noteWarnings(warns)
	if err != nil {
		u.showLoadError(path, err)
		return false
	}
	u.switchData(ds, path)
	addRecent(u.prefs, path)
	u.win.SetMainMenu(u.menu())
	u.watch(path)
	return true
}

// reload reads the current file again, keeping the view state; the bundled
// data has nothing to reload.
func (u *ui) reload() {
	path := u.state.Path
	if path == "" {
		return
	}
	ds, warns, err := loadFile(path)
	u.noteWarnings(warns)
	if err != nil {
		u.notify("notice.reloadFailed", map[string]string{"Name": filepath.Base(path)})
		u.showLoadError(path, err)
		return
	}
	u.state.SetData(ds, path)
	u.notify("notice.reloaded", map[string]string{"Name": filepath.Base(path)})
}

// useBundled goes back to the data built into the app.
func (u *ui) useBundled() {
	u.stopWatch()
	u.switchData(u.bundled, "")
}

// switchData shows another dataset (not a reload of the same one): a replay
// stops, and an "as of" date before the new data's first day goes back to
// all dates, so the views are not left empty under a stale date.
func (u *ui) switchData(ds *data.Dataset, path string) {
	u.player.pause()
	if t := u.state.AsOf; !t.IsZero() {
		if from, _, ok := dateSpan(ds); !ok || t.Before(from) {
			u.state.SetAsOf(time.Time{})
		}
	}
	u.state.SetData(ds, path)
}

func (u *ui) onReload() { u.reload() }

// noteWarnings logs a workbook's warnings (a Kumu type guessed, a hidden
// sheet) and says in the status bar how many there were.
func (u *ui) noteWarnings(warns []data.Error) {
	if len(warns) == 0 {
		return
	}
	printWarnings(u.log, warns)
	u.status.notify(u.tr.L("notice.warnings", map[string]string{"N": strconv.Itoa(len(warns)), "First": warns[0].String()}))
}

// onOpen asks for a camps file (.json or .xlsx) to open.
func (u *ui) onOpen() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		u.open(path)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".xlsx", ".xlsm"}))
	if u.state.Path != "" {
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(u.state.Path))); err == nil {
			d.SetLocation(dir)
		}
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// onDropped opens the first camps file (.json, .xlsx) dropped on the window.
func (u *ui) onDropped(_ fyne.Position, uris []fyne.URI) {
	for _, uri := range uris {
		if isDataFile(uri.Path()) {
			u.open(uri.Path())
			return
		}
	}
	u.notify("notice.dropJSON")
}

// onSaveBundledWorkbook saves the bundled data as a workbook, to fill in.
func (u *ui) onSaveBundledWorkbook() {
	ds := u.bundled
	u.saveFile("camps.xlsx", ".xlsx", func(w io.Writer) error { return sheet.Write(w, ds) })
}

// onSaveBundled saves a copy of the bundled data, a start for one's own file.
func (u *ui) onSaveBundled() {
	u.saveFileThen("camps.json", ".json", func(w io.Writer) error {
		_, err := w.Write(assets.CampsJSON)
		return err
	}, saveSchemaBeside)
}

// saveSchemaBeside writes schema.json next to a saved copy of the data, whose
// "$schema" points at ./schema.json; one already there is left alone.
func saveSchemaBeside(saved string) error {
	path := filepath.Join(filepath.Dir(saved), "schema.json")
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	return export.WriteFile(path, func(w io.Writer) error {
		_, err := w.Write(assets.SchemaJSON)
		return err
	})
}

// loadErrors splits a load error into its lines, as `aicamps validate` prints them.
func loadErrors(err error) []string {
	var lines []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// showLoadError shows why a file could not be opened, with a Copy button,
// and prints the same to the log.
func (u *ui) showLoadError(path string, err error) {
	fmt.Fprintf(u.log, "aicamps: cannot open %s:\n%v\n", path, err)
	if u.errDialog != nil {
		u.errDialog.Hide()
	}
	text := err.Error()
	// The system's own messages ("open x: permission denied") are Go's, in
	// English: say them in the window's language.
	at := map[string]string{"Path": path}
	if fi, serr := os.Stat(path); serr == nil && fi.IsDir() {
		text = u.tr.L("dialog.isDir", at)
	} else if errors.Is(err, os.ErrNotExist) {
		text = u.tr.L("dialog.notFound", at)
	} else if errors.Is(err, os.ErrPermission) {
		text = u.tr.L("dialog.noAccess", at)
	} else if des := (data.Errors)(nil); errors.As(err, &des) {
		text = des.In(u.state.Lang) // the loader's messages in the window's language; places unchanged
	}
	lines := loadErrors(errors.New(text))
	list := widget.NewLabel(strings.Join(lines, "\n"))
	list.Wrapping = fyne.TextWrapWord // messages run long; the whole of each stays in view
	intro := widget.NewLabel(u.tr.L("dialog.badFile.intro"))
	intro.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(680, 260))
	d := dialog.NewCustomWithoutButtons(u.tr.L("dialog.badFile.title", map[string]string{"Name": filepath.Base(path)}),
		container.NewBorder(intro, nil, nil, nil, scroll), u.win)
	copyBtn := widget.NewButton(u.tr.L("dialog.copy"), nil)
	copyBtn.OnTapped = func() {
		u.app.Clipboard().SetContent(text)
		copyBtn.SetText(u.tr.L("dialog.copied"))
	}
	closeBtn := widget.NewButton(u.tr.L("dialog.close"), d.Hide)
	closeBtn.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{copyBtn, closeBtn})
	d.SetOnClosed(func() {
		if u.errDialog == d {
			u.errDialog = nil
		}
	})
	u.errDialog = d
	d.Show()
}

// watch reloads the data file when it changes on disk.
func (u *ui) watch(path string) {
	u.stopWatch()
	w, err := newWatcher(path, u.debounce, func() { u.toUI(u.reload) })
	if err != nil {
		fmt.Fprintf(u.log, "aicamps: not watching %s: %v\n", path, err)
		return
	}
	u.watcher = w
}

func (u *ui) stopWatch() {
	if u.watcher != nil {
		u.watcher.Close()
		u.watcher = nil
	}
}

// watcher calls changed once a file has been quiet for a while after a
// change. It watches the file's directory, since editors often save by
// writing a new file and renaming it over the old one.
type watcher struct {
	fs   *fsnotify.Watcher
	done chan struct{}
}

func newWatcher(path string, debounce time.Duration, changed func()) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	if err := fw.Add(filepath.Dir(path)); err != nil {
		fw.Close()
		return nil, err
	}
	w := &watcher{fs: fw, done: make(chan struct{})}
	go w.loop(filepath.Clean(path), debounce, changed)
	return w, nil
}

func (w *watcher) loop(path string, debounce time.Duration, changed func()) {
	defer close(w.done)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	for {
		select {
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			if filepath.Clean(ev.Name) == path && ev.Op&(fsnotify.Write|fsnotify.Create) != 0 {
				timer.Reset(debounce)
			}
		case _, ok := <-w.fs.Errors:
			if !ok {
				return
			}
		case <-timer.C:
			changed()
		}
	}
}

// Close stops the watcher and waits for its goroutine.
func (w *watcher) Close() {
	w.fs.Close()
	<-w.done
}

// onExportTimelineJS saves the timeline as a TimelineJS3 JSON file, in the
// current language, with the timeline's filters and the State's date.
func (u *ui) onExportTimelineJS() {
	_, sc := u.scenes()
	lang := u.state.Lang
	u.saveFile("timeline-"+lang+".json", ".json", func(w io.Writer) error { return timeline.WriteTimelineJSScene(w, sc, lang) })
}

// scenes are what the views show now: positions, filters, date, language.
func (u *ui) scenes() (network.Scene, timeline.Scene) {
	if u.views != nil && u.views.scenes != nil {
		return u.views.scenes()
	}
	s := u.state
	return network.Scene{Data: s.Data, Lang: s.Lang, AsOf: s.AsOf}, timeline.Scene{Data: s.Data, AsOf: s.AsOf}
}

// exportItems is everything Export all… writes, as of the State's date,
// named for it.
func (u *ui) exportItems() []export.Item {
	items := exportItems(u.state.Data, u.state.Lang, u.state.AsOf)
	// The network and the timeline as the window shows them (filters,
	// selection, framing), as Export… has them.
	for i, tab := range []int{tabNetwork, tabTimeline} {
		if u.views == nil || u.views.current == nil {
			break
		}
		if it, ok := u.views.current(tab); ok && i < len(items) && items[i].Name == it.Name {
			items[i] = it
		}
	}
	for i := range items {
		items[i].Name = datedName(items[i].Name, u.state.AsOf)
	}
	return items
}

// datedName adds the as-of day to an export's file name ("network-2025-11-04"),
// so that exports for several dates don't overwrite each other.
func datedName(name string, asOf time.Time) string {
	if asOf.IsZero() {
		return name
	}
	return name + "-" + asOf.Format(asOfLayout)
}

// onExportGEXF saves the network as GEXF (for Gephi), as the view shows
// it: positions, filters, the State's date.
func (u *ui) onExportGEXF() {
	sc, _ := u.scenes()
	u.saveFile("network.gexf", ".gexf", func(w io.Writer) error { return network.WriteGEXFScene(w, sc) })
}

// onExportGraphML saves the network as GraphML (for yEd, Cytoscape), as the
// view shows it.
func (u *ui) onExportGraphML() {
	sc, _ := u.scenes()
	u.saveFile("network.graphml", ".graphml", func(w io.Writer) error { return network.WriteGraphMLScene(w, sc) })
}

// saveFile asks where to save name and writes it with write.
func (u *ui) saveFile(name, ext string, write func(io.Writer) error) {
	u.saveFileThen(name, ext, write, nil)
}

// saveFileThen is saveFile, then after (if any) with the saved file's path.
func (u *ui) saveFileThen(name, ext string, write func(io.Writer) error, after func(path string) error) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		if err := saveTo(wc, write); err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if after != nil {
			if err := after(wc.URI().Path()); err != nil {
				dialog.ShowError(err, u.win)
				return
			}
		}
		u.notify("notice.saved", map[string]string{"Path": wc.URI().Path()})
	}, u.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// saveTo fills a file the save dialog chose. The window's own atomic
// writer (atomicfiles.go) and any non-local file go through writeSaved,
// which writes nothing on an error; a plain local writer, which the dialog
// has already emptied, through export.WriteFile (a temporary file, then a
// rename).
func saveTo(wc fyne.URIWriteCloser, write func(io.Writer) error) error {
	if _, atomic := wc.(*atomicWriter); atomic || wc.URI().Scheme() != "file" {
		return writeSaved(wc, write)
	}
	path := wc.URI().Path()
	if err := wc.Close(); err != nil {
		return err
	}
	if err := export.WriteFile(path, write); err != nil {
		os.Remove(path) // the dialog had emptied it: leave no empty file behind
		return err
	}
	return nil
}
