package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

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
	StartDate *tjsDate `json:"start_date,omitempty"`
	EndDate   *tjsDate `json:"end_date,omitempty"`
	Text      tjsText  `json:"text"`
	Group     string   `json:"group,omitempty"`
	UniqueID  string   `json:"unique_id,omitempty"`
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

// WriteTimelineJS writes ds's events and eras as a TimelineJS3 JSON file in
// lang: groups are the by-camp lanes, unique IDs the event IDs.
func WriteTimelineJS(w io.Writer, ds *data.Dataset, lang string) error {
	return WriteTimelineJSQuery(w, ds, lang, Query{})
}

// WriteTimelineJSQuery writes only the events q keeps.
func WriteTimelineJSQuery(w io.Writer, ds *data.Dataset, lang string, q Query) error {
	if ds == nil {
		return fmt.Errorf("timelinejs: no dataset")
	}
	it := ItemFor(Scene{Data: ds}, lang)
	f := tjsFile{
		Title:  &tjsSlide{Text: tjsText{Headline: it.Title, Text: ds.Title.In(lang) + "<br>" + it.Footer}},
		Events: []tjsSlide{},
	}
	camps := campOf(ds)
	lanes := map[string]string{OtherLane: Lane{Name: data.Text{Zh: "其他", En: "Other"}}.Name.In(lang)}
	for _, c := range ds.Camps {
		lanes[c.ID] = c.Name.In(lang)
	}
	for _, l := range Lanes(ds, Story(ds, q), ByCamp) {
		lanes[l.ID] = l.Name.In(lang) // the undated and statements strips
	}
	names := map[string]string{}
	for _, c := range ds.Companies {
		names[c.ID] = c.Name.In(lang)
	}
	for _, e := range Story(ds, q) {
		start, ok := tjsDateOf(e.Date, lang)
		if e.Date.IsUndated() {
			// TimelineJS needs a date: the day the fact counts from, labelled undated.
			t := ds.EventSince(&e)
			start, ok = tjsDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), DisplayDate: e.Date.Label(lang)}, !t.IsZero()
		}
		if !ok {
			return fmt.Errorf("timelinejs: event %q: date %q does not parse", e.ID, e.Date.Value)
		}
		s := tjsSlide{StartDate: &start, UniqueID: e.ID, Group: lanes[laneFor(camps, &e, ByCamp)]}
		if e.End != nil {
			end, ok := tjsDateOf(*e.End, lang)
			if !ok {
				return fmt.Errorf("timelinejs: event %q: end %q does not parse", e.ID, e.End.Value)
			}
			s.EndDate = &end
		}
		s.Text.Headline = e.Title.In(lang)
		if e.Status == data.Forecast {
			s.Text.Headline = forecastPrefix(lang) + s.Text.Headline
		}
		s.Text.Text = eventHTML(e, names, lang)
		f.Events = append(f.Events, s)
	}
	for _, era := range ds.Eras {
		start, ok1 := tjsDateOf(era.Start, lang)
		end, ok2 := tjsDateOf(era.End, lang)
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

// eventHTML is a slide's body: the text, then who and how sure. TimelineJS
// renders it as HTML, so the data's text is escaped.
func eventHTML(e data.Event, names map[string]string, lang string) string {
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
	if lang == "zh" {
		fmt.Fprintf(&b, "<br>状态:%s", e.Status.Name(lang))
	} else {
		fmt.Fprintf(&b, "<br>Status: %s", e.Status.Name(lang))
	}
	return b.String()
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
