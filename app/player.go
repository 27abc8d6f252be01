package app

import (
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/aicamps/aicamps/data"
)

// player replays the story: Play steps the shared "as of" date through the
// days on which events start, in order, so the views show the camps forming.
type player struct {
	state  *State
	button *widget.Button
	speed  *widget.Select // how fast: speeds' labels
	box    fyne.CanvasObject
	slot   *slot // the button's width, the same for Play and Pause
	every  time.Duration
	stop   chan struct{} // non-nil while playing
	tr     *translator
}

// speeds are the replay's speeds, as multiples of one step per every.
var speeds = []struct {
	label  string
	factor float64
}{{"0.5×", 0.5}, {"1×", 1}, {"2×", 2}, {"4×", 4}}

func newPlayer(st *State, tr *translator, every time.Duration) *player {
	p := &player{state: st, tr: tr, every: every, slot: &slot{}}
	p.button = &widget.Button{Icon: theme.MediaPlayIcon(), OnTapped: p.toggle}
	var labels []string
	for _, s := range speeds {
		labels = append(labels, s.label)
	}
	p.speed = widget.NewSelect(labels, func(string) {
		if p.playing() { // go on at the new pace
			p.halt()
			p.run()
			p.relabel()
		}
	})
	p.speed.PlaceHolder = "0.5×" // the widest: Select is as wide as its placeholder
	p.speed.SetSelected("1×")
	p.box = container.NewHBox(container.New(p.slot, p.button), p.speed)
	p.relabel()
	return p
}

// interval is the time between steps at the chosen speed.
func (p *player) interval() time.Duration {
	for _, s := range speeds {
		if s.label == p.speed.Selected {
			return time.Duration(float64(p.every) / s.factor)
		}
	}
	return p.every
}

func (p *player) playing() bool { return p.stop != nil }

func (p *player) toggle() {
	if p.playing() {
		p.pause()
	} else {
		p.play()
	}
}

// play starts from the first event, or from the next one after the current
// date; a ticker goroutine steps on through fyne.Do until the last event.
func (p *player) play() {
	if p.playing() {
		return
	}
	if !p.step() { // at the end (or on "all dates"): start over
		days := eventDays(p.state.Data)
		if len(days) == 0 {
			return
		}
		p.state.SetAsOf(days[0])
	}
	p.run()
	p.relabel()
}

// run starts the ticker goroutine that steps on through fyne.Do.
func (p *player) run() {
	stop := make(chan struct{})
	p.stop = stop
	every := p.interval()
	go func() {
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				fyne.Do(func() {
					if p.stop == stop && !p.step() {
						p.pause()
					}
				})
			}
		}
	}()
}

// pause stops the replay where it is.
func (p *player) pause() {
	if p.stop != nil {
		p.halt()
		p.relabel()
	}
}

// halt stops the ticker goroutine.
func (p *player) halt() {
	if p.stop != nil {
		close(p.stop)
		p.stop = nil
	}
}

// step moves the date to the next event day after the current date (the
// first one when showing all dates is not a step: it reports false).
func (p *player) step() bool {
	cur := p.state.AsOf
	if cur.IsZero() {
		return false
	}
	for _, d := range eventDays(p.state.Data) {
		if d.After(cur) {
			p.state.SetAsOf(d)
			return true
		}
	}
	return false
}

func (p *player) relabel() {
	// One width for both labels, so that Pause is where Play was.
	p.slot.w = max(
		(&widget.Button{Icon: theme.MediaPlayIcon(), Text: p.tr.L("status.play")}).MinSize().Width,
		(&widget.Button{Icon: theme.MediaPauseIcon(), Text: p.tr.L("status.pause")}).MinSize().Width)
	if p.playing() {
		p.button.SetIcon(theme.MediaPauseIcon())
		p.button.SetText(p.tr.L("status.pause"))
	} else {
		p.button.SetIcon(theme.MediaPlayIcon())
		p.button.SetText(p.tr.L("status.play"))
	}
}

// eventDays are the distinct days on which the data's events start, in order.
func eventDays(ds *data.Dataset) []time.Time {
	if ds == nil {
		return nil
	}
	seen := map[time.Time]bool{}
	var days []time.Time
	for _, e := range ds.Events {
		if t := ds.EventSince(&e); !t.IsZero() && !seen[t] { // data's one as-of rule
			seen[t] = true
			days = append(days, t)
		}
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	return days
}
