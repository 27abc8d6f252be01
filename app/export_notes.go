package app

import (
	"fmt"
	"strings"
	"time"

	"github.com/aicamps/aicamps/data"
)

// noteRecord is one figure or tie a picture shows, for the speaker notes.
type noteRecord struct {
	label  string
	status data.Status
	ref    data.Ref
}

// itemNotes are the speaker notes of an item: each record it shows with its
// status and where the article says it, then the statuses shown, so a
// presenter knows what is reported and what is rumoured.
func itemNotes(ds *data.Dataset, name, lang string, asOf time.Time) []string {
	return notesFor(ds, itemRecords(ds, name, lang, asOf), lang)
}

func notesFor(ds *data.Dataset, recs []noteRecord, lang string) []string {
	var lines []string
	seen := map[data.Status]bool{}
	var docs []string
	byDoc := map[string][]noteRecord{}
	for _, r := range recs {
		if byDoc[r.ref.Doc] == nil {
			docs = append(docs, r.ref.Doc)
		}
		byDoc[r.ref.Doc] = append(byDoc[r.ref.Doc], r)
		seen[r.status] = true
	}
	for _, d := range docs {
		head := "Source: "
		if lang == "zh" {
			head = "来源："
		}
		lines = append(lines, head+docLine(ds, d, lang))
		for _, r := range byDoc[d] {
			f := "• %s (%s): %s"
			if lang == "zh" {
				f = "• %s（%s）：%s"
			}
			lines = append(lines, fmt.Sprintf(f, r.label, r.status.Name(lang), placeLine(ds, r.ref, lang)))
		}
	}
	var shown []string
	for _, st := range data.Statuses {
		if seen[st] {
			shown = append(shown, st.Name(lang))
		}
	}
	if len(shown) > 0 {
		head, sep := "Statuses shown: ", ", "
		if lang == "zh" {
			head, sep = "所示状态：", "、"
		}
		lines = append(lines, head+strings.Join(shown, sep))
	}
	return lines
}

// itemRecords are the records the named item draws as of asOf.
func itemRecords(ds *data.Dataset, name, lang string, asOf time.Time) []noteRecord {
	var recs []noteRecord
	rel := func(valued bool) {
		for _, r := range data.RelationsAsOf(ds, asOf) {
			if !valued || (r.ValueUSD != nil && *r.ValueUSD > 0) {
				recs = append(recs, noteRecord{r.Title.In(lang), r.Status, r.Source})
			}
		}
	}
	switch name {
	case "network":
		rel(false)
		return recs
	case "timeline":
		for i := range ds.Events {
			if e := &ds.Events[i]; asOf.IsZero() || ds.EventBegun(e, asOf) {
				recs = append(recs, noteRecord{e.Title.In(lang), e.Status, e.Source})
			}
		}
		return recs
	}
	x := ds.Index()
	for _, c := range ds.Charts {
		if c.ID != name {
			continue
		}
		if c.Kind == data.ChartDealValues || c.Kind == data.ChartCampTotals {
			rel(true)
		}
		for _, id := range c.Series {
			if s := x.Series(id); s != nil {
				for _, p := range data.PointsAsOf(ds, s, asOf) {
					recs = append(recs, noteRecord{p.Label.In(lang), p.Status, p.Source})
				}
			}
		}
	}
	return recs
}

func source(ds *data.Dataset, id string) *data.Source {
	for i := range ds.Sources {
		if ds.Sources[i].ID == id {
			return &ds.Sources[i]
		}
	}
	return nil
}

// docLine is "Title (outlet, date)".
func docLine(ds *data.Dataset, id, lang string) string {
	s := source(ds, id)
	if s == nil {
		return id
	}
	doc := s.Title.In(lang)
	if s.Outlet != "" {
		doc += " (" + s.Outlet + ", " + s.Date.Label(lang) + ")"
	}
	return doc
}

// placeLine is "§ section title, ¶ 3" (Chinese: "§ …，第 3 段").
func placeLine(ds *data.Dataset, r data.Ref, lang string) string {
	sec := r.Section
	if s := source(ds, r.Doc); s != nil {
		for _, x := range s.Sections {
			if x.ID == r.Section {
				sec = x.Title.In(lang)
			}
		}
	}
	if lang == "zh" {
		return fmt.Sprintf("§ %s，第 %d 段", sec, r.Paragraph)
	}
	return fmt.Sprintf("§ %s, ¶ %d", sec, r.Paragraph)
}
