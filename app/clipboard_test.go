package app

import (
	"bytes"
	"errors"
	"image/png"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/export"
)

// copied replaces the system clipboard for a test and returns what the
// next copy writes, or its error.
func copied(t *testing.T, fail error) func() ([]byte, error) {
	var got []byte
	done := make(chan error, 1)
	old, oldAfter := writeImage, afterCopy
	writeImage = func(b []byte) error { got = b; return fail }
	afterCopy = func(err error) { done <- err }
	t.Cleanup(func() { writeImage, afterCopy = old, oldAfter })
	return func() ([]byte, error) {
		select {
		case err := <-done:
			return got, err
		case <-time.After(20 * time.Second):
			t.Fatal("the copy did not finish")
			return nil, nil
		}
	}
}

// Ctrl+Shift+C copies the current view as a 16:9 PNG at 2× (the default
// export choices), and the status bar says so.
func TestCopyViewAsImage(t *testing.T) {
	u := newTestUI(t, nil, options{})
	wait := copied(t, nil)
	press(u, scCopyImage)
	b, err := wait()
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 3840 || cfg.Height != 2160 {
		t.Fatalf("clipboard holds %dx%d (%v), want a 3840x2160 PNG", cfg.Width, cfg.Height, err)
	}
	if got := u.status.notice.Text; got != "Copied 3840×2160 picture" {
		t.Errorf("status bar says %q", got)
	}
}

// The last export choices apply: 4:3 at 1×.
func TestCopyUsesLastExportChoices(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "zh")
	a.Preferences().SetString(prefExportSize, "4:3")
	a.Preferences().SetInt(prefExportScale, 1)
	u := newTestUI(t, a, options{})
	wait := copied(t, nil)
	u.onCopyImage()
	if _, err := wait(); err != nil {
		t.Fatal(err)
	}
	if got := u.status.notice.Text; got != "已复制 1600×1200 图片" {
		t.Errorf("status bar says %q", got)
	}
}

// Without a system clipboard (no X display) the user is told, nothing
// crashes, and the status bar does not claim a copy.
func TestCopyWithoutClipboard(t *testing.T) {
	u := newTestUI(t, nil, options{})
	wait := copied(t, errors.New("no display"))
	press(u, scCopyImage)
	if _, err := wait(); err == nil {
		t.Fatal("no error")
	}
	if strings.Contains(u.status.notice.Text, "Copied") {
		t.Errorf("status bar says %q", u.status.notice.Text)
	}
}

// BenchmarkCopyViewAsImage is Ctrl+Shift+C's work after the key press: the
// bundled network rendered at 16:9 2× and handed to the clipboard (the real
// one when $DISPLAY is set, else only the render and the encoding).
func BenchmarkCopyViewAsImage(b *testing.B) {
	ds, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	it := exportItems(ds, "en", time.Time{})[0]
	o := it.Apply(export.Defaults())
	if os.Getenv("DISPLAY") == "" {
		old := writeImage
		writeImage = func([]byte) error { return nil }
		defer func() { writeImage = old }()
	}
	for b.Loop() {
		if _, err := copyPicture(o, it.Draw); err != nil {
			b.Fatal(err)
		}
	}
}
