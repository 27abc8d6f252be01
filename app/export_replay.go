package app

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/views/charts"
	"github.com/aicamps/aicamps/views/export"
	"github.com/aicamps/aicamps/views/network"
	"github.com/aicamps/aicamps/views/timeline"
)

// errNoDates is a replay of data whose events have no dates.
var errNoDates = errors.New("the data has no dated events: there is nothing to replay")

// replayStep is one step of the story: a day on which events start.
type replayStep struct {
	day    time.Time
	events []*data.Event
}

// replaySteps are the Play button's steps (eventDays), with their events.
func replaySteps(ds *data.Dataset) []replayStep {
	days := eventDays(ds)
	steps := make([]replayStep, len(days))
	at := map[time.Time]int{}
	for i, d := range days {
		steps[i].day = d
		at[d] = i
	}
	for i := range ds.Events {
		e := &ds.Events[i]
		if k, ok := at[ds.EventSince(e)]; ok { // data's one as-of rule, as eventDays
			steps[k].events = append(steps[k].events, e)
		}
	}
	return steps
}

// replaySlides are the one item of the job drawn as of each step, captioned
// with the date and that day's events; the notes carry their sources.
func replaySlides(j outJob) ([]slide, error) {
	steps := replaySteps(j.ds)
	if len(steps) == 0 {
		return nil, errNoDates
	}
	name, lang := j.items[0].Name, j.opts.Lang
	at := itemAtFunc(j.ds, name, lang, j.seen)
	ss := make([]slide, len(steps))
	for i, st := range steps {
		it := at(st.day)
		o := it.Apply(j.opts)
		o.Subtitle = stepCaption(st, lang)
		var recs []noteRecord
		for _, e := range st.events {
			recs = append(recs, noteRecord{e.Title.In(lang), e.Status, e.Source})
		}
		ss[i] = slide{Name: name, Opts: o, Draw: it.Draw, Title: replayDay(st.day, lang) + " — " + it.Title, Notes: notesFor(j.ds, recs, lang)}
	}
	return ss, nil
}

// seenScenes are the views as the window shows them.
type seenScenes struct {
	net network.Scene
	tl  timeline.Scene
}

// itemAtFunc returns the named item as of a day. The network's layout is
// computed once, so its companies keep their places from step to step. With
// seen, the network and the timeline keep the window's filters and places.
func itemAtFunc(ds *data.Dataset, name, lang string, seen *seenScenes) func(time.Time) export.Item {
	switch {
	case seen != nil && name == "network":
		sc := seen.net
		sc.Data, sc.Lang = ds, lang
		if sc.Pos == nil {
			sc.Layout = network.LayoutOptions{Seed: network.DefaultSeed}
			sc.Pos = network.Layout(ds, sc.Layout)
		}
		return func(d time.Time) export.Item { sc.AsOf = d; return network.SceneItem(sc) }
	case seen != nil && name == "timeline":
		sc := seen.tl
		sc.Data = ds
		return func(d time.Time) export.Item { sc.AsOf = d; return timeline.ItemFor(sc, lang) }
	}
	switch name {
	case "network":
		opt := network.LayoutOptions{Seed: network.DefaultSeed}
		pos := network.Layout(ds, opt)
		return func(d time.Time) export.Item {
			return network.SceneItem(network.Scene{Data: ds, Pos: pos, Layout: opt, Lang: lang, AsOf: d})
		}
	case "timeline":
		return func(d time.Time) export.Item { return timeline.Item(ds, lang, d) }
	}
	return func(d time.Time) export.Item {
		for _, it := range charts.Items(ds, lang, d) {
			if it.Name == name {
				return it
			}
		}
		return export.Item{Name: name, Draw: func(export.Frame) error { return fmt.Errorf("no chart %q", name) }}
	}
}

func replayDay(d time.Time, lang string) string {
	return data.Date{Value: d.Format("2006-01-02"), Precision: data.Day}.Label(lang)
}

// stepCaption is "5 Nov 2025: event; event".
func stepCaption(st replayStep, lang string) string {
	var titles []string
	for _, e := range st.events {
		titles = append(titles, e.Title.In(lang))
	}
	if lang == "zh" {
		return replayDay(st.day, lang) + "：" + strings.Join(titles, "；")
	}
	return replayDay(st.day, lang) + ": " + strings.Join(titles, "; ")
}

// renderImage draws a framed picture into pixels: the PNG export's raster
// canvas, not encoded.
func renderImage(o export.Options, draw export.DrawFunc) (image.Image, error) {
	return export.Framed(o, draw)
}

// gifPalette is the theme's colours and the data's camp colours: what the
// pictures are filled with, so flat fills map to themselves.
func gifPalette(ds *data.Dataset, th export.Theme) []color.Color {
	cs := []color.Color{th.Background, th.Surface, th.Text, th.Muted, th.Grid, th.Neutral}
	for _, c := range th.Palette {
		cs = append(cs, c)
	}
	for _, c := range ds.Camps {
		cs = append(cs, export.Color(c.Color, th.Neutral))
	}
	// Relations keep their type's hue: without it a compute deal's violet
	// fell to the nearest grey.
	return append(cs, network.RelationColors()...)
}
