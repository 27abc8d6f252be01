package data

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// FormatVersion is the version of the camps format this package reads.
const FormatVersion = 1

// shareTolerance absorbs rounding in shares that should add up to 100.
const shareTolerance = 0.01

// ids is one kind of record: where each id stands, and the ids in file
// order for suggestions.
type ids struct {
	what  string // "company", for messages
	of    string // ` in source "article"` for sections
	at    map[string]int
	order []string
}

func newIDs(what string, n int) *ids {
	return &ids{what: what, at: make(map[string]int, n), order: make([]string, 0, n)}
}

// checker runs the meaning checks on a decoded dataset.
type checker struct {
	ds *Dataset
	c  *collector

	sources, companies, camps, relations, events, eras, series, charts *ids
	sections                                                           map[string]*ids // per source id
	shares                                                             map[string]bool // series drawn as parts of a whole
}

// checkMeaning records every problem of meaning: duplicate ids, references
// that do not resolve, impossible dates, sums and signs.
func checkMeaning(ds *Dataset, c *collector) {
	k := &checker{ds: ds, c: c}
	if ds.Version != FormatVersion {
		c.addf(ptr("version"), "found version %d, expected %d: this build reads version %d files", ds.Version, FormatVersion, FormatVersion)
	}
	k.sources = k.index("sources", "source", len(ds.Sources), func(i int) string { return ds.Sources[i].ID })
	k.sections = make(map[string]*ids, len(ds.Sources))
	for i, s := range ds.Sources {
		if _, dup := k.sections[s.ID]; dup {
			continue
		}
		secs := newIDs("section", len(s.Sections))
		secs.of = " in source " + strconv.Quote(s.ID)
		for j, sec := range s.Sections {
			k.unique(secs, sec.ID, j, ptr("sources", i, "sections", j, "id"))
		}
		k.sections[s.ID] = secs
	}
	k.companies = k.index("companies", "company", len(ds.Companies), func(i int) string { return ds.Companies[i].ID })
	k.camps = k.index("camps", "camp", len(ds.Camps), func(i int) string { return ds.Camps[i].ID })
	k.relations = k.index("relations", "relation", len(ds.Relations), func(i int) string { return ds.Relations[i].ID })
	k.events = k.index("events", "event", len(ds.Events), func(i int) string { return ds.Events[i].ID })
	k.eras = k.index("eras", "era", len(ds.Eras), func(i int) string { return ds.Eras[i].ID })
	k.series = k.index("series", "series", len(ds.Series), func(i int) string { return ds.Series[i].ID })
	k.charts = k.index("charts", "chart", len(ds.Charts), func(i int) string { return ds.Charts[i].ID })

	for i, s := range ds.Sources {
		k.date(s.Date, ptr("sources", i, "date"))
	}
	for i, co := range ds.Companies {
		at := ptr("companies", i)
		k.text(co.Name, at.add("name"))
		k.source(co.Source, at.add("source"))
	}
	for i := range ds.Camps {
		k.camp(i)
	}
	for i := range ds.Relations {
		k.relation(i)
	}
	for i := range ds.Events {
		k.event(i)
	}
	for i, e := range ds.Eras {
		at := ptr("eras", i)
		k.text(e.Name, at.add("name"))
		k.span(e.Start, &e.End, at.add("start"), at.add("end"), "start", "end")
		k.source(e.Source, at.add("source"))
	}
	k.shares = map[string]bool{}
	for _, ch := range ds.Charts {
		if ch.Kind == ChartShare || ch.Kind == ChartDonut {
			for _, id := range ch.Series {
				k.shares[id] = true
			}
		}
	}
	for i := range ds.Series {
		k.seriesCheck(i)
	}
	for i := range ds.Charts {
		k.chart(i)
	}
	k.statements()
}

