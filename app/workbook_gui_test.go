package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/sheet"
)

func writeWorkbook(t *testing.T, path string, ds *data.Dataset) {
	t.Helper()
	var b bytes.Buffer
	if err := sheet.Write(&b, ds); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDropAndReloadWorkbook: a dropped workbook opens; saved again it
// reloads; saved broken, the last good data stays and the error dialog
// names the cell.
func TestDropAndReloadWorkbook(t *testing.T) {
	// The test reloads as the watcher would; the watcher's own reloads are
	// dropped, since the test driver would run them on its goroutine.
	u := newTestUI(t, nil, options{toUI: func(func()) {}})
	path := filepath.Join(t.TempDir(), "camps.xlsx")
	ds, _ := data.Bundled()
	edited := *ds
	edited.Title.En = "Edited in a spreadsheet"
	writeWorkbook(t, path, &edited)
	u.onDropped(fyne.NewPos(1, 1), []fyne.URI{storage.NewFileURI(path)})
	if u.state.Path != path || u.state.Data.Title.En != "Edited in a spreadsheet" {
		t.Fatalf("the dropped workbook did not open: path %q: %s", u.state.Path, dialogText(t, u))
	}
	if u.watcher == nil {
		t.Error("the workbook is not watched")
	}

	edited.Title.En = "Saved again"
	writeWorkbook(t, path, &edited)
	u.reload() // what the watcher calls once the file is quiet
	if got := u.state.Data.Title.En; got != "Saved again" {
		t.Fatalf("not reloaded: %q", got)
	}

	good := u.state.Data
	broken := edited
	broken.Relations = append([]data.Relation{}, ds.Relations...)
	broken.Relations[0].To = "anthropicx"
	writeWorkbook(t, path, &broken)
	u.reload()
	if u.state.Data != good || u.errDialog == nil {
		t.Fatal("a broken workbook replaced the data or showed no error")
	}
	if text := dialogText(t, u); !strings.Contains(text, `Relations!C2: unknown company "anthropicx"`) {
		t.Errorf("the dialog does not name the cell:\n%s", text)
	}
}
