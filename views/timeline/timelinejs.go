package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
)

// The TimelineJS3 JSON format (Knight Lab, timeline.knightlab.com/docs/
// json-format.html). Dates are objects of numbers; a month- or
// year-precision date leaves out day, or day and month, which TimelineJS
// reads as "sometime in that month/year".
type tjsFile struct {
	Title  *tjsSlide  `json:"title,omitempty"`
	Events []tjsSlide `json:"events"`
	Eras   []tjsEra   `json:"eras,omitempty"`
}

type tjsSlide struct {
	StartDate   *tjsDate `json:"start_date,omitempty"`
	EndDate     *tjsDate `json:"end_date,omitempty"`
	Text        tjsText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	DisplayDate string   `json:"display_date,omitempty"`
	UniqueID    string   `json:"unique_id,omitempty"`
}

type tjsDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

type tjsEra struct {
	StartDate tjsDate `json:"start_date"`
	EndDate   tjsDate `json:"end_date"`
	Text      tjsText `json:"text"`
}

// tjsDateOf converts a date at its own precision; ok is false when the date
// does not parse.
func tjsDateOf(d data.Date, lang string) (tjsDate, bool) {
	s, _, err := d.Span()
	if err != nil {
		return tjsDate{}, false
	}
	out := tjsDate{Year: s.Year(), DisplayDate: d.Label(lang)}
	if d.Precision == data.Month || d.Precision == data.Day {
		out.Month = int(s.Month())
	}
	if d.Precision == data.Day {
		out.Day = s.Day()
	}
	return out, true
}

// tjsEndOf is the last day d covers: a month or year date ends at the end
// of its month or year. TimelineJS drops an end whose fields equal the
// start's (it compares the start's keys only, display_date among them), and
// an era without an end stops the whole timeline ("All eras must have start
// and end dates"): so the end has no display_date, the start always one, and
// the slide's display_date says both as the data knows them.
func tjsEndOf(d data.Date) (tjsDate, bool) {
	_, e, err := d.Span()
	if err != nil {
		return tjsDate{}, false
	}
	last := e.AddDate(0, 0, -1)
	return tjsDate{Year: last.Year(), Month: int(last.Month()), Day: last.Day()}, true
}

// WriteTimelineJS writes ds's events and eras as a TimelineJS3 JSON file in
// lang: groups are the camps, unique IDs the event IDs.
func WriteTimelineJS(w io.Writer, ds *data.Dataset, lang string) error {
	return WriteTimelineJSScene(w, Scene{Data: ds}, lang)
}

// WriteTimelineJSQuery writes only the events q keeps.
func WriteTimelineJSQuery(w io.Writer, ds *data.Dataset, lang string, q Query) error {
	return WriteTimelineJSScene(w, Scene{Data: ds, Query: q}, lang)
}