// index maps the ids of one kind of record, reporting duplicates.
func (k *checker) index(list, what string, n int, id func(int) string) *ids {
	x := newIDs(what, n)
	for i := 0; i < n; i++ {
		k.unique(x, id(i), i, ptr(list, i, "id"))
	}
	return x
}

func (k *checker) unique(x *ids, id string, i int, at pointer) {
	if first, dup := x.at[id]; dup {
		k.c.addFunc(at, func() string {
			return fmt.Sprintf("duplicate %s id %q%s, expected each id once (first at index %d)", x.what, id, x.of, first)
		})
		return
	}
	x.at[id] = i
	x.order = append(x.order, id)
}

// ref reports id if it names no record of kind x, with a suggestion.
func (k *checker) ref(x *ids, id string, at pointer) bool {
	if _, ok := x.at[id]; ok {
		return true
	}
	k.c.addFunc(at, func() string {
		msg := fmt.Sprintf("unknown %s %q%s", x.what, id, x.of)
		if s := suggest(id, x.order); s != "" {
			return msg + fmt.Sprintf(" (did you mean %q?)", s)
		}
		if len(x.order) == 0 {
			return msg + fmt.Sprintf(" (there is no %s at all)", x.what)
		}
		return msg
	})
	return false
}

// source checks a Ref: its document, its section within that document and
// its paragraph.
func (k *checker) source(r Ref, at pointer) {
	if k.ref(k.sources, r.Doc, at.add("doc")) {
		k.ref(k.sections[r.Doc], r.Section, at.add("section"))
	}
	if r.Paragraph < 1 {
		k.c.addf(at.add("paragraph"), "found paragraph %d, expected 1 or more", r.Paragraph)
	}
}

// text reports a text required to say something in at least one language.
func (k *checker) text(t Text, at pointer) {
	if strings.TrimSpace(t.Zh) == "" && strings.TrimSpace(t.En) == "" {
		k.c.addf(at, "found empty text, expected zh or en (or both)")
	}
}

// date reports a date whose value is not a real date at its precision.
func (k *checker) date(d Date, at pointer) bool {
	if d.IsUndated() {
		if d.Value != "" || d.Qualifier != "" {
			k.c.addf(at.add("precision"), "found precision undated with a value or qualifier, expected either a dated value or neither")
			return false
		}
		return true
	}
	start, end, err := d.Span()
	if err != nil {
		switch d.Precision {
		case Day, Month, Year:
			k.c.addf(at.add("value"), "found %q, expected a real calendar date %s (precision %s)", d.Value, dateForm(d.Precision), d.Precision)
		default:
			k.c.addf(at.add("precision"), "found precision %q, expected day, month or year", d.Precision)
		}
		return false
	}
	b := qualifierBounds[d.Precision]
	switch {
	case start.Year() < 1:
		k.c.addf(at.add("value"), "found %q, expected a date in year 0001 or later (there is no year 0)", d.Value)
	case d.Qualifier == Before && !start.After(firstDay):
		k.c.addf(at.add("value"), "found before %q, expected before %s or later, so that the day before it is a date too", d.Value, b[0])
	case d.Qualifier == After && end.After(lastDay):
		k.c.addf(at.add("value"), "found after %q, expected after %s or earlier, so that the day after it is a date too", d.Value, b[1])
	default:
		return true
	}
	return false
}

// firstDay and lastDay bound every date the files hold and every day derived
// from them ("before" X is the day before X's first day, "after" X the day
// after its last, and the GEXF and TimelineJS write them): four-digit years,
// as ISO 8601, GEXF's xsd:date, Python and TimelineJS read them.
var (
	firstDay = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
)

// qualifierBounds are, by precision, the earliest date "before" may take
// and the latest "after" may.
var qualifierBounds = map[Precision][2]string{
	Day:   {"0001-01-02", "9999-12-30"},
	Month: {"0001-02", "9999-11"},
	Year:  {"0002", "9998"},
}

