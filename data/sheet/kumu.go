package sheet

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// kumuColumns are the columns a Kumu workbook may have, by what they give,
// each with the header names it goes by (case does not matter).
var kumuColumns = map[string][]string{
	"label":       {"label", "name"},
	"id":          {"id"},
	"type":        {"type", "element type", "connection type"},
	"description": {"description"},
	"tags":        {"tags", "tag"},
	"camp":        {"camp"},
	"country":     {"country"},
	"status":      {"status"},
	"from":        {"from"},
	"to":          {"to"},
	"direction":   {"direction", "connection direction"},
	"date":        {"date", "start", "start date", "from date"},
	"until":       {"end", "end date", "until", "to date"},
	"value":       {"value", "value usd", "valueusd", "amount"},
}

// campColors colour the camps a Kumu workbook names, in order.
var campColors = []string{"#2F6FDE", "#D9480F", "#2B8A3E", "#AE3EC9", "#1098AD", "#C2255C", "#5C940D", "#7048E8"}

// kumuSheet is one sheet of a Kumu workbook, its columns found by name.
type kumuSheet struct {
	name string
	rows [][]string
	col  map[string]int // what (kumuColumns' key) → 0-based column
	at   *arrayLoc
}

func (k *kumuSheet) cell(y int, what string) string {
	x, ok := k.col[what]
	if !ok || x >= len(k.rows[y]) {
		return ""
	}
	return strings.TrimSpace(k.rows[y][x])
}

// place is the Sheet!Cell of column what in row y (0-based), the row's
// first cell if the sheet has no such column.
func (k *kumuSheet) place(y int, what string) string {
	return fmt.Sprintf("%s!%s", k.name, cellName(k.col[what], y+1))
}

func (r *reader) kumuSheet(lower string) *kumuSheet {
	rows, name, ok := r.grid(lower)
	if !ok || len(rows) == 0 {
		return nil
	}
	k := &kumuSheet{name: name, rows: rows, col: map[string]int{}, at: &arrayLoc{sheet: name, cols: map[string]int{}}}
	for x, h := range rows[0] {
		h = strings.ToLower(strings.TrimSpace(h))
		for what, names := range kumuColumns {
			if _, taken := k.col[what]; !taken && indexFold(names, h) >= 0 {
				k.col[what] = x
			}
		}
	}
	return k
}

// kumu builds the JSON document of a Kumu workbook: elements become
// companies, connections relations. A record's source is the workbook
// itself, at its sheet (the section) and row (the paragraph).
func (r *reader) kumu() map[string]any {
	r.loc = locator{arrays: map[string]*arrayLoc{}, fields: map[string]string{}}
	base := filepath.Base(r.name)
	src := slug(base)
	els, cons := r.kumuSheet("elements"), r.kumuSheet("connections")
	var sections []any
	for _, k := range []*kumuSheet{els, cons} {
		if k != nil {
			sections = append(sections, map[string]any{"id": slug(k.name), "title": map[string]any{"en": k.name}, "line": 1})
		}
	}
	date := r.workbookDate()
	doc := map[string]any{
		"version": 1, "title": map[string]any{"en": strings.TrimSuffix(base, filepath.Ext(base))},
		"sources": []any{map[string]any{"id": src, "title": map[string]any{"en": base}, "date": date, "language": "und", "sections": sections}},
		"events":  []any{}, "eras": []any{}, "series": []any{}, "charts": []any{},
	}
	if els == nil {
		r.errorAt("Elements!A1", "the Elements sheet is empty, expected a header row (Label, Type, Description, Tags…) and one element per row")
		r.fatal = true
		return doc
	}
	if _, ok := els.col["label"]; !ok {
		r.errorAt(els.name+"!A1", "found no Label column, expected a header row with Label, Type, Description, Tags…")
		r.fatal = true
		return doc
	}
	ref := func(k *kumuSheet, y int) map[string]any {
		return map[string]any{"doc": src, "section": slug(k.name), "paragraph": y + 1}
	}
	companies, camps, ids := r.kumuElements(els, ref)
	doc["companies"], doc["camps"] = companies, camps
	doc["relations"] = []any{}
	if cons != nil {
		doc["relations"] = r.kumuConnections(cons, ids, date, ref)
	}
	return doc
}

