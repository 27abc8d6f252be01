package sheet

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/aicamps/aicamps/data"
)

// rec is one row of a data sheet, as the JSON objects it gives.
type rec struct {
	row           int            // 1-based sheet row
	parent, child map[string]any // the parent's fields and the child's
	hasChild      bool           // some child cell is filled
	key           string         // the parent's id cell, raw
	keyCell       string
}

// camps builds the JSON document of a camps workbook.
func (r *reader) camps() map[string]any {
	r.loc = locator{arrays: map[string]*arrayLoc{}, fields: map[string]string{}}
	doc := r.datasetFields()
	var members []rec
	var membersAt *arrayLoc
	for _, l := range layouts {
		rows, sheet, ok := r.grid(strings.ToLower(l.name))
		if !ok {
			if doc[l.array] == nil {
				doc[l.array] = []any{}
			}
			continue
		}
		recs, at := r.records(l, rows, sheet)
		switch {
		case l.parentKey != "":
			members, membersAt = recs, at
		case l.child != "":
			doc[l.array] = r.groups(l, recs, at)
		default:
			items := make([]any, len(recs))
			at.rows = make([]int, len(recs))
			for i, x := range recs {
				items[i], at.rows[i] = x.parent, x.row
			}
			doc[l.array] = items
			r.loc.arrays[l.array] = at
		}
	}
	if membersAt != nil {
		camps, _ := doc["camps"].([]any)
		r.attachMembers(camps, members, membersAt)
	}
	r.unknownSheets()
	return doc
}

// unknownSheets warns of sheets the reader skips, in case of a typo.
func (r *reader) unknownSheets() {
	known := []string{readmeSheet, datasetSheet}
	for _, l := range layouts {
		known = append(known, l.name)
	}
	for _, s := range r.f.GetSheetList() {
		if indexFold(known, s) >= 0 {
			continue
		}
		msg := "the sheet is not read: it is none of " + strings.Join(known[1:], ", ")
		if g := data.Suggest(s, known); g != "" {
			msg = fmt.Sprintf("the sheet is not read (did you mean %q?)", g)
		}
		r.warn(s+"!A1", msg)
	}
}

// datasetFields reads the Dataset sheet (version, title); without one the
// workbook is a current-version dataset titled by its file name.
func (r *reader) datasetFields() map[string]any {
	doc := map[string]any{}
	rows, sheet, ok := r.grid(strings.ToLower(datasetSheet))
	if !ok {
		base := filepath.Base(r.name)
		doc["version"] = data.FormatVersion
		doc["title"] = map[string]any{"en": strings.TrimSuffix(base, filepath.Ext(base))}
		return doc
	}
	cols := datasetColumns()
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
	}
	for y, row := range rows {
		if len(row) == 0 || y == 0 && strings.EqualFold(strings.TrimSpace(row[0]), "field") {
			continue
		}
		name := strings.TrimSpace(row[0])
		value := ""
		if len(row) > 1 {
			value = row[1]
		}
		place := fmt.Sprintf("%s!B%d", sheet, y+1)
		i := indexFold(names, name)
		if i < 0 {
			if name != "" {
				r.errorAt(fmt.Sprintf("%s!A%d", sheet, y+1), unknownColumn(name, names, "field"))
			}
			continue
		}
		r.loc.fields[cols[i].name] = place
		if strings.TrimSpace(value) == "" {
			continue
		}
		v, msg := parseCell(cols[i], value, "")
		if msg != "" {
			r.errorAt(place, msg)
			continue
		}
		set(doc, cols[i].path, v)
	}
	r.loc.fields[""] = sheet + "!A1"
	return doc
}

