package timeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
)

func TestTimelineJSGolden(t *testing.T) {
	ds := fixture(t)
	for _, lang := range []string{"en", "zh"} {
		var buf bytes.Buffer
		if err := WriteTimelineJS(&buf, ds, lang); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "timelinejs."+lang+".json")
		if *update {
			os.WriteFile(golden, buf.Bytes(), 0o644)
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs (run with -update if intended):\n%s", golden, buf.String())
		}
	}
}

// TestTimelineJSFormat checks the output against the TimelineJS3 format:
// events required with start_date.year a number; month 1–12 and day 1–31
// when present, day only with month; text.headline present; unique_id
// unique; eras with both dates and a headline; no unknown keys.
func TestTimelineJSFormat(t *testing.T) {
	ds := fixture(t)
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, ds, "en"); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	allowed := func(m map[string]any, where string, keys ...string) {
		ok := map[string]bool{}
		for _, k := range keys {
			ok[k] = true
		}
		for k := range m {
			if !ok[k] {
				t.Errorf("%s: key %q is not in the TimelineJS format", where, k)
			}
		}
	}
	allowed(doc, "top", "title", "events", "eras", "scale")
	checkDate := func(v any, where string) {
		d, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s: date is %T", where, v)
		}
		allowed(d, where, "year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format")
		if _, ok := d["year"].(float64); !ok {
			t.Errorf("%s: year %v is not a number", where, d["year"])
		}
		m, hasM := d["month"].(float64)
		if hasM && (m < 1 || m > 12) {
			t.Errorf("%s: month %v", where, m)
		}
		if day, ok := d["day"].(float64); ok && (!hasM || day < 1 || day > 31) {
			t.Errorf("%s: day %v without a month or out of range", where, day)
		}
	}
	checkText := func(v any, where string) {
		tx, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s: text is %T", where, v)
		}
		allowed(tx, where, "headline", "text")
		if h, _ := tx["headline"].(string); h == "" {
			t.Errorf("%s: no headline", where)
		}
	}
	title := doc["title"].(map[string]any)
	checkText(title["text"], "title")
	events, ok := doc["events"].([]any)
	if !ok || len(events) != len(ds.Events) {
		t.Fatalf("events: %d, want %d", len(events), len(ds.Events))
	}
	ids := map[string]bool{}
	byID := map[string]map[string]any{}
	for i, v := range events {
		e := v.(map[string]any)
		where := "events[" + e["unique_id"].(string) + "]"
		allowed(e, where, "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id")
		checkDate(e["start_date"], where+".start_date")
		if e["end_date"] != nil {
			checkDate(e["end_date"], where+".end_date")
		}
		checkText(e["text"], where+".text")
		id := e["unique_id"].(string)
		if ids[id] {
			t.Errorf("events[%d]: unique_id %q repeats", i, id)
		}
		ids[id] = true
		byID[id] = e
	}
	// Precision: a month date has no day, a year date neither month nor day.
	month := byID["data-control"]["start_date"].(map[string]any)
	if month["year"] != 2025.0 || month["month"] != 4.0 || month["day"] != nil {
		t.Errorf("month date = %v", month)
	}
	year := byID["compute-fight"]["start_date"].(map[string]any)
	if year["year"] != 2024.0 || year["month"] != nil || year["day"] != nil {
		t.Errorf("year date = %v", year)
	}
	if end := byID["board-crisis"]["end_date"].(map[string]any); end["day"] != 22.0 {
		t.Errorf("end date = %v", end)
	}
	if g := byID["observer-seat"]["group"]; g != "MAA camp" {
		t.Errorf("group = %v", g)
	}
	eras, _ := doc["eras"].([]any)
	if len(eras) != len(ds.Eras) {
		t.Fatalf("eras: %d, want %d", len(eras), len(ds.Eras))
	}
	for _, v := range eras {
		e := v.(map[string]any)
		allowed(e, "era", "start_date", "end_date", "text")
		checkDate(e["start_date"], "era.start_date")
		checkDate(e["end_date"], "era.end_date")
		checkText(e["text"], "era.text")
	}
}

