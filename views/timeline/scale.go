// Package timeline draws the story as events on lanes over time: a pure
// time scale, lane packing, drawing through export.Frame, hit-testing, the
// TimelineJS export and the Fyne widget.
package timeline

import (
	"fmt"
	"math"
	"time"
)

// Scale maps the visible range [From, To) onto pixels [X0, X1].
type Scale struct {
	From, To time.Time
	X0, X1   float64
}

// X is the pixel position of t (outside [X0, X1] when t is out of range).
func (s Scale) X(t time.Time) float64 {
	span := seconds(s.From, s.To)
	if span <= 0 {
		return s.X0
	}
	return s.X0 + (s.X1-s.X0)*seconds(s.From, t)/span
}

// Time is the instant at pixel x, the inverse of X.
func (s Scale) Time(x float64) time.Time {
	if s.X1 == s.X0 {
		return s.From
	}
	secs := seconds(s.From, s.To) * (x - s.X0) / (s.X1 - s.X0)
	return addSeconds(s.From, secs)
}

// PxPerDay is how many pixels one day takes: the zoom level.
func (s Scale) PxPerDay() float64 {
	days := seconds(s.From, s.To) / 86400
	if days <= 0 {
		return 0
	}
	return (s.X1 - s.X0) / days
}

// Unit is the step between ticks.
type Unit int

const (
	Days Unit = iota
	Months
	Quarters
	Years
)

func (u Unit) String() string {
	return [...]string{"days", "months", "quarters", "years"}[u]
}

// approxDays is each unit's shortest length, so that even February keeps
// its labels apart.
var approxDays = map[Unit]float64{Days: 1, Months: 28, Quarters: 90, Years: 365}

// Tick is one labelled mark on the time axis.
type Tick struct {
	T     time.Time
	X     float64
	Label string
}

// ChooseUnit picks the finest unit whose ticks stand at least minGap(u)
// pixels apart, so labels never collide; minGap is the widest label of the
// unit plus padding. Years are thinned by Step when even they are too close.
func (s Scale) ChooseUnit(minGap func(Unit) float64) (Unit, int) {
	ppd := s.PxPerDay()
	for _, u := range []Unit{Days, Months, Quarters, Years} {
		if ppd*approxDays[u] >= minGap(u) {
			return u, 1
		}
		if u == Days { // every 2, 7 or 14 days before falling back to months
			for _, step := range []int{2, 7, 14} {
				if ppd*float64(step) >= minGap(Days) {
					return Days, step
				}
			}
		}
	}
	for _, step := range []int{2, 5, 10, 20, 50, 100} {
		if ppd*approxDays[Years]*float64(step) >= minGap(Years) {
			return Years, step
		}
	}
	return Years, 1000
}

// Ticks lists the ticks inside the range at the unit ChooseUnit picks.
func (s Scale) Ticks(lang string, minGap func(Unit) float64) []Tick {
	if !s.To.After(s.From) {
		return nil
	}
	u, step := s.ChooseUnit(minGap)
	var ticks []Tick
	for t := floorTo(s.From, u, step); !t.After(s.To); t = next(t, u, step) {
		if t.Before(s.From) {
			continue
		}
		ticks = append(ticks, Tick{T: t, X: s.X(t), Label: TickLabel(t, u, lang)})
		if len(ticks) > 2000 { // a degenerate range must not loop for ever
			break
		}
	}
	return ticks
}

// floorTo rounds t down to the start of its unit (and step, for days/years).
func floorTo(t time.Time, u Unit, step int) time.Time {
	t = t.UTC()
	switch u {
	case Days:
		if step > 1 {
			return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	case Months:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Quarters:
		return time.Date(t.Year(), t.Month()-(t.Month()-1)%3, 1, 0, 0, 0, 0, time.UTC)
	}
	y := t.Year() - ((t.Year()%step)+step)%step
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
}

func next(t time.Time, u Unit, step int) time.Time {
	switch u {
	case Days:
		// Thinned day ticks restart on each 1st, so the gap across a month
		// end is never shorter than the step.
		if step == 1 || t.Day()+step <= 28 {
			return t.AddDate(0, 0, step)
		}
		return time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	case Months:
		return t.AddDate(0, 1, 0)
	case Quarters:
		return t.AddDate(0, 3, 0)
	}
	return t.AddDate(step, 0, 0)
}

var zhQuarters = [...]string{"第一", "第二", "第三", "第四"}

// TickLabel names the period starting at t: "2025", "Q2 2025" /
// "2025年第二季度", "Apr 2025" / "2025年4月", "3 Nov" / "11月3日".
func TickLabel(t time.Time, u Unit, lang string) string {
	q := (int(t.Month()) - 1) / 3
	switch u {
	case Days:
		if lang == "zh" {
			return fmt.Sprintf("%d月%d日", t.Month(), t.Day())
		}
		return t.Format("2 Jan")
	case Months:
		if lang == "zh" {
			return fmt.Sprintf("%d年%d月", t.Year(), t.Month())
		}
		return t.Format("Jan 2006")
	case Quarters:
		if lang == "zh" {
			return fmt.Sprintf("%d年%s季度", t.Year(), zhQuarters[q])
		}
		return fmt.Sprintf("Q%d %d", q+1, t.Year())
	}
	return fmt.Sprint(t.Year())
}

// Zoom returns the range scaled by factor around the instant at pixel x
// (factor < 1 zooms in), keeping that instant under the pointer. The range
// never shrinks below a day nor grows beyond 200 years.
func (s Scale) Zoom(factor, x float64) (from, to time.Time) {
	span := seconds(s.From, s.To)
	ns := math.Max(86400, math.Min(span*factor, 200*365.25*86400))
	anchor := s.Time(x)
	frac := 0.5
	if s.X1 != s.X0 {
		frac = (x - s.X0) / (s.X1 - s.X0)
	}
	from = addSeconds(anchor, -frac*ns)
	return from, addSeconds(from, ns)
}

// Pan returns the range moved so that content shifts right by dx pixels.
func (s Scale) Pan(dx float64) (from, to time.Time) {
	if s.X1 == s.X0 {
		return s.From, s.To
	}
	d := -dx / (s.X1 - s.X0) * seconds(s.From, s.To)
	return addSeconds(s.From, d), addSeconds(s.To, d)
}

// seconds is b−a in seconds. time.Time.Sub saturates at ~292 years, and a
// dataset may span years 1 to 9999.
func seconds(a, b time.Time) float64 {
	return float64(b.Unix()-a.Unix()) + float64(b.Nanosecond()-a.Nanosecond())/1e9
}

// addSeconds is t plus secs, without time.Duration's ~292-year limit.
func addSeconds(t time.Time, secs float64) time.Time {
	whole := math.Floor(secs)
	return time.Unix(t.Unix()+int64(whole), int64(t.Nanosecond())+int64((secs-whole)*1e9)).In(t.Location())
}
