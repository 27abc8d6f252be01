package app

import (
	"bytes"
	"fmt"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"golang.design/x/clipboard"

	"github.com/aicamps/aicamps/views/export"
)

// scCopyImage is Edit › Copy view as image: Ctrl+Shift+C (Cmd on macOS).
var scCopyImage = &desktop.CustomShortcut{KeyName: fyne.KeyC, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// Fyne's clipboard holds text only; golang.design/x/clipboard writes
// image/png on X11, Windows and macOS. It owns the clipboard through a
// window of its own, so Fyne's text copy (an error message) still works:
// whichever wrote last owns it.
var (
	clipOnce sync.Once
	clipErr  error
)

// writeImage puts a PNG on the system clipboard; tests replace it.
var writeImage = func(b []byte) error {
	clipOnce.Do(func() { clipErr = clipboard.Init() })
	if clipErr != nil {
		return fmt.Errorf("the system clipboard is not available: %w", clipErr)
	}
	clipboard.Write(clipboard.FmtImage, b)
	return nil
}

// afterCopy, when set, hears when a copy has finished (tests wait on it).
var afterCopy func(error)

// clipOptions are the last export choices, as a PNG (16:9 at 2× by default).
func clipOptions(prefs fyne.Preferences, lang string) export.Options {
	o, _, err := newExportForm(prefs).options()
	if err != nil {
		o = export.Defaults()
	}
	o.Format, o.Lang = export.PNG, lang
	return o
}

// onCopyImage renders the current view headlessly, like an export, off the
// UI thread, and puts it on the clipboard; the status bar says when it is.
func (u *ui) onCopyImage() {
	it, ok := u.views.current(u.tabs.SelectedIndex())
	if !ok {
		u.status.notify(u.tr.L("notice.nothing"))
		return
	}
	o := it.Apply(clipOptions(u.prefs, u.state.Lang))
	go func() {
		msg, err := copyPicture(o, it.Draw)
		fyne.Do(func() {
			if err != nil {
				dialog.ShowError(err, u.win)
			} else {
				u.status.notify(u.tr.L("notice.copiedImage", map[string]string{"Size": msg}))
			}
			if afterCopy != nil {
				afterCopy(err)
			}
		})
	}()
}

// copyPicture renders and copies; it returns the size, "3840×2160".
func copyPicture(o export.Options, draw export.DrawFunc) (string, error) {
	img, err := export.Framed(o, draw)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := export.EncodePNG(&b, img); err != nil {
		return "", err
	}
	if err := writeImage(b.Bytes()); err != nil {
		return "", err
	}
	return fmt.Sprintf("%d×%d", img.Rect.Dx(), img.Rect.Dy()), nil
}
