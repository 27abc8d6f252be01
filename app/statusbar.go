package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
)

// statusBar says which dataset is open, what it holds and the "as of" date,
// which its slider, date field and calendar set for all the views, and shows
// short notices (reloaded, saved…).
type statusBar struct {
	source, counts, notice *widget.Label
	slider                 *widget.Slider // days since from
	// date shows the day (2025-11-04), or "All dates", and takes a typed one.
	date *widget.Entry
	pick *widget.Button // or pick it on a calendar
	all  *widget.Button // back to all dates
	box  fyne.CanvasObject

	from, to time.Time   // the slider's first and last day, the data's span
	days     []time.Time // the event days, for the arrow keys
	cur      time.Time   // the State's date (zero: all dates)
	setAsOf  func(time.Time)
	updating bool // the slider is being set from the State, not by the user
}

// newStatusBar makes the bar; setAsOf is called with the day the user picks
// (zero for all dates), and play (the replay controls) stands before the
// slider.
func newStatusBar(setAsOf func(time.Time), play fyne.CanvasObject) *statusBar {
	s := &statusBar{
		source:  widget.NewLabel(""),
		counts:  widget.NewLabel(""),
		notice:  widget.NewLabel(""),
		slider:  widget.NewSlider(0, 1),
		date:    widget.NewEntry(),
		setAsOf: setAsOf,
	}
	s.source.Truncation = fyne.TextTruncateEllipsis
	s.notice.Truncation = fyne.TextTruncateEllipsis
	s.notice.Importance = widget.LowImportance
	s.slider.Step = 1
	// While dragging only the date field follows; the views redraw on release.
	s.slider.OnChanged = func(v float64) {
		if !s.updating {
			s.date.SetText(s.day(v).Format(asOfLayout))
		}
	}
	s.slider.OnChangeEnded = func(v float64) {
		if !s.updating {
			s.setAsOf(s.day(v))
		}
	}
	s.date.Validator = func(in string) error {
		if in == "" {
			return nil
		}
		_, err := parseDay(in)
		return err
	}
	s.date.OnSubmitted = s.typed
	s.pick = &widget.Button{Icon: theme.CalendarIcon(), Importance: widget.LowImportance, OnTapped: s.showCalendar}
	s.all = widget.NewButton("", func() { s.setAsOf(time.Time{}) })
	slider := container.NewGridWrap(fyne.NewSize(200, s.slider.MinSize().Height), s.slider)
	// Every control keeps its width whatever it says (the date field is
	// wide enough for "All dates" in either language), so that the slider
	// stays under the pointer; the source and notices take what room is
	// left, and truncate.
	date := container.NewGridWrap(fyne.NewSize(124, s.date.MinSize().Height), s.date)
	s.box = container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil,
		container.NewHBox(s.counts, widget.NewSeparator(), play, slider, date, s.pick, s.all),
		container.NewGridWithColumns(2, s.source, s.notice)))
	return s
}

func (s *statusBar) day(v float64) time.Time { return s.from.AddDate(0, 0, int(v)) }

// parseDay reads a day as ISO 8601 writes it: 2025-11-04 (or 2025-11-4).
func parseDay(in string) (time.Time, error) { return time.Parse("2006-1-2", in) }

// typed sets the date written in the date field; a blank field is all dates.
func (s *statusBar) typed(in string) {
	if in == "" {
		s.setAsOf(time.Time{})
		return
	}
	if t, err := parseDay(in); err == nil {
		s.setAsOf(t)
	}
}

// showCalendar opens a month calendar at the current date under the field.
func (s *statusBar) showCalendar() {
	c := fyne.CurrentApp().Driver().CanvasForObject(s.pick)
	if c == nil {
		return
	}
	at := s.cur
	if at.IsZero() {
		at = s.to
	}
	var pop *widget.PopUp
	cal := widget.NewCalendar(at, func(t time.Time) {
		pop.Hide()
		s.setAsOf(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
	})
	pop = widget.NewPopUp(cal, c)
	size := pop.MinSize()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.pick)
	pop.ShowAtPosition(fyne.NewPos(min(pos.X, c.Size().Width-size.Width), pos.Y-size.Height))
}

