package app

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

func fixtureItems(t *testing.T) []export.Item {
	t.Helper()
	ds, err := data.LoadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	return exportItems(ds, "zh", time.Time{})
}

func TestExportFormRemembersChoices(t *testing.T) {
	prefs := test.NewTempApp(t).Preferences()
	f := newExportForm(prefs)
	o, size, err := f.options()
	if err != nil || o.Format != export.PNG || o.Width != 1920 || o.Height != 1080 || o.Scale != 2 || o.Transparent || o.Theme.Name != "light" || size != "16:9" {
		t.Fatalf("defaults: %+v %q %v", o, size, err)
	}
	f.format.SetSelected("SVG")
	f.size.SetSelected(f.size.Options[len(f.size.Options)-1]) // custom
	f.custom.SetText("1280x720")
	f.scale.SetSelected("3×")
	f.background.SetSelected(f.background.Options[1])
	f.theme.SetSelected(f.theme.Options[1])
	o, size, err = f.options()
	if err != nil {
		t.Fatal(err)
	}
	f.remember(prefs, o, size)

	g := newExportForm(prefs)
	o2, size2, err := g.options()
	if err != nil || o2.Format != export.SVG || o2.Width != 1280 || o2.Height != 720 || o2.Scale != 3 || !o2.Transparent || o2.Theme.Name != "dark" || size2 != "1280x720" {
		t.Errorf("reopened form: %+v %q %v", o2, size2, err)
	}
	if g.custom.Disabled() {
		t.Error("custom size field disabled while Custom is chosen")
	}

	g.custom.SetText("12x7")
	if _, _, err := g.options(); err == nil {
		t.Error("a 12x7 custom size passed")
	}
}

// memWriter stands in for the file the save dialog opens.
type memWriter struct {
	bytes.Buffer
	uri    fyne.URI
	closed bool
}

func (m *memWriter) URI() fyne.URI { return m.uri }
func (m *memWriter) Close() error  { m.closed = true; return nil }

func TestSaveWritesThePicture(t *testing.T) {
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	items := fixtureItems(t)
	o := export.Defaults()
	o.Width, o.Height, o.Scale = 640, 360, 2
	dir := t.TempDir()
	w := &memWriter{uri: storage.NewFileURI(filepath.Join(dir, "deal-values.png"))}
	saver{win: win, prefs: a.Preferences(), item: items[0], opts: o}.onSave(w, nil)
	if !w.closed {
		t.Error("writer not closed")
	}
	img, err := png.Decode(&w.Buffer)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 720 {
		t.Errorf("size %v", b)
	}
	if got := strings.TrimSuffix(a.Preferences().String(prefExportFolder), "/"); got != storage.NewFileURI(dir).String() {
		t.Errorf("folder remembered as %q", got)
	}
	// Cancelling writes nothing and raises nothing.
	saver{win: win, prefs: a.Preferences(), item: items[0], opts: o}.onSave(nil, nil)
}

func TestShowExportDialogOpensTheForm(t *testing.T) {
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, nil)
	win.Resize(fyne.NewSize(800, 600))
	showExportDialog(win, a.Preferences(), fixtureItems(t)[0])
	if win.Canvas().Overlays().Top() == nil {
		t.Error("no dialog shown")
	}
}

func TestExportAllWritesEveryItem(t *testing.T) {
	items := fixtureItems(t)
	dir := t.TempDir()
	o := export.Defaults()
	o.Format, o.Width, o.Height = export.SVG, 800, 450
	var done []int
	if errs := exportAll(dir, items, o, func(n int) { done = append(done, n) }); len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(done) != len(items) || done[len(done)-1] != len(items) {
		t.Errorf("progress %v for %d items", done, len(items))
	}
	if got := existingFiles(dir, items, "svg"); len(got) != len(items) {
		t.Errorf("existing = %q", got)
	}
	if got := existingFiles(dir, items, "png"); len(got) != 0 {
		t.Errorf("existing png = %q", got)
	}
	errs := exportAll(filepath.Join(dir, "missing"), items[:2], o, nil)
	if len(errs) != 2 {
		t.Errorf("errors into a missing folder: %v", errs)
	}
	if _, err := os.Stat(filepath.Join(dir, items[0].Name+".svg")); err != nil {
		t.Error(err)
	}
}