// records reads the rows of a data sheet under its header.
func (r *reader) records(l *layout, rows [][]string, sheet string) ([]rec, *arrayLoc) {
	cols := l.all()
	at := &arrayLoc{sheet: sheet, cols: map[string]int{}, child: map[string]int{}}
	if len(rows) == 0 {
		return nil, at
	}
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
	}
	byCell, units := r.header(l, rows, sheet, names)
	if byCell == nil {
		return nil, at
	}
	for x, ci := range byCell {
		if ci < 0 {
			continue
		}
		key := strings.Join(cols[ci].path, ".")
		if ci < len(l.pcols) {
			at.cols[key] = x
		} else {
			at.child[key] = x
		}
	}
	var out []rec
	for y := 1; y < len(rows); y++ {
		row := rows[y]
		if blank(row) {
			continue
		}
		x := rec{row: y + 1, parent: map[string]any{}, child: map[string]any{}}
		for i, c := range cols {
			if i < len(l.pcols) && len(c.path) > 1 && c.opt == "" {
				ensure(x.parent, c.path[:len(c.path)-1])
			} else if i >= len(l.pcols) && len(c.path) > 1 && c.opt == "" {
				ensure(x.child, c.path[:len(c.path)-1])
			}
		}
		for cx, ci := range byCell {
			if ci < 0 || cx >= len(row) {
				continue
			}
			c, raw := cols[ci], row[cx]
			if ci < len(l.pcols) && len(c.path) == 1 && c.path[0] == "id" {
				x.key, x.keyCell = strings.TrimSpace(raw), cellName(cx, y+1)
			}
			if strings.TrimSpace(raw) == "" {
				continue
			}
			unit := ""
			if ux, ok := units[ci]; ok && ux < len(row) {
				unit = row[ux]
			}
			v, msg := parseCell(c, raw, unit)
			if msg != "" {
				r.errorAt(fmt.Sprintf("%s!%s", sheet, cellName(cx, y+1)), msg)
				continue
			}
			if ci < len(l.pcols) {
				set(x.parent, c.path, v)
			} else {
				set(x.child, c.path, v)
				x.hasChild = true
			}
		}
		for _, ci := range byCell { // a required list left empty is an empty list
			if ci >= 0 && cols[ci].kind == kList && !omitEmpty(l, ci) {
				obj := x.parent
				if ci >= len(l.pcols) {
					obj = x.child
				}
				if lookup(obj, cols[ci].path) == nil {
					set(obj, cols[ci].path, []any{})
				}
			}
		}
		out = append(out, x)
	}
	return out, at
}

// header maps each header cell to its column (-1 for none) and each number
// column to its unit column. nil when the sheet has no header row.
func (r *reader) header(l *layout, rows [][]string, sheet string, names []string) ([]int, map[int]int) {
	head := rows[0]
	byCell := make([]int, len(head))
	units := map[int]int{}
	seen := map[int]int{}
	found := 0
	errs, more := len(r.errs), r.more
	for x, h := range head {
		byCell[x] = -1
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		place := fmt.Sprintf("%s!%s", sheet, cellName(x, 1))
		if i := indexFold(names, h); i >= 0 {
			if first, dup := seen[i]; dup {
				r.errorAt(place, fmt.Sprintf("column %q again (first in column %s), expected each column once", h, colName(first)))
				continue
			}
			seen[i], byCell[x] = x, i
			found++
			continue
		}
		if base, ok := strings.CutSuffix(strings.ToLower(h), ".unit"); ok {
			if i := indexFold(names, base); i >= 0 && l.all()[i].kind == kNumber {
				units[i] = x
				continue
			}
		}
		r.errorAt(place, unknownColumn(h, names, "column"))
	}
	if found == 0 {
		first := ""
		for _, h := range head {
			if strings.TrimSpace(h) != "" {
				first = h
				break
			}
		}
		r.errs, r.more = r.errs[:errs], more // not a header: its cells are no unknown columns
		msg := "found an empty first row, expected the header row: " + strings.Join(names, ", ")
		if first != "" {
			msg = fmt.Sprintf("found %q where the header row should be, expected the column names: %s", first, strings.Join(names, ", "))
		}
		r.errorAt(sheet+"!A1", msg)
		r.fatal = true // its rows are unreadable: what refers to them would only echo this
		return nil, nil
	}
	return byCell, units
}

