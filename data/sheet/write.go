package sheet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/aicamps/aicamps/data"
)

// listSep joins the items of a list cell.
const listSep = "; "

// validRows is how far down the drop-down lists reach, for rows a person adds.
const validRows = 5000

// refLists names the sheet whose ids a column takes, for its drop-down list.
var refLists = map[string]string{"from": "Companies", "to": "Companies", "company": "Companies", "camp": "Camps", "era": "Eras", "relation": "Relations"}

// Write writes ds as a workbook: a README sheet, the Dataset sheet, then one
// sheet per array of the JSON document. Text is always written as text, so a
// name such as =HYPERLINK(…) never becomes a formula.
func Write(w io.Writer, ds *data.Dataset) error {
	doc, err := toDoc(ds)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	wr := &writer{f: f}
	if wr.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#E7EEF7"}},
		Alignment: &excelize.Alignment{Vertical: "top"},
	}); err != nil {
		return err
	}
	if wr.thousands, err = f.NewStyle(&excelize.Style{NumFmt: 3}); err != nil {
		return err
	}
	if wr.text, err = f.NewStyle(&excelize.Style{NumFmt: 49}); err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", readmeSheet); err != nil {
		return err
	}
	wr.readme()
	wr.dataset(doc)
	for _, l := range layouts {
		wr.sheet(l, doc)
	}
	if wr.err != nil {
		return wr.err
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

// toDoc is ds as the generic JSON document the loader reads.
func toDoc(ds *data.Dataset) (map[string]any, error) {
	b, err := json.Marshal(ds)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var doc map[string]any
	err = dec.Decode(&doc)
	return doc, err
}

type writer struct {
	f         *excelize.File
	header    int // style of header rows
	thousands int // style of large whole numbers: 38,000,000,000
	text      int // style "@" of date columns
	err       error
}

func (w *writer) fail(err error) {
	if w.err == nil && err != nil {
		w.err = err
	}
}

// table writes a header and rows on a new sheet, with the header frozen and
// columns as wide as their content (within bounds).
func (w *writer) table(name string, header []string, rows [][]any) {
	if _, err := w.f.NewSheet(name); err != nil {
		w.fail(err)
		return
	}
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = textWidth(h)
	}
	w.fail(w.f.SetSheetRow(name, "A1", &header))
	big := make([]bool, len(header)) // a column of large whole numbers
	for r, row := range rows {
		for i, v := range row {
			if n, ok := v.(int64); ok && (n >= 1e6 || n <= -1e6) {
				big[i] = true
				widths[i] = max(widths[i], len(strconv.FormatInt(n, 10))*4/3)
			}
			if s, ok := v.(string); ok {
				widths[i] = max(widths[i], textWidth(s))
				if utf8.RuneCountInString(s) > excelize.TotalCellChars {
					w.fail(fmt.Errorf("%s!%s: text of %d characters, a cell holds at most %d", name, cellName(i, r+2), utf8.RuneCountInString(s), excelize.TotalCellChars))
				}
			}
		}
		w.fail(w.f.SetSheetRow(name, cellName(0, r+2), &row))
		for i, v := range row {
			if f, ok := v.(float64); ok { // all its digits: excelize would keep 15
				s := strconv.FormatFloat(f, 'f', -1, 64)
				prec := 0
				if dot := strings.IndexByte(s, '.'); dot >= 0 {
					prec = len(s) - dot - 1
				}
				w.fail(w.f.SetCellFloat(name, cellName(i, r+2), f, prec, 64))
			}
		}
	}
	last := cellName(len(header)-1, 1)
	w.fail(w.f.SetCellStyle(name, "A1", last, w.header))
	for i, b := range big {
		if b && len(rows) > 0 { // 38,000,000,000 rather than 3.8E+10; the value stays exact
			w.fail(w.f.SetCellStyle(name, cellName(i, 2), cellName(i, len(rows)+1), w.thousands))
		}
	}
	for i, wd := range widths {
		col := colName(i)
		w.fail(w.f.SetColWidth(name, col, col, float64(min(max(wd+2, 8), 45))))
	}
	w.fail(w.f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
	w.fail(w.f.AutoFilter(name, "A1:"+last, nil))
	w.printable(name)
}

// printable lays a sheet out landscape, as wide as one page, for a PDF or
// a printer; the header row repeats on every page.
func (w *writer) printable(name string) {
	land, one, none, fit := "landscape", 1, 0, true
	w.fail(w.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}))
	w.fail(w.f.SetPageLayout(name, &excelize.PageLayoutOptions{Orientation: &land, FitToWidth: &one, FitToHeight: &none}))
	w.fail(w.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$1", name), Scope: name}))
}

