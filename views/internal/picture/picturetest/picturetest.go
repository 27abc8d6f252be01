// Package picturetest helps the widgets' tests watch their picture cache
// under Fyne's test driver.
package picturetest

import (
	"image"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/aicamps/aicamps/views/internal/picture"
)

// Shown is the picture the window shows through r: what r gave the test
// driver's painter for a capture of w (an empty picture if none).
func Shown(w fyne.Window, r *canvas.Raster) *image.RGBA {
	var shown image.Image
	gen := r.Generator
	r.Generator = func(w, h int) image.Image { shown = gen(w, h); return shown }
	defer func() { r.Generator = gen }()
	w.Canvas().Capture()
	img, _ := shown.(*image.RGBA)
	if img == nil {
		img = image.NewRGBA(image.Rectangle{})
	}
	return img
}

// Timers is a settle timer that a test fires by hand: the test driver runs
// fyne.Do in place, so a real timer would touch the widget from its own
// goroutine.
type Timers struct {
	started []func()
}

// Settling is a cache's settling through t: each gesture step starts a
// timer that waits for Fire; the test's goroutine plays the UI's.
func (t *Timers) Settling(delay time.Duration, refresh func()) picture.Settling {
	return picture.Settling{
		Delay:   delay,
		After:   func(_ time.Duration, f func()) { t.started = append(t.started, f) },
		Do:      func(f func()) { f() },
		Refresh: refresh,
	}
}

// Started is how many timers were started, one per gesture step.
func (t *Timers) Started() int { return len(t.started) }

// Fire runs the i-th timer started, as if its delay had passed.
func (t *Timers) Fire(i int) { t.started[i]() }
