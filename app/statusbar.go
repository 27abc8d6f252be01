package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// statusBar says which dataset is open, what it holds and the "as of" date,
// and shows short notices (reloaded, saved…).
type statusBar struct {
	source, counts, notice, asOf *widget.Label
	box                          fyne.CanvasObject
}

func newStatusBar() *statusBar {
	s := &statusBar{
		source: widget.NewLabel(""),
		counts: widget.NewLabel(""),
		notice: widget.NewLabel(""),
		asOf:   widget.NewLabel(""),
	}
	s.source.Truncation = fyne.TextTruncateEllipsis
	s.notice.Importance = widget.LowImportance
	// The source (a path can be long) takes what room is left, and truncates.
	s.box = container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil,
		container.NewHBox(s.notice, s.counts, widget.NewSeparator(), s.asOf), s.source))
	return s
}

// update shows the State's dataset and date.
func (s *statusBar) update(st *State, tr *translator) {
	if st.Path == "" {
		s.source.SetText(tr.L("status.bundled"))
	} else {
		s.source.SetText(st.Path)
	}
	s.counts.SetText(tr.L("status.counts", counts(st)))
	if st.AsOf.IsZero() {
		s.asOf.SetText(tr.L("status.asOfAll"))
	} else {
		s.asOf.SetText(tr.L("status.asOf", map[string]string{"Date": dayLabel(st.AsOf, st.Lang)}))
	}
}

// notify shows a short notice until the next one.
func (s *statusBar) notify(text string) { s.notice.SetText(text) }

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