// dataset writes the top-level fields, one per row.
func (w *writer) dataset(doc map[string]any) {
	var rows [][]any
	for _, c := range datasetColumns() {
		rows = append(rows, []any{c.name, cellValue(c, lookup(doc, c.path))})
	}
	w.table(datasetSheet, []string{"field", "value"}, rows)
}

// sheet writes one data sheet: a row per record, or per child record.
func (w *writer) sheet(l *layout, doc map[string]any) {
	cols := l.all()
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.name
	}
	var rows [][]any
	items, _ := doc[l.array].([]any)
	for _, it := range items {
		obj, _ := it.(map[string]any)
		parent := make([]any, len(l.pcols))
		for i, c := range l.pcols {
			parent[i] = cellValue(c, lookup(obj, c.path))
		}
		if l.child == "" {
			rows = append(rows, parent)
			continue
		}
		kids, _ := obj[l.child].([]any)
		if len(kids) == 0 && l.parentKey == "" {
			rows = append(rows, append(parent, make([]any, len(l.ccols))...))
		}
		for _, k := range kids {
			kobj, _ := k.(map[string]any)
			row := append([]any{}, parent...)
			for _, c := range l.ccols {
				row = append(row, cellValue(c, lookup(kobj, c.path)))
			}
			rows = append(rows, row)
		}
	}
	w.table(l.name, header, rows)
	w.validations(l.name, cols)
	w.dateColumns(l.name, cols)
}

// dateHint is the prompt of a date column's cells.
const dateHint = "2025-11-03, 2025-11 or 2025; with by, before, after or about in front when the source bounds it (before 2027); or undated."

// dateColumns formats date columns as text, so that a spreadsheet keeps a
// typed 2025-11 as it is (not a day serial, which would read as a day), and
// shows the date forms when a cell of one is selected.
func (w *writer) dateColumns(sheet string, cols []column) {
	for i, c := range cols {
		if c.kind != kDate {
			continue
		}
		col := colName(i)
		w.fail(w.f.SetColStyle(sheet, col, w.text))
		w.fail(w.f.SetCellStyle(sheet, col+"1", col+"1", w.header)) // the header keeps its look
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(fmt.Sprintf("%s2:%s%d", col, col, validRows))
		dv.SetInput("Date", dateHint)
		w.fail(w.f.AddDataValidation(sheet, dv))
	}
}

// validations adds drop-down lists: the schema's enums, and ids of other
// sheets for the columns that name a company, camp or era.
func (w *writer) validations(sheet string, cols []column) {
	for i, c := range cols {
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(fmt.Sprintf("%s2:%s%d", colName(i), colName(i), validRows))
		key := c.name[strings.LastIndexByte(c.name, '.')+1:]
		switch {
		case len(c.enum) > 0 && len(c.path) == 1:
			if err := dv.SetDropList(c.enum); err != nil {
				w.fail(err)
				continue
			}
		case refLists[key] != "" && c.kind == kText: // speaker.company too
			dv.SetSqrefDropList(fmt.Sprintf("%s!$A$2:$A$%d", refLists[key], validRows))
		default:
			continue
		}
		w.fail(w.f.AddDataValidation(sheet, dv))
	}
}

// lookup follows path through nested objects; nil when absent.
func lookup(obj map[string]any, path []string) any {
	var v any = obj
	for _, k := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// cellValue is a JSON value as the cell of column c: nil for an empty cell.
func cellValue(c column, v any) any {
	if v == nil {
		return nil
	}
	switch c.kind {
	case kNumber, kInt:
		if n, ok := v.(json.Number); ok {
			if i, err := n.Int64(); err == nil {
				return i
			}
			f, _ := n.Float64()
			return f
		}
	case kBool:
		if b, ok := v.(bool); ok {
			return b
		}
	case kDate:
		if m, ok := v.(map[string]any); ok {
			return dateCell(m)
		}
	case kList:
		if a, ok := v.([]any); ok {
			parts := make([]string, len(a))
			for i, x := range a {
				parts[i] = fmt.Sprint(x)
			}
			return strings.Join(parts, listSep)
		}
	case kText:
		if s, ok := v.(string); ok {
			return s
		}
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// textWidth is about how many character widths s takes (CJK counts two).
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1100 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func colName(i int) string {
	s, _ := excelize.ColumnNumberToName(i + 1)
	return s
}

// cellName is the name of the cell at 0-based column i and 1-based row r.
func cellName(i, r int) string {
	s, _ := excelize.CoordinatesToCellName(i+1, r)
	return s
}