// WriteTimelineJSScene writes what sc shows as a TimelineJS3 JSON file in
// lang ("zh" or "en"): the events sc.Query keeps that have begun by sc.AsOf
// (zero: all), grouped by camp (or by company under ByCompany), and the
// eras begun by then; the title slide names the source. An event or era
// known only to the month or year ends at the end of that month or year.
func WriteTimelineJSScene(w io.Writer, sc Scene, lang string) error {
	ds := sc.Data
	if ds == nil {
		return fmt.Errorf("timelinejs: no dataset")
	}
	it := ItemFor(Scene{Data: ds}, lang)
	f := tjsFile{
		Title:  &tjsSlide{Text: tjsText{Headline: it.Title, Text: htmlEscape(ds.Title.In(lang)) + "<br>" + htmlEscape(it.Footer)}},
		Events: []tjsSlide{},
	}
	camps := campOf(ds)
	lanes := map[string]string{OtherLane: Lane{Name: data.Text{Zh: "其他", En: "Other"}}.Name.In(lang)}
	for _, c := range ds.Camps {
		lanes[c.ID] = c.Name.In(lang)
	}
	names := map[string]string{}
	for _, c := range ds.Companies {
		names[c.ID] = c.Name.In(lang)
		if sc.Mode == ByCompany {
			lanes[c.ID] = c.Name.In(lang)
		}
	}
	story := Story(ds, sc.Query)
	for _, l := range Lanes(ds, story, ByCamp) {
		if l.ID == UndatedLane || l.ID == StatementLane {
			lanes[l.ID] = l.Name.In(lang)
		}
	}
	for _, e := range story {
		if !ds.EventBegun(&e, sc.AsOf) { // data's one as-of rule
			continue
		}
		s, err := tjsEvent(ds, e, lang)
		if err != nil {
			return err
		}
		s.Group = lanes[laneFor(camps, &e, sc.Mode, sc.Query.Company)]
		s.Text.Text = eventHTML(ds, e, names, lang)
		f.Events = append(f.Events, s)
	}
	for _, era := range ds.Eras {
		if !begun(era.Start, sc.AsOf) {
			continue
		}
		start, ok1 := tjsDateOf(era.Start, lang)
		end, ok2 := tjsEndOf(era.End)
		if !ok1 || !ok2 {
			return fmt.Errorf("timelinejs: era %q: dates do not parse", era.ID)
		}
		f.Eras = append(f.Eras, tjsEra{StartDate: start, EndDate: end, Text: tjsText{Headline: era.Name.In(lang)}})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(f)
}

// begun reports whether an era's first day is not after asOf (zero:
// always). Eras are shading, not facts: events go by data.EventBegun.
func begun(d data.Date, asOf time.Time) bool {
	return asOf.IsZero() || !d.Start().After(asOf)
}

// tjsEvent is e's slide without its group and body: its dates, and the
// dates as the data knows them ("Apr 2025", "17 Nov 2023 – 22 Nov 2023").
func tjsEvent(ds *data.Dataset, e data.Event, lang string) (tjsSlide, error) {
	start, ok := tjsDateOf(e.Date, lang)
	if e.Date.IsUndated() {
		// TimelineJS needs a date: the day the fact counts from, shown as undated.
		t := ds.EventSince(&e)
		start, ok = tjsDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), DisplayDate: e.Date.Label(lang)}, !t.IsZero()
		s := tjsSlide{StartDate: &start, UniqueID: e.ID, DisplayDate: e.Date.Label(lang)}
		s.Text.Headline = htmlEscape(e.Title.In(lang))
		if e.Status == data.Forecast {
			s.Text.Headline = forecastPrefix(lang) + s.Text.Headline
		}
		return s, nil
	}
	if !ok {
		return tjsSlide{}, fmt.Errorf("timelinejs: event %q: date %q does not parse", e.ID, e.Date.Value)
	}
	s := tjsSlide{StartDate: &start, UniqueID: e.ID, DisplayDate: e.Date.Label(lang)}
	last := e.Date
	if e.End != nil {
		last = *e.End
		s.DisplayDate += " – " + e.End.Label(lang)
	}
	if last.Precision != data.Day || e.End != nil && e.End.Value != e.Date.Value {
		end, ok := tjsEndOf(last)
		if !ok {
			return tjsSlide{}, fmt.Errorf("timelinejs: event %q: end %q does not parse", e.ID, last.Value)
		}
		s.EndDate = &end
	}
	s.Text.Headline = htmlEscape(e.Title.In(lang))
	if e.Status == data.Forecast {
		s.Text.Headline = forecastPrefix(lang) + s.Text.Headline
	}
	return s, nil
}

// eventHTML is a slide's body: the text, then who and how sure. TimelineJS
// renders it as HTML, so the data's text is escaped.
func eventHTML(ds *data.Dataset, e data.Event, names map[string]string, lang string) string {
	var b strings.Builder
	b.WriteString(htmlEscape(e.Text.In(lang)))
	var parties []string
	for _, p := range e.Parties {
		if n := names[p]; n != "" {
			parties = append(parties, htmlEscape(n))
		} else {
			parties = append(parties, htmlEscape(p))
		}
	}
	if len(parties) > 0 {
		if lang == "zh" {
			b.WriteString("<br>相关方:" + strings.Join(parties, "、"))
		} else {
			b.WriteString("<br>Parties: " + strings.Join(parties, ", "))
		}
	}
	ref := htmlEscape(SourceRef(ds, e.Source, lang))
	if lang == "zh" {
		fmt.Fprintf(&b, "<br>状态:%s<br>出处:%s", e.Status.Name(lang), ref)
	} else {
		fmt.Fprintf(&b, "<br>Status: %s<br>Source: %s", e.Status.Name(lang), ref)
	}
	return b.String()
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
