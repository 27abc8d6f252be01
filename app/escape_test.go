package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/views/export"
)

// TestExportDialogEscape: Escape cancels the export options dialog and then
// gives the window's own key handler back.
func TestExportDialogEscape(t *testing.T) {
	a := test.NewTempApp(t)
	win := test.NewWindow(nil)
	defer win.Close()
	var seen []fyne.KeyName
	win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) { seen = append(seen, e.Name) })
	called := false
	askOptions(win, a.Preferences(), "Export", "Save…", func(export.Options) { called = true })
	if win.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog shown")
	}
	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyA})
	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if top := win.Canvas().Overlays().Top(); top != nil && top.Visible() {
		t.Fatal("Escape did not close the dialog")
	}
	if called {
		t.Error("Escape exported instead of cancelling")
	}
	win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyB})
	if len(seen) != 2 || seen[0] != fyne.KeyA || seen[1] != fyne.KeyB {
		t.Errorf("the window's key handler saw %v, want [A B]", seen)
	}
}
