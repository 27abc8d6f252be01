package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/views/export"
)

// TestExportDialogFollowsTheLanguage: switched to 中文 in the window, the
// export dialog speaks Chinese whatever the system's language (finding 6).
func TestExportDialogFollowsTheLanguage(t *testing.T) {
	u := newTestUI(t, nil, options{})
	u.state.SetLang("zh")
	showExportDialog(u.win, u.prefs, export.Item{Name: "network", Title: "关系网络"})
	var b strings.Builder
	walk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.RadioGroup:
			b.WriteString(strings.Join(x.Options, " ") + "\n")
		}
	})
	got := b.String()
	for _, want := range []string{"格式", "尺寸", "背景", "主题", "取消"} {
		if !strings.Contains(got, want) {
			t.Errorf("the Chinese export dialog lacks %q:\n%s", want, got)
		}
	}
	for _, english := range []string{"Format", "Background", "Custom size", "Save"} {
		if strings.Contains(got, english) {
			t.Errorf("the Chinese export dialog says %q:\n%s", english, got)
		}
	}
}

// TestStartupErrorInTheWindowsLanguage: a folder given as the data file is
// explained in Chinese, not with Go's English message.
func TestStartupErrorInTheWindowsLanguage(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "zh")
	dir := t.TempDir()
	u := newTestUI(t, a, options{dataFile: dir})
	got := dialogText(t, u)
	if !strings.Contains(got, "是文件夹") || strings.Contains(got, "is a directory") {
		t.Errorf("the error dialog for a folder says:\n%s", got)
	}
}

// TestReplaceOneFileOrSkip: one file already there is named in the singular,
// and Skip existing writes the others (finding 12).
func TestReplaceOneFileOrSkip(t *testing.T) {
	u := newTestUI(t, nil, options{})
	var replace *bool
	askReplace(u.win, "/tmp/out", []string{"network.png"}, func(r bool) { replace = &r })
	got := dialogText(t, u)
	if !strings.Contains(got, "network.png already exists in /tmp/out. Replace it?") || strings.Contains(got, "1 files") {
		t.Errorf("one existing file:\n%s", got)
	}
	tapButton(t, u, "Skip existing")
	if replace == nil || *replace {
		t.Fatalf("Skip existing: replace = %v", replace)
	}
	items := []export.Item{{Name: "network"}, {Name: "timeline"}}
	if left := withoutFiles(items, []string{"network.png"}, "png"); len(left) != 1 || left[0].Name != "timeline" {
		t.Errorf("skipping network.png leaves %v", left)
	}
	askReplace(u.win, "/tmp/out", []string{"a.png", "b.png"}, func(r bool) { replace = &r })
	if got := dialogText(t, u); !strings.Contains(got, "2 files already exist") {
		t.Errorf("two existing files:\n%s", got)
	}
	tapButton(t, u, "Replace")
	if !*replace {
		t.Error("Replace did not replace")
	}
}

func tapButton(t *testing.T, u *ui, text string) {
	t.Helper()
	var b *widget.Button
	walk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if x, ok := o.(*widget.Button); ok && x.Text == text {
			b = x
		}
	})
	if b == nil {
		t.Fatalf("no button %q in:\n%s", text, dialogText(t, u))
	}
	test.Tap(b)
}

// TestExportNamesCarryTheDate: with a date set, the file names offered say
// it, so that exports for several dates don't overwrite each other.
func TestExportNamesCarryTheDate(t *testing.T) {
	u := newTestUI(t, nil, options{})
	var name string
	u.export.one = func(_ fyne.Window, _ fyne.Preferences, it export.Item) { name = it.Name }
	u.onExport()
	if name != "network" {
		t.Errorf("all dates: %q", name)
	}
	u.state.SetAsOf(time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC))
	u.onExport()
	if name != "network-2025-11-04" {
		t.Errorf("as of 4 Nov 2025: %q", name)
	}
	for _, it := range u.exportItems() {
		if !strings.HasSuffix(it.Name, "-2025-11-04") {
			t.Errorf("Export all names %q", it.Name)
		}
	}
}

// TestSingleExportConfirms: a saved export says so in the status bar.
func TestSingleExportConfirms(t *testing.T) {
	u := newTestUI(t, nil, options{})
	path := filepath.Join(t.TempDir(), "network.svg")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	it := export.Item{Name: "network", Draw: func(export.Frame) error { return nil }}
	saver{win: u.win, prefs: u.prefs, item: it, opts: export.Defaults()}.onSave(w, nil)
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	if got := u.status.notice.Text; !strings.Contains(got, "Exported") || !strings.Contains(got, path) {
		t.Errorf("after the export the status says %q", got)
	}
}