// update shows the State's dataset and date; shown counts what the views
// show (nil: the dataset's sizes).
func (s *statusBar) update(st *State, tr *translator, shown func() map[string]int) {
	if st.Path == "" {
		s.source.SetText(tr.L("status.bundled"))
	} else {
		s.source.SetText(st.Path)
	}
	n := counts(st)
	if shown != nil {
		n = shown()
	}
	s.counts.SetText(tr.L("status.counts", n))
	s.all.SetText(tr.L("status.showAll"))
	s.date.PlaceHolder = tr.L("status.asOfAll")

	s.updating = true
	defer func() { s.updating = false }()
	s.cur = st.AsOf
	s.days = eventDays(st.Data)
	from, to, ok := dateSpan(st.Data)
	if !ok {
		s.slider.Hide()
	} else {
		s.from, s.to = from, to
		s.slider.Max = float64(int(to.Sub(from).Hours()/24 + 0.5))
		s.slider.Show()
		s.slider.Refresh() // SetValue below may not redraw when the value is unchanged
	}
	if st.AsOf.IsZero() {
		s.slider.SetValue(s.slider.Max)
		s.date.SetText("")
		s.all.Disable()
	} else {
		s.slider.SetValue(st.AsOf.Sub(s.from).Hours() / 24)
		s.date.SetText(st.AsOf.Format(asOfLayout))
		s.all.Enable()
	}
}

// key moves the date by the keyboard: ←/→ to the previous or next event
// day, with Shift by one day, Home/End to the first and last day. It
// reports whether the key was one of those.
func (s *statusBar) key(name fyne.KeyName, shift bool) bool {
	t, ok := stepDay(s.cur, s.from, s.to, s.days, name, shift)
	if ok && !t.Equal(s.cur) {
		s.setAsOf(t)
	}
	return ok
}

// stepDay is where key takes the date cur (zero: all dates, after the last
// day) within from…to, given the event days in order.
func stepDay(cur, from, to time.Time, days []time.Time, name fyne.KeyName, shift bool) (time.Time, bool) {
	if from.IsZero() {
		return cur, false
	}
	clamp := func(t time.Time) time.Time {
		switch {
		case t.Before(from):
			return from
		case t.After(to):
			return to
		}
		return t
	}
	switch name {
	case fyne.KeyHome:
		return from, true
	case fyne.KeyEnd:
		return to, true
	case fyne.KeyLeft:
		if cur.IsZero() {
			cur = to.AddDate(0, 0, 1)
		}
		if shift {
			return clamp(cur.AddDate(0, 0, -1)), true
		}
		for i := len(days) - 1; i >= 0; i-- {
			if days[i].Before(cur) {
				return days[i], true
			}
		}
		return clamp(cur), true
	case fyne.KeyRight:
		if cur.IsZero() {
			return cur, true // all dates: nothing later
		}
		if shift {
			return clamp(cur.AddDate(0, 0, 1)), true
		}
		for _, d := range days {
			if d.After(cur) {
				return d, true
			}
		}
		return clamp(cur), true
	}
	return cur, false
}

// notify shows a short notice until the next one.
func (s *statusBar) notify(text string) { s.notice.SetText(text) }

// notice is the last notice's translation key and data, so that it can be
// said again in another language.
type notice struct {
	key  string
	data []any
}

// slot gives its objects a set width and their own height.
type slot struct{ w float32 }

func (l *slot) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (l *slot) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.w, h)
}

// dateSpan is the first and last day on which an event or a deal starts.
func dateSpan(ds *data.Dataset) (from, to time.Time, ok bool) {
	add := func(d data.Date) {
		t := d.Start()
		if t.IsZero() {
			return
		}
		if !ok || t.Before(from) {
			from = t
		}
		if !ok || t.After(to) {
			to = t
		}
		ok = true
	}
	if ds == nil {
		return
	}
	for _, e := range ds.Events {
		add(e.Date)
	}
	for _, r := range ds.Relations {
		add(r.Date)
	}
	return from, to, ok && to.After(from)
}

// counts are the dataset's sizes, for the status bar.
func counts(st *State) map[string]int {
	ds := st.Data
	if ds == nil {
		return map[string]int{}
	}
	return map[string]int{
		"Companies": len(ds.Companies), "Camps": len(ds.Camps), "Relations": len(ds.Relations),
		"Events": len(ds.Events), "Series": len(ds.Series), "Charts": len(ds.Charts),
	}
}

// eventsBy counts the events that have started by the end of day asOf
// (zero: all of them).
func eventsBy(ds *data.Dataset, asOf time.Time) int {
	if ds == nil {
		return 0
	}
	if asOf.IsZero() {
		return len(ds.Events)
	}
	n := 0
	for _, e := range ds.Events {
		if t := e.Date.Start(); !t.IsZero() && t.Before(asOf.AddDate(0, 0, 1)) {
			n++
		}
	}
	return n
}

// dayLabel formats a day as the data does: "5 Nov 2025" or "2025年11月5日".
func dayLabel(t time.Time, lang string) string {
	if lang == "zh" {
		return t.Format("2006年1月2日")
	}
	return t.Format("2 Jan 2006")
}