// span checks a start date and an optional end that may not come before it.
func (k *checker) span(start Date, end *Date, startAt, endAt pointer, startName, endName string) {
	okStart := k.date(start, startAt) && !start.IsUndated()
	if end == nil || !k.date(*end, endAt) || !okStart || end.IsUndated() {
		return
	}
	if !end.End().After(start.Start()) {
		k.c.addf(endAt.add("value"), "found %s %s, before %s %s; expected %s on or after %s", endName, end.Value, startName, start.Value, endName, startName)
	}
}

func (k *checker) camp(i int) {
	cp := &k.ds.Camps[i]
	at := ptr("camps", i)
	k.text(cp.Name, at.add("name"))
	seen := make(map[string]int, len(cp.Members))
	for j, m := range cp.Members {
		mat := at.add("members", j, "company")
		if !k.ref(k.companies, m.Company, mat) {
			continue
		}
		if first, dup := seen[m.Company]; dup {
			k.c.addf(mat, "company %q is already a member of this camp (members[%d]), expected each member once", m.Company, first)
			continue
		}
		seen[m.Company] = j
		if m.Joined != nil {
			k.date(*m.Joined, at.add("members", j, "joined"))
		}
	}
	if cp.Formed != nil {
		k.date(*cp.Formed, at.add("formed"))
	}
	k.source(cp.Source, at.add("source"))
}

func (k *checker) relation(i int) {
	r := &k.ds.Relations[i]
	at := ptr("relations", i)
	okFrom := k.ref(k.companies, r.From, at.add("from"))
	okTo := k.ref(k.companies, r.To, at.add("to"))
	if okFrom && okTo && r.From == r.To {
		k.c.addf(at.add("to"), "found %q as both from and to, expected two different companies", r.To)
	}
	if r.ValueUSD != nil && *r.ValueUSD < 0 {
		k.c.addf(at.add("valueUSD"), "found %s, expected a value of 0 or more (US dollars)", fmtNum(*r.ValueUSD))
	}
	for j, q := range r.Capacity {
		if q.Amount < 0 {
			k.c.addf(at.add("capacity", j, "amount"), "found %s, expected an amount of 0 or more", fmtNum(q.Amount))
		}
	}
	k.span(r.Date, r.Until, at.add("date"), at.add("until"), "date", "until")
	if r.Reported != nil {
		k.date(*r.Reported, at.add("reported"))
	}
	k.text(r.Title, at.add("title"))
	k.source(r.Source, at.add("source"))
}

func (k *checker) event(i int) {
	e := &k.ds.Events[i]
	at := ptr("events", i)
	k.span(e.Date, e.End, at.add("date"), at.add("end"), "date", "end")
	if e.Reported != nil {
		k.date(*e.Reported, at.add("reported"))
	}
	k.text(e.Title, at.add("title"))
	for j, p := range e.Parties {
		k.ref(k.companies, p, at.add("parties", j))
	}
	for j, r := range e.Relations {
		k.ref(k.relations, r, at.add("relations", j))
	}
	if e.Era != "" {
		k.ref(k.eras, e.Era, at.add("era"))
	}
	k.source(e.Source, at.add("source"))
}

