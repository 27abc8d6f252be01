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

	"github.com/aicamps/aicamps/assets"
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
	for _, want := range []string{"格式", "尺寸", "背景", "主题", "取消", "选中项", "保留高亮", "取景", "显示全部 与屏幕取景一致"} {
		if !strings.Contains(got, want) {
			t.Errorf("the Chinese export dialog lacks %q:\n%s", want, got)
		}
	}
	for _, english := range []string{"Format", "Background", "Custom size", "Save", "Framing", "Fit everything", "highlight"} {
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

// TestSavedCopyHasItsSchema: the saved copy of the bundled data points
// "$schema" at ./schema.json, which is written beside it (finding 12).
func TestSavedCopyHasItsSchema(t *testing.T) {
	dir := t.TempDir()
	saved := filepath.Join(dir, "camps.json")
	if err := os.WriteFile(saved, assets.CampsJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(assets.CampsJSON), `"./schema.json"`) {
		t.Fatal("the bundled data no longer points at ./schema.json: update this test")
	}
	if err := saveSchemaBeside(saved); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "schema.json"))
	if err != nil || string(got) != string(assets.SchemaJSON) {
		t.Fatalf("schema.json beside the copy: %v (%d bytes)", err, len(got))
	}
	// One already there is kept.
	os.WriteFile(filepath.Join(dir, "schema.json"), []byte("mine"), 0o644)
	saveSchemaBeside(saved)
	if got, _ := os.ReadFile(filepath.Join(dir, "schema.json")); string(got) != "mine" {
		t.Error("an existing schema.json was replaced")
	}
}

// TestNoticeFollowsTheLanguage: a notice shown in Chinese is said again in
// English after the switch (finding 12).
func TestNoticeFollowsTheLanguage(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "zh")
	u := newTestUI(t, a, options{})
	u.notify("notice.reloaded", map[string]string{"Name": "camps.json"})
	zh := u.status.notice.Text
	u.state.SetLang("en")
	if got := u.status.notice.Text; got != "Reloaded camps.json" {
		t.Errorf("after switching to English the notice %q says %q", zh, got)
	}
}
