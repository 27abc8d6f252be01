package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestStepDay(t *testing.T) {
	from, to := day(2023, 11, 1), day(2026, 12, 31)
	days := []time.Time{day(2023, 11, 17), day(2025, 11, 3), day(2025, 11, 5)}
	all := time.Time{}
	for _, tc := range []struct {
		name  string
		cur   time.Time
		key   fyne.KeyName
		shift bool
		want  time.Time
		ok    bool
	}{
		{"next event", day(2025, 11, 3), fyne.KeyRight, false, day(2025, 11, 5), true},
		{"previous event", day(2025, 11, 4), fyne.KeyLeft, false, day(2025, 11, 3), true},
		{"previous from an event day", day(2025, 11, 5), fyne.KeyLeft, false, day(2025, 11, 3), true},
		{"a day on", day(2025, 11, 3), fyne.KeyRight, true, day(2025, 11, 4), true},
		{"a day back", day(2025, 11, 3), fyne.KeyLeft, true, day(2025, 11, 2), true},
		{"a day back across a month", day(2025, 11, 1), fyne.KeyLeft, true, day(2025, 10, 31), true},
		{"no day before the first", from, fyne.KeyLeft, true, from, true},
		{"no day after the last", to, fyne.KeyRight, true, to, true},
		{"no event before the first", day(2023, 11, 10), fyne.KeyLeft, false, day(2023, 11, 10), true},
		{"past the last event stays", day(2026, 1, 1), fyne.KeyRight, false, day(2026, 1, 1), true},
		{"all dates: back to the last event", all, fyne.KeyLeft, false, day(2025, 11, 5), true},
		{"all dates: back a day is the last day", all, fyne.KeyLeft, true, to, true},
		{"all dates: nothing later", all, fyne.KeyRight, false, all, true},
		{"home", day(2025, 11, 3), fyne.KeyHome, false, from, true},
		{"end", all, fyne.KeyEnd, false, to, true},
		{"other keys are not ours", day(2025, 11, 3), fyne.KeyUp, false, day(2025, 11, 3), false},
	} {
		got, ok := stepDay(tc.cur, from, to, days, tc.key, tc.shift)
		if !got.Equal(tc.want) || ok != tc.ok {
			t.Errorf("%s: %v → %v %v, want %v %v", tc.name, tc.cur, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := stepDay(all, time.Time{}, time.Time{}, nil, fyne.KeyLeft, false); ok {
		t.Error("a dataset without dates took an arrow key")
	}
}

// TestKeysMoveTheDate presses the keys on the window as a user does.
func TestKeysMoveTheDate(t *testing.T) {
	u := newTestUI(t, nil, options{})
	days := eventDays(u.state.Data)
	from, to, _ := dateSpan(u.state.Data)
	typed := func(k fyne.KeyName) { u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	// The test canvas is no desktop.Canvas: hand the key to what the
	// window's OnKeyDown and OnKeyUp call.
	shift := func(down bool) { u.heldKey(desktop.KeyShiftLeft, down) }
	typed(fyne.KeyLeft)
	if want := days[len(days)-1]; !u.state.AsOf.Equal(want) {
		t.Fatalf("← from all dates: %v, want the last event day %v", u.state.AsOf, want)
	}
	typed(fyne.KeyLeft)
	if want := days[len(days)-2]; !u.state.AsOf.Equal(want) {
		t.Errorf("←: %v, want %v", u.state.AsOf, want)
	}
	typed(fyne.KeyRight)
	if want := days[len(days)-1]; !u.state.AsOf.Equal(want) {
		t.Errorf("→: %v, want %v", u.state.AsOf, want)
	}
	shift(true)
	typed(fyne.KeyLeft)
	shift(false)
	if want := days[len(days)-1].AddDate(0, 0, -1); !u.state.AsOf.Equal(want) {
		t.Errorf("Shift+←: %v, want %v", u.state.AsOf, want)
	}
	typed(fyne.KeyHome)
	if !u.state.AsOf.Equal(from) || u.status.date.Text != from.Format(asOfLayout) {
		t.Errorf("Home: %v (field %q), want %v", u.state.AsOf, u.status.date.Text, from)
	}
	shift(true)
	typed(fyne.KeyRight)
	shift(false)
	if want := from.AddDate(0, 0, 1); !u.state.AsOf.Equal(want) {
		t.Errorf("Shift+→: %v, want %v", u.state.AsOf, want)
	}
	typed(fyne.KeyEnd)
	if !u.state.AsOf.Equal(to) {
		t.Errorf("End: %v, want %v", u.state.AsOf, to)
	}
}

// TestDateField types days into the field, and picks one on the calendar.
func TestDateField(t *testing.T) {
	u := newTestUI(t, nil, options{})
	f := u.status.date
	test.Type(f, "2025-11-04")
	f.OnSubmitted(f.Text)
	if want := day(2025, 11, 4); !u.state.AsOf.Equal(want) {
		t.Fatalf("typed 2025-11-04: as of %v", u.state.AsOf)
	}
	if v := u.status.slider.Value; u.status.day(v) != day(2025, 11, 4) {
		t.Errorf("the slider shows %v", u.status.day(v))
	}
	f.SetText("2025-13-40")
	if f.Validate() == nil {
		t.Error("2025-13-40 passed as a date")
	}
	f.OnSubmitted(f.Text)
	if !u.state.AsOf.Equal(day(2025, 11, 4)) {
		t.Errorf("a bad date moved the date to %v", u.state.AsOf)
	}
	f.SetText("")
	f.OnSubmitted("")
	if !u.state.AsOf.IsZero() {
		t.Errorf("a blank field: as of %v, want all dates", u.state.AsOf)
	}

	u.win.Resize(fyne.NewSize(1280, 800))
	test.Tap(u.status.pick)
	cal := findCalendar(u.win.Canvas().Overlays().Top())
	if cal == nil {
		t.Fatal("the calendar button opened no calendar")
	}
	// The calendar opens on the data's last month: tap its 1st.
	if !tapDay(cal, "1") {
		t.Fatal("no day 1 on the calendar")
	}
	_, to, _ := dateSpan(u.state.Data)
	if want := day(to.Year(), to.Month(), 1); !u.state.AsOf.Equal(want) {
		t.Errorf("picked the 1st: as of %v, want %v", u.state.AsOf, want)
	}
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("the calendar stayed open after a pick")
	}
}

// TestControlsStayPut checks that Play, Pause, a date and all dates leave
// every control of the bar where it was: a click on Pause lands on Pause.
func TestControlsStayPut(t *testing.T) {
	u := newTestUI(t, nil, options{})
	u.win.Resize(fyne.NewSize(1280, 800))
	u.player.every = time.Hour
	pos := func() [3]fyne.Position {
		d := fyne.CurrentApp().Driver()
		return [3]fyne.Position{d.AbsolutePositionForObject(u.player.button), d.AbsolutePositionForObject(u.status.slider), d.AbsolutePositionForObject(u.status.date)}
	}
	want := pos()
	for _, step := range []struct {
		name string
		do   func()
	}{
		{"Play", func() { test.Tap(u.player.button) }},
		{"a step", func() { u.player.step() }},
		{"Pause", func() { test.Tap(u.player.button) }},
		{"a long date", func() { u.state.SetAsOf(day(2025, 9, 28)) }},
		{"all dates", func() { u.state.SetAsOf(time.Time{}) }},
		{"中文", func() { u.state.SetLang("zh") }},
		{"中文 Play", func() { test.Tap(u.player.button) }},
		{"中文 Pause", func() { test.Tap(u.player.button) }},
	} {
		step.do()
		u.win.Content().Refresh()
		if step.name == "中文" { // another language may be wider; from here on it stays
			want = pos()
		}
		if got := pos(); got != want {
			t.Errorf("after %s the button, slider and date field are at %v, were at %v", step.name, got, want)
		}
	}
}

func TestPlaySpeed(t *testing.T) {
	u := newTestUI(t, nil, options{})
	p := u.player
	if p.interval() != p.every {
		t.Errorf("1×: %v, want %v", p.interval(), p.every)
	}
	p.speed.SetSelected("2×")
	if p.interval() != p.every/2 {
		t.Errorf("2×: %v, want %v", p.interval(), p.every/2)
	}
	p.speed.SetSelected("0.5×")
	if p.interval() != p.every*2 {
		t.Errorf("0.5×: %v, want %v", p.interval(), p.every*2)
	}
	p.every = time.Hour
	test.Tap(p.button)
	p.speed.SetSelected("4×") // while playing: goes on
	if !p.playing() {
		t.Error("changing the speed stopped the replay")
	}
	test.Tap(p.button)
}

func findCalendar(o fyne.CanvasObject) *widget.Calendar {
	var found *widget.Calendar
	walk(o, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Calendar); ok && found == nil {
			found = c
		}
	})
	return found
}

// tapDay taps the calendar's button labelled text.
func tapDay(cal *widget.Calendar, text string) bool {
	done := false
	walk(cal, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && !done {
			test.Tap(b)
			done = true
		}
	})
	return done
}

// walk visits o and everything under it, widgets' rendered parts too.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	f(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, f)
		}
	}
}
