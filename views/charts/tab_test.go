package charts

import (
	"image"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

func TestTabSelectAndExport(t *testing.T) {
	test.NewTempApp(t)
	ds := fixture(t)
	tab := NewTab(ds, "en")
	w := test.NewTempWindow(t, tab)
	w.Resize(fyne.NewSize(1000, 600))

	if got := tab.Current().Name; got != ds.Charts[0].ID {
		t.Errorf("first shown = %q, want %q", got, ds.Charts[0].ID)
	}
	tab.Select("end-game")
	if got := tab.Current().Name; got != "end-game" {
		t.Errorf("after Select: %q", got)
	}
	if tab.title.Text != "Three end-games" {
		t.Errorf("title label = %q", tab.title.Text)
	}
	tab.list.Select(1) // as a click in the list does
	if got := tab.Current().Name; got != ds.Charts[1].ID {
		t.Errorf("after a list click: %q", got)
	}

	calls := 0
	tab.OnExport = func() { calls++ }
	test.Tap(tab.export)
	if calls != 1 {
		t.Errorf("Export… called OnExport %d times", calls)
	}

	// Language and date keep the selection and change the texts.
	tab.SetLang("zh")
	tab.SetAsOf(time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC))
	if it := tab.Current(); it.Name != ds.Charts[1].ID || it.AsOf != "截至 2025年11月4日" {
		t.Errorf("after zh and as-of: %q %q", it.Name, it.AsOf)
	}
	if tab.export.Text != "导出…" {
		t.Errorf("button = %q", tab.export.Text)
	}
	tab.SetTheme(export.Dark)

	// The picture is drawn at the raster's pixel size, not blank.
	img := tab.paint(400, 300)
	if img.Bounds().Dx() != 400 || img.Bounds().Dy() != 300 {
		t.Errorf("picture %v", img.Bounds())
	}
	if rgba, ok := img.(*image.RGBA); !ok || uniform(rgba) {
		t.Error("the chart picture is blank")
	}
}

func TestTabWithoutCharts(t *testing.T) {
	test.NewTempApp(t)
	tab := NewTab(&data.Dataset{}, "en")
	test.NewTempWindow(t, tab)
	if tab.Current().Draw != nil || !tab.export.Disabled() {
		t.Error("an empty dataset should show nothing and disable Export…")
	}
	calls := 0
	tab.OnExport = func() { calls++ }
	test.Tap(tab.export)
	if calls != 0 {
		t.Error("a disabled Export… fired")
	}
	tab.SetDataset(fixture(t))
	if tab.Current().Name == "" || tab.export.Disabled() {
		t.Error("SetDataset did not bring the charts")
	}
}

func uniform(img *image.RGBA) bool {
	first := img.RGBAAt(0, 0)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			if img.RGBAAt(x, y) != first {
				return false
			}
		}
	}
	return true
}