// kumuElements makes a company of each element, and the camps they name.
func (r *reader) kumuElements(k *kumuSheet, ref func(*kumuSheet, int) map[string]any) (companies, camps []any, ids map[string]string) {
	kinds := enums["company"]["kind"]
	ids = map[string]string{}
	campAt := map[string]int{}
	guessed := map[string]bool{}
	noStatus, noCountry := false, false
	for y := 1; y < len(k.rows); y++ {
		label := k.cell(y, "label")
		if label == "" {
			continue
		}
		id := unique(firstNonEmpty(slug(firstNonEmpty(k.cell(y, "id"), label)), "element-"+strconv.Itoa(y+1)), ids)
		ids[strings.ToLower(label)], ids[id] = id, id
		kind := r.kumuType(k, y, kinds, "other", "element type %q is no company kind (%s): read as other", guessed)
		country := strings.ToUpper(k.cell(y, "country"))
		if len(country) != 2 {
			country, noCountry = "ZZ", true
		}
		c := map[string]any{"id": id, "name": text(label), "kind": kind, "country": country,
			"status": r.kumuStatus(k, y, &noStatus), "source": ref(k, y)}
		if d := k.cell(y, "description"); d != "" {
			c["note"] = text(d)
		}
		companies = append(companies, c)
		k.at.rows = append(k.at.rows, y+1)
		for _, name := range kumuCamps(k.cell(y, "camp"), k.cell(y, "tags")) {
			i, ok := campAt[strings.ToLower(name)]
			if !ok {
				i = len(camps)
				campAt[strings.ToLower(name)] = i
				cid := firstNonEmpty(slug(name), "camp-"+strconv.Itoa(i+1))
				camps = append(camps, map[string]any{"id": cid, "name": text(name), "description": map[string]any{},
					"color": campColors[i%len(campColors)], "members": []any{}, "status": "reported", "source": ref(k, y)})
			}
			camp := camps[i].(map[string]any)
			camp["members"] = append(camp["members"].([]any), map[string]any{"company": id, "role": map[string]any{}})
		}
	}
	for what, json := range map[string]string{"label": "id", "type": "kind", "country": "country", "status": "status", "description": "note"} {
		if x, ok := k.col[what]; ok {
			k.at.cols[json] = x
		}
	}
	k.at.cols["name"] = k.col["label"]
	r.loc.arrays["companies"] = k.at
	if noStatus {
		r.warn(k.name+"!A1", "some elements have no status (or none the app knows): read as reported")
	}
	if noCountry {
		r.warn(k.name+"!A1", "some elements have no Country column value (two letters, US): read as ZZ, unknown")
	}
	if camps == nil {
		camps = []any{}
	}
	if companies == nil {
		companies = []any{}
	}
	return companies, camps, ids
}

