package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
)

// statusBar says which dataset is open, what it holds and the "as of" date,
// which its slider sets for all the views, and shows short notices
// (reloaded, saved…).
type statusBar struct {
	source, counts, notice, asOf *widget.Label
	slider                       *widget.Slider // days since from
	all                          *widget.Button // back to all dates
	box                          fyne.CanvasObject

	from     time.Time // the slider's first day, the data's earliest date
	setAsOf  func(time.Time)
	label    func(time.Time) string
	updating bool // the slider is being set from the State, not by the user
}

// newStatusBar makes the bar; setAsOf is called with the day the user picks
// (zero for all dates), label names a day while the slider is dragged, and
// play (the replay button) stands before the slider.
func newStatusBar(setAsOf func(time.Time), label func(time.Time) string, play fyne.CanvasObject) *statusBar {
	s := &statusBar{
		source:  widget.NewLabel(""),
		counts:  widget.NewLabel(""),
		notice:  widget.NewLabel(""),
		asOf:    widget.NewLabel(""),
		slider:  widget.NewSlider(0, 1),
		setAsOf: setAsOf,
		label:   label,
	}
	s.source.Truncation = fyne.TextTruncateEllipsis
	s.notice.Importance = widget.LowImportance
	s.slider.Step = 1
	// While dragging only the label follows; the views redraw on release.
	s.slider.OnChanged = func(v float64) {
		if !s.updating {
			s.asOf.SetText(s.label(s.day(v)))
		}
	}
	s.slider.OnChangeEnded = func(v float64) {
		if !s.updating {
			s.setAsOf(s.day(v))
		}
	}
	s.all = widget.NewButton("", func() { s.setAsOf(time.Time{}) })
	slider := container.NewGridWrap(fyne.NewSize(200, s.slider.MinSize().Height), s.slider)
	// The source (a path can be long) takes what room is left, and truncates.
	s.box = container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil,
		container.NewHBox(s.notice, s.counts, widget.NewSeparator(), play, slider, s.asOf, s.all), s.source))
	return s
}

func (s *statusBar) day(v float64) time.Time { return s.from.AddDate(0, 0, int(v)) }

// update shows the State's dataset and date.
func (s *statusBar) update(st *State, tr *translator) {
	if st.Path == "" {
		s.source.SetText(tr.L("status.bundled"))
	} else {
		s.source.SetText(st.Path)
	}
	s.counts.SetText(tr.L("status.counts", counts(st)))
	s.all.SetText(tr.L("status.showAll"))

	s.updating = true
	defer func() { s.updating = false }()
	from, to, ok := dateSpan(st.Data)
	if !ok {
		s.slider.Hide()
	} else {
		s.from = from
		s.slider.Max = float64(int(to.Sub(from).Hours()/24 + 0.5))
		s.slider.Show()
		s.slider.Refresh() // SetValue below may not redraw when the value is unchanged
	}
	if st.AsOf.IsZero() {
		s.asOf.SetText(tr.L("status.asOfAll"))
		s.slider.SetValue(s.slider.Max)
		s.all.Disable()
	} else {
		s.asOf.SetText(tr.L("status.asOf", map[string]string{"Date": dayLabel(st.AsOf, st.Lang)}))
		s.slider.SetValue(st.AsOf.Sub(s.from).Hours() / 24)
		s.all.Enable()
	}
}

// notify shows a short notice until the next one.
func (s *statusBar) notify(text string) { s.notice.SetText(text) }

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

// dayLabel formats a day as the data does: "5 Nov 2025" or "2025年11月5日".
func dayLabel(t time.Time, lang string) string {
	if lang == "zh" {
		return t.Format("2006年1月2日")
	}
	return t.Format("2 Jan 2006")
}