func (k *checker) seriesCheck(i int) {
	s := &k.ds.Series[i]
	at := ptr("series", i)
	k.text(s.Title, at.add("title"))
	type whole struct {
		sum   float64
		first int
		over  bool
	}
	wholes := map[string]*whole{}
	for j, p := range s.Points {
		pat := at.add("points", j)
		k.text(p.Label, pat.add("label"))
		switch {
		case math.IsNaN(p.Value) || p.Value < 0:
			k.c.addf(pat.add("value"), "found %s, expected a value of 0 or more (%s)", fmtNum(p.Value), s.Unit)
		case s.Unit == UnitPercent && p.Value > 100:
			k.c.addf(pat.add("value"), "found %s, expected a percentage from 0 to 100", fmtNum(p.Value))
		}
		if p.Date != nil {
			k.date(*p.Date, pat.add("date"))
		}
		if p.Company != "" {
			k.ref(k.companies, p.Company, pat.add("company"))
		}
		if p.Status == Derived && strings.TrimSpace(p.Derivation.Zh) == "" && strings.TrimSpace(p.Derivation.En) == "" {
			k.c.addf(pat.add("derivation"), "found no derivation for a derived figure, expected how it was computed (derivation.zh or .en)")
		}
		k.source(p.Source, pat.add("source"))
		k.vague(&p, pat)
		// Shares of one whole: points of a percent series with the same group,
		// or, in a series drawn as a share or donut chart, the same date. Other
		// percent series (growth rates…) are not parts of a whole.
		if s.Unit != UnitPercent || p.Value < 0 || p.Value > 100 || p.Group == nil && !k.shares[s.ID] {
			continue
		}
		key, name := "", ""
		switch {
		case p.Group != nil:
			key, name = "g\x00"+p.Group.Zh+"\x00"+p.Group.En, "group "+strconv.Quote(p.Group.In("en"))
		case p.Date != nil:
			key, name = "d\x00"+p.Date.Value, "date "+p.Date.Value
		default:
			key, name = "", "points without group or date"
		}
		w := wholes[key]
		if w == nil {
			w = &whole{first: j}
			wholes[key] = w
		}
		w.sum += p.Value
		if w.sum > 100+shareTolerance && !w.over {
			w.over = true
			k.c.addf(pat.add("value"), "shares of %s sum to %s from points[%d] on, expected at most 100", name, fmtNum(w.sum), w.first)
		}
	}
}

func (k *checker) chart(i int) {
	ch := &k.ds.Charts[i]
	at := ptr("charts", i)
	k.text(ch.Title, at.add("title"))
	switch ch.Kind {
	case ChartDealValues, ChartCampTotals:
		if len(ch.Series) > 0 {
			k.c.addf(at.add("series"), "found %d series, expected none: a %s chart draws the relations", len(ch.Series), ch.Kind)
		}
	case ChartBars, ChartShare, ChartDonut:
		if len(ch.Series) == 0 {
			k.c.addf(at, "found no series, expected at least one for a %s chart", ch.Kind)
		}
	}
	for j, s := range ch.Series {
		k.ref(k.series, s, at.add("series", j))
	}
}

// vague checks a figure's bound and its deal. (That a multiple states its
// reading is pinned on the bundled data: older files load without one.)
func (k *checker) vague(p *Point, at pointer) {
	if p.Bound == Range && (p.Max == nil || *p.Max < p.Value) {
		k.c.addf(at.add("max"), "found no max of at least the value %s, expected the upper end of the range", fmtNum(p.Value))
	}
	if p.Max != nil && p.Bound != Range {
		k.c.addf(at.add("bound"), "found max without bound \"range\", expected bound \"range\"")
	}
	if p.Relation != "" {
		k.ref(k.relations, p.Relation, at.add("relation"))
	}
}

// statements checks ids, speakers, dates and references of the statements.
func (k *checker) statements() {
	k.index("statements", "statement", len(k.ds.Statements), func(i int) string { return k.ds.Statements[i].ID })
	for i, st := range k.ds.Statements {
		at := ptr("statements", i)
		k.text(st.Speaker.Name, at.add("speaker", "name"))
		if st.Speaker.Company != "" {
			k.ref(k.companies, st.Speaker.Company, at.add("speaker", "company"))
		}
		k.date(st.Date, at.add("date"))
		k.text(st.Text, at.add("text"))
		for j, e := range st.About {
			k.ref(k.events, e, at.add("about", j))
		}
		k.source(st.Source, at.add("source"))
	}
}

// dateForm spells a precision's layout for people.
func dateForm(p Precision) string {
	switch p {
	case Day:
		return "YYYY-MM-DD"
	case Month:
		return "YYYY-MM"
	}
	return "YYYY"
}

// num formats a float as briefly as it can be read back.
func fmtNum(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