// kumuConnections makes a relation of each connection.
func (r *reader) kumuConnections(k *kumuSheet, ids map[string]string, date map[string]any, ref func(*kumuSheet, int) map[string]any) []any {
	types := enums["relation"]["type"]
	rels := []any{}
	taken := map[string]string{}
	guessed := map[string]bool{}
	noStatus, noDate := false, false
	for y := 1; y < len(k.rows); y++ {
		from, to := k.cell(y, "from"), k.cell(y, "to")
		if from == "" && to == "" {
			continue
		}
		typ := r.kumuType(k, y, types, "partnership", "connection type %q is no relation type (%s): read as partnership", guessed)
		idOf := func(s string) string {
			if id, ok := ids[strings.ToLower(s)]; ok {
				return id
			}
			return firstNonEmpty(slug(s), s) // the loader says it is unknown, at its cell
		}
		title := firstNonEmpty(k.cell(y, "label"), from+" → "+to)
		rel := map[string]any{"id": unique(slug(firstNonEmpty(k.cell(y, "id"), "row-"+strconv.Itoa(y+1))), taken),
			"from": idOf(from), "to": idOf(to), "type": typ, "title": text(title), "description": text(k.cell(y, "description")),
			"directed": !strings.Contains(strings.ToLower(k.cell(y, "direction")), "undirected") && !strings.Contains(strings.ToLower(k.cell(y, "direction")), "mutual"),
			"status":   r.kumuStatus(k, y, &noStatus), "source": ref(k, y)}
		taken[rel["id"].(string)] = ""
		rel["date"] = date
		if s := k.cell(y, "date"); s != "" {
			if v, msg := parseCell(column{kind: kDate}, s, ""); msg != "" {
				r.errorAt(k.place(y, "date"), msg)
			} else {
				rel["date"] = v
			}
		} else {
			noDate = true
		}
		if s := k.cell(y, "until"); s != "" {
			if v, msg := parseCell(column{kind: kDate}, s, ""); msg != "" {
				r.errorAt(k.place(y, "until"), msg)
			} else {
				rel["until"] = v
			}
		}
		if s := k.cell(y, "value"); s != "" {
			if v, msg := parseCell(column{name: "Value", kind: kNumber}, s, ""); msg != "" {
				r.errorAt(k.place(y, "value"), msg)
			} else {
				rel["valueUSD"] = v
			}
		}
		rels = append(rels, rel)
		k.at.rows = append(k.at.rows, y+1)
	}
	for what, json := range map[string]string{"from": "from", "to": "to", "type": "type", "status": "status", "date": "date", "until": "until", "value": "valueUSD", "label": "title", "description": "description"} {
		if x, ok := k.col[what]; ok {
			k.at.cols[json] = x
		}
	}
	r.loc.arrays["relations"] = k.at
	if noStatus {
		r.warn(k.name+"!A1", "some connections have no status (or none the app knows): read as reported")
	}
	if noDate {
		r.warn(k.name+"!A1", fmt.Sprintf("some connections have no Date: dated %s, the workbook's own date", date["value"]))
	}
	return rels
}

// kumuType is the row's Type as one of known ("Model Lab" is model-lab),
// else fallback, with a warning for the first row of each unknown type.
func (r *reader) kumuType(k *kumuSheet, y int, known []string, fallback, warning string, guessed map[string]bool) string {
	t := k.cell(y, "type")
	typ := strings.ReplaceAll(strings.ToLower(t), " ", "-")
	if indexFold(known, typ) >= 0 {
		return typ
	}
	if !guessed[strings.ToLower(t)] {
		guessed[strings.ToLower(t)] = true
		r.warn(k.place(y, "type"), fmt.Sprintf(warning, t, strings.Join(known, ", ")))
	}
	return fallback
}

// kumuStatus is the row's status, reported when it has none the app knows.
func (r *reader) kumuStatus(k *kumuSheet, y int, none *bool) string {
	s := strings.ToLower(k.cell(y, "status"))
	if indexFold(enums["company"]["status"], s) >= 0 {
		return s
	}
	*none = true
	return "reported"
}

// kumuCamps are the camps a row names: its Camp column, else its tags
// written camp:NAME (Kumu separates tags with |).
func kumuCamps(camp, tags string) []string {
	var out []string
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == ';' || r == ',' })
	}
	for _, c := range split(camp) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, t := range split(tags) {
		t = strings.TrimSpace(t)
		if len(t) > 5 && strings.EqualFold(t[:5], "camp:") {
			out = append(out, strings.TrimSpace(t[5:]))
		}
	}
	return out
}

// workbookDate is the day the workbook was last saved (or made), as its
// properties say; today if they say nothing.
func (r *reader) workbookDate() map[string]any {
	day := time.Now().UTC().Format("2006-01-02")
	if p, err := r.f.GetDocProps(); err == nil {
		for _, s := range []string{p.Modified, p.Created} {
			if len(s) >= 10 {
				if _, err := time.Parse("2006-01-02", s[:10]); err == nil {
					day = s[:10]
					break
				}
			}
		}
	}
	return map[string]any{"value": day, "precision": "day"}
}

// text puts s in the language it is written in (Han characters: zh).
func text(s string) map[string]any {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return map[string]any{"zh": s}
		}
	}
	return map[string]any{"en": s}
}

// slug makes an id of s: lower case letters, digits, '.' and '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-.") // "" for a name in Chinese: callers number it
}

// unique makes id unique among taken by a numbered suffix.
func unique(id string, taken map[string]string) string {
	if _, ok := taken[id]; !ok {
		return id
	}
	for i := 2; ; i++ {
		if s := fmt.Sprintf("%s-%d", id, i); taken[s] == "" {
			if _, ok := taken[s]; !ok {
				return s
			}
		}
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
