package app

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/views/export"
)

// errCancelled stops a replay export; nothing has been written by then.
var errCancelled = errors.New("cancelled")

// replayForm is File › Export replay…: the format, the view, the size and
// the time each step shows.
type replayForm struct {
	format *widget.RadioGroup
	view   *widget.Select
	size   *widget.Select
	delay  *widget.Select
}

var replayDelays = []string{"0.5s", "1s", "1.5s", "2s", "3s"}

func newReplayForm(tr *translator) *replayForm {
	f := &replayForm{
		format: &widget.RadioGroup{Options: []string{lang.L("Slides (PPTX)"), lang.L("Animation (GIF)")}, Horizontal: true, Required: true},
		view:   &widget.Select{Options: []string{tr.L("view.network"), tr.L("view.timeline")}},
		size:   &widget.Select{Options: []string{"1280x720", "1920x1080", "1600x1200", "1080x1080"}},
		delay:  &widget.Select{Options: replayDelays},
	}
	f.format.SetSelected(f.format.Options[1])
	f.view.SetSelectedIndex(0)
	f.size.SetSelectedIndex(0)
	f.delay.SetSelected("1s")
	return f
}

func (f *replayForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		{Text: lang.L("Format"), Widget: f.format},
		{Text: lang.L("View"), Widget: f.view},
		{Text: lang.L("Size"), Widget: f.size},
		{Text: lang.L("Step delay"), Widget: f.delay, HintText: lang.L("how long each date shows in the GIF")},
	}
}

// choice is the file's extension, the view's name, the size and the delay.
func (f *replayForm) choice() (ext, view string, w, h int, delay time.Duration, err error) {
	ext, view = ".gif", "network"
	if f.format.Selected == f.format.Options[0] {
		ext = ".pptx"
	}
	if f.view.SelectedIndex() == 1 {
		view = "timeline"
	}
	if w, h, err = export.ParseSize(f.size.Selected); err != nil {
		return
	}
	delay, err = time.ParseDuration(f.delay.Selected)
	return
}

// onExportReplay asks for the replay's options, then where to save it.
func (u *ui) onExportReplay() {
	form := newReplayForm(u.tr)
	d := dialog.NewForm(lang.L("Export replay"), lang.L("Save…"), lang.L("Cancel"), form.items(), func(ok bool) {
		if !ok {
			return
		}
		ext, view, w, h, delay, err := form.choice()
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		job := u.replayJob(view, w, h, delay)
		fd := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
			if err != nil || wc == nil {
				return
			}
			// The dialog's writer is not used: the export writes the path
			// itself, atomically, once every step is drawn.
			if aw, ok := wc.(*atomicWriter); ok {
				aw.abort()
			}
			wc.Close()
			u.startReplayExport(wc.URI().Path(), job)
		}, u.win)
		fd.SetFileName("story-" + view + ext)
		if loc := lastFolder(u.prefs); loc != nil {
			fd.SetLocation(loc)
		}
		fd.Resize(fyne.NewSize(900, 600))
		fd.Show()
	}, u.win)
	closeOnEscape(u.win, d)
	d.Show()
}

// replayJob is the replay of view with the last export choices (theme,
// background) in the window's language.
func (u *ui) replayJob(view string, w, h int, delay time.Duration) outJob {
	o := clipOptions(u.prefs, u.state.Lang)
	o.Width, o.Height = w, h
	if o.Check() != nil {
		o.Scale = 1
	}
	nw, tl := u.scenes()
	return outJob{
		ds: u.state.Data, opts: o, delay: delay, replay: true, named: true,
		items: []export.Item{{Name: view}}, seen: &seenScenes{net: nw, tl: tl},
	}
}

// startReplayExport draws and writes the replay off the UI thread, with a
// progress bar and Cancel. A cancelled or failed export writes nothing.
func (u *ui) startReplayExport(path string, job outJob) (done <-chan error, cancel func()) {
	bar := widget.NewProgressBar()
	var cancelled atomic.Bool
	d := dialog.NewCustom(lang.L("Exporting…"), lang.L("Cancel"), bar, u.win)
	d.SetOnClosed(func() { cancelled.Store(true) })
	d.Show()
	d.Resize(fyne.NewSize(420, d.MinSize().Height)) // a bar wide enough to read
	job.progress = func(n, total int) error {
		fyne.Do(func() { bar.SetValue(float64(n) / float64(total)) })
		if cancelled.Load() {
			return errCancelled
		}
		return nil
	}
	ch := make(chan error, 1)
	go func() {
		err := writeOut(path, job)
		fyne.Do(func() {
			finished := !cancelled.Load()
			cancelled.Store(true) // d.Hide runs OnClosed
			d.Hide()
			switch {
			case errors.Is(err, errCancelled):
			case err != nil:
				dialog.ShowError(fmt.Errorf("%s: %w", path, unwrapPath(err)), u.win)
			case finished:
				u.status.notify(u.tr.L("notice.saved", map[string]string{"Path": path}))
			}
			ch <- err
		})
	}()
	return ch, func() { cancelled.Store(true) }
}
