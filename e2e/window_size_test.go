//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// geometry is the window's size as X has it ("1280x800").
func (a *app) geometry() string {
	a.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := xdo(ctx, "getwindowgeometry", a.wid)
	if err != nil {
		a.t.Fatal(err)
	}
	for _, line := range strings.Split(out, "\n") {
		if g, ok := strings.CutPrefix(strings.TrimSpace(line), "Geometry: "); ok {
			return g
		}
	}
	a.t.Fatalf("no geometry in %q", out)
	return ""
}

// click clicks at x, y of the screen (the window fills it at 0, 0).
func (a *app) click(x, y int) {
	a.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := xdo(ctx, "mousemove", "--sync", fmt.Sprint(x), fmt.Sprint(y), "click", "1"); err != nil {
		a.t.Fatal(err)
	}
}

// TestWindowKeepsItsSize clicks through the views, timeline events, network
// companies, a date on the slider and the charts, and expects the window to
// keep the size it opened with: no widget's minimum may grow it.
func TestWindowKeepsItsSize(t *testing.T) {
	a := launch(t, "en_US.UTF-8")
	first, _ := settled(t, "size-1-network")
	want := a.geometry()
	check := func(step string) {
		t.Helper()
		time.Sleep(700 * time.Millisecond)
		if got := a.geometry(); got != want {
			img, path := shot(t, "size-"+strings.ReplaceAll(step, " ", "-"))
			_ = img
			t.Fatalf("after %s the window is %s, want %s: %s", step, got, want, path)
		}
	}
	// Companies and deals in the network (where the bundled layout puts them
	// at 1280×800), then the timeline's rows, then a date, then the charts.
	for _, p := range [][2]int{{857, 446}, {637, 263}, {740, 350}, {400, 520}} {
		a.click(p[0], p[1])
		check(fmt.Sprintf("network click %d,%d", p[0], p[1]))
	}
	a.key("ctrl+2")
	changed(t, first, "size-2-timeline", 0.0015)
	check("timeline")
	for y := 176; y <= 700; y += 42 {
		a.click(700, y)
		check(fmt.Sprintf("timeline click 700,%d", y))
	}
	a.click(1040, 777) // the slider, a date
	check("a date")
	a.key("ctrl+3")
	check("charts with a date")
	for y := 130; y <= 400; y += 36 {
		a.click(120, y)
		check(fmt.Sprintf("charts click 120,%d", y))
	}
	a.key("ctrl+2")
	check("timeline with a date")
	a.quit()
}