// TimelineJS drops an end equal to the start, and then refuses a one-month
// era ("All eras must have start and end dates"): a date known to the month
// or year ends on the last day of that month or year.
func TestTimelineJSEnds(t *testing.T) {
	month := data.Date{Value: "2023-11", Precision: data.Month}
	year := data.Date{Value: "2024", Precision: data.Year}
	day := data.Date{Value: "2025-02-10", Precision: data.Day}
	leap := data.Date{Value: "2024-02", Precision: data.Month}
	for _, tc := range []struct {
		name       string
		date       data.Date
		end        *data.Date
		start, out string // "y-m-d" with 0 for a part left out; out "" for no end
	}{
		{"month", month, nil, "2023-11-0", "2023-11-30"},
		{"leap month", leap, nil, "2024-2-0", "2024-2-29"},
		{"year", year, nil, "2024-0-0", "2024-12-31"},
		{"day", day, nil, "2025-2-10", ""},
		{"day to same day", day, &day, "2025-2-10", ""},
		{"day to month", day, &data.Date{Value: "2025-03", Precision: data.Month}, "2025-2-10", "2025-3-31"},
		{"month to same month", month, &month, "2023-11-0", "2023-11-30"},
	} {
		s, err := tjsEvent(&data.Dataset{}, data.Event{ID: "x", Date: tc.date, End: tc.end}, "en")
		if err != nil {
			t.Fatal(err)
		}
		ymd := func(d *tjsDate) string {
			if d == nil {
				return ""
			}
			return fmt.Sprintf("%d-%d-%d", d.Year, d.Month, d.Day)
		}
		if ymd(s.StartDate) != tc.start || ymd(s.EndDate) != tc.out {
			t.Errorf("%s: %s to %s, want %s to %s", tc.name, ymd(s.StartDate), ymd(s.EndDate), tc.start, tc.out)
		}
	}
	ds := &data.Dataset{Eras: []data.Era{{ID: "e", Name: data.Text{En: "One month"}, Start: month, End: month}}}
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, ds, "en"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"day": 30`)) {
		t.Errorf("a one-month era does not end on the 30th:\n%s", buf.String())
	}
}

// The as-of date keeps the events and eras begun by then; the query the
// view's filters.
func TestTimelineJSScene(t *testing.T) {
	ds := fixture(t)
	count := func(sc Scene) int {
		var buf bytes.Buffer
		if err := WriteTimelineJSScene(&buf, sc, "en"); err != nil {
			t.Fatal(err)
		}
		var f tjsFile
		if err := json.Unmarshal(buf.Bytes(), &f); err != nil {
			t.Fatal(err)
		}
		return len(f.Events)
	}
	all := count(Scene{Data: ds})
	asOf := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	want := len(data.EventsUntil(ds, asOf))
	if got := count(Scene{Data: ds, AsOf: asOf}); got != want || got >= all {
		t.Errorf("as of 2024-06-01: %d events, want %d (of %d)", got, want, all)
	}
	var buf bytes.Buffer
	if err := WriteTimelineJSScene(&buf, Scene{Data: ds, Mode: ByCompany}, "zh"); err != nil {
		t.Fatal(err)
	}
	var f tjsFile
	json.Unmarshal(buf.Bytes(), &f)
	if g := f.Events[0].Group; g != "OpenAI" {
		t.Errorf("by company: the first event's group %q, want its first party OpenAI", g)
	}
	q := Query{Type: "deal"}
	if got := count(Scene{Data: ds, Query: q}); got != len(Filter(ds, q)) || got >= all {
		t.Errorf("type deal: %d events, want %d", got, len(Filter(ds, q)))
	}
}

// TimelineJS renders headlines and texts as HTML: the data's text is
// escaped, so a title is shown as written and runs nothing.
func TestTimelineJSEscapes(t *testing.T) {
	day := data.Date{Value: "2025-02-10", Precision: data.Day}
	ds := &data.Dataset{Events: []data.Event{{ID: "x", Date: day, Status: data.Reported,
		Title: data.Text{En: `<img src=x onerror=alert(1)> R&D`}, Text: data.Text{En: "a < b"}}}}
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, ds, "en"); err != nil {
		t.Fatal(err)
	}
	var f tjsFile
	if err := json.Unmarshal(buf.Bytes(), &f); err != nil {
		t.Fatal(err)
	}
	e := f.Events[0].Text
	if e.Headline != "&lt;img src=x onerror=alert(1)&gt; R&amp;D" || !strings.HasPrefix(e.Text, "a &lt; b<br>") {
		t.Errorf("headline %q, text %q", e.Headline, e.Text)
	}
}