// groups makes the parents of a one-row-per-child sheet (Sources, Series):
// rows with the same id, or with no id after a row of it, are one parent.
func (r *reader) groups(l *layout, recs []rec, at *arrayLoc) []any {
	items := []any{}
	index := map[string]int{}
	var kids [][]any
	var kidRows [][]int
	cur := -1
	for _, x := range recs {
		i, known := index[x.key]
		switch {
		case x.key == "" && cur >= 0: // a further row of the group above
			i = cur
			r.mergeParent(l, items[i].(map[string]any), x, at)
		case known && x.key != "":
			r.mergeParent(l, items[i].(map[string]any), x, at)
		default:
			i = len(items)
			if x.key != "" {
				index[x.key] = i
			}
			items = append(items, x.parent)
			at.rows = append(at.rows, x.row)
			kids, kidRows = append(kids, nil), append(kidRows, nil)
		}
		cur = i
		if x.hasChild {
			kids[i] = append(kids[i], x.child)
			kidRows[i] = append(kidRows[i], x.row)
		}
	}
	for i, it := range items {
		k := kids[i]
		if k == nil {
			k = []any{}
		}
		it.(map[string]any)[l.child] = k
		r.loc.arrays[fmt.Sprintf("%s[%d].%s", l.array, i, l.child)] = &arrayLoc{sheet: at.sheet, cols: at.child, rows: kidRows[i]}
	}
	r.loc.arrays[l.array] = at
	return items
}

// mergeParent takes the parent fields of a later row of a group: filled
// ones must agree with the group's first row.
func (r *reader) mergeParent(l *layout, into map[string]any, x rec, at *arrayLoc) {
	for _, c := range l.pcols {
		v := lookup(x.parent, c.path)
		if v == nil || isEmptyObj(v) {
			continue
		}
		have := lookup(into, c.path)
		if have == nil {
			set(into, c.path, v)
		} else if !reflect.DeepEqual(have, v) {
			col := at.cols[strings.Join(c.path, ".")]
			r.errorAt(fmt.Sprintf("%s!%s", at.sheet, cellName(col, x.row)),
				fmt.Sprintf("%s differs from the first row of %q, expected it empty or the same", c.name, x.key))
		}
	}
}

// attachMembers puts the Members rows into their camps.
func (r *reader) attachMembers(camps []any, members []rec, at *arrayLoc) {
	byID := map[string]int{}
	var ids []string
	for i, c := range camps {
		if id, ok := c.(map[string]any)["id"].(string); ok {
			byID[id] = i
			ids = append(ids, id)
		}
	}
	rows := make([][]int, len(camps))
	for _, m := range members {
		i, ok := byID[m.key]
		if !ok {
			msg := fmt.Sprintf("unknown camp %q", m.key)
			if s := data.Suggest(m.key, ids); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			} else if m.key == "" {
				msg = "found no camp id, expected the id of a camp of the Camps sheet"
			}
			r.errorAt(at.sheet+"!"+m.keyCell, msg)
			continue
		}
		camp := camps[i].(map[string]any)
		list, _ := camp["members"].([]any)
		camp["members"] = append(list, m.child)
		rows[i] = append(rows[i], m.row)
	}
	for i := range camps {
		r.loc.arrays[fmt.Sprintf("camps[%d].members", i)] = &arrayLoc{sheet: at.sheet, cols: at.child, rows: rows[i]}
	}
}

// omitEmpty reports whether the field of column ci may be left out.
func omitEmpty(l *layout, ci int) bool {
	t := l.elem
	c := l.all()[ci]
	if ci >= len(l.pcols) {
		f, _ := fieldByJSON(t, l.child)
		t = f.Type.Elem()
	}
	f, ok := fieldByJSON(t, c.path[0])
	if !ok {
		return true
	}
	_, omit, _ := jsonName(f)
	return omit
}

func set(obj map[string]any, path []string, v any) {
	m := ensure(obj, path[:len(path)-1])
	m[path[len(path)-1]] = v
}

// ensure makes the nested objects of path and returns the innermost.
func ensure(obj map[string]any, path []string) map[string]any {
	m := obj
	for _, k := range path {
		next, ok := m[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	return m
}

func isEmptyObj(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	for _, x := range m {
		if !isEmptyObj(x) {
			return false
		}
	}
	return true
}

func blank(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func indexFold(names []string, s string) int {
	for i, n := range names {
		if strings.EqualFold(n, s) {
			return i
		}
	}
	return -1
}

func unknownColumn(h string, names []string, what string) string {
	msg := fmt.Sprintf("unknown %s %q", what, h)
	if s := data.Suggest(h, names); s != "" {
		return msg + fmt.Sprintf(" (did you mean %q?)", s)
	}
	return msg + ", expected one of " + strings.Join(names, ", ")
}
