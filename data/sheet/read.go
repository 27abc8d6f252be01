package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/aicamps/aicamps/data"
)

// Limits for workbooks from anywhere: an XLSX is a zip archive, and a small
// one can unpack to gigabytes (a zip bomb).
const (
	// MaxFileSize is the largest workbook read, as for JSON files.
	MaxFileSize = data.MaxFileSize
	// MaxUnpacked is the most all parts of a workbook may unpack to; a
	// 100,000-row sheet takes about 15 MiB.
	MaxUnpacked = 256 << 20
	// maxInMemory is the largest sheet unpacked in memory; larger ones go to
	// a temporary file (excelize's UnzipXMLSizeLimit).
	maxInMemory = 32 << 20
	// maxCols and maxCells bound what a sheet may hold, since a few bytes
	// of XML can place a cell in column XFD or merge a million cells: the
	// unpacked size alone does not bound the grid built from them.
	maxCols  = 256
	maxCells = 8 << 20
)

// IsWorkbook reports whether path names a workbook (by its extension).
func IsWorkbook(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		return true
	}
	return false
}

// LoadFile reads the workbook at path. See Load.
func LoadFile(path string) (*data.Dataset, []data.Error, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, nil, err
	}
	if len(b) > MaxFileSize {
		return nil, nil, data.Errors{{File: path, Msg: fmt.Sprintf("the file is over %d MiB, expected at most %d MiB", MaxFileSize>>20, MaxFileSize>>20)}}
	}
	return Load(path, b)
}

// Load reads a workbook: a camps workbook (the sheets Write makes) or a Kumu
// one (Elements and Connections). It builds the JSON document data.Load
// reads and loads it, so a workbook passes the same checks as a JSON file.
// name is the file name used in messages. On failure the error is a
// data.Errors with each problem at its cell (Relations!C4); warnings are
// problems that still give a dataset (a hidden sheet, a Kumu type guessed).
// Formulas are read as the values the spreadsheet saved: nothing is
// evaluated and no link is followed.
func Load(name string, b []byte) (*data.Dataset, []data.Error, error) {
	fail := func(place, msg string) (*data.Dataset, []data.Error, error) {
		return nil, nil, data.Errors{{File: name, Path: place, Msg: msg}}
	}
	if msg := notWorkbook(b); msg != "" {
		return fail("", msg)
	}
	msg, merges := checkArchive(b)
	if msg != "" {
		return fail("", msg)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{UnzipSizeLimit: MaxUnpacked, UnzipXMLSizeLimit: maxInMemory})
	if err != nil {
		return fail("", "cannot read the workbook: "+err.Error())
	}
	defer f.Close()
	r := &reader{name: name, f: f, sheets: map[string]string{}, merges: merges}
	for _, s := range f.GetSheetList() {
		r.sheets[strings.ToLower(s)] = s
	}
	var doc map[string]any
	switch {
	case r.has("companies") || r.has("relations") || r.has("sources"):
		doc = r.camps()
	case r.has("elements"):
		doc = r.kumu()
	default:
		return fail("", fmt.Sprintf("found the sheets %s, expected a camps workbook (Sources, Companies, Camps, Members, Relations, Events, Statements, Eras, Series, Charts) or a Kumu one (Elements, Connections)", listOrNone(f.GetSheetList())))
	}
	if r.fatal {
		return nil, nil, r.result()
	}
	ds, err := loadDoc(name, doc, r)
	if err != nil {
		return nil, nil, err
	}
	return ds, r.warnings, nil
}

// notWorkbook says why b is no XLSX (a zip archive), or "" if it may be one.
func notWorkbook(b []byte) string {
	switch {
	case len(b) == 0:
		return "the file is empty, expected an XLSX workbook"
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return ""
	case bytes.HasPrefix(b, []byte{0xd0, 0xcf, 0x11, 0xe0}):
		return "the file is an old .xls or a password-protected workbook, expected an XLSX workbook: save it as .xlsx without a password"
	case looksText(b[:min(len(b), 4096)]):
		return "the file is text (CSV?), not an XLSX workbook: open it in a spreadsheet and save it as .xlsx, or write it as JSON"
	}
	return "the file is not an XLSX workbook (a zip archive)"
}

// checkArchive unpacks every part of the archive into nothing, to refuse a
// zip bomb before excelize unpacks it: the parts must say they unpack to at
// most MaxUnpacked in all, and archive/zip refuses to read a part past what
// it says (nor one whose checksum is wrong), so the work stays bounded.
func checkArchive(b []byte) (msg string, merges bool) {
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "the file is not a readable XLSX workbook (a zip archive): " + err.Error(), false
	}
	var n uint64
	for _, f := range z.File {
		n += f.UncompressedSize64
	}
	if n > MaxUnpacked {
		return fmt.Sprintf("the workbook unpacks to %d MiB, expected at most %d MiB: refused as a possible zip bomb", (n+1<<20-1)>>20, MaxUnpacked>>20), false
	}
	for _, f := range z.File {
		rc, err := f.Open()
		if err == nil {
			w := &finder{want: []byte("<mergeCell ")}
			_, err = io.Copy(w, rc)
			rc.Close()
			merges = merges || w.found
		}
		if err != nil {
			return fmt.Sprintf("the workbook is damaged: its part %s does not unpack as it says (%v)", f.Name, err), false
		}
	}
	return "", merges
}

// finder is a writer that notes whether want passes through it: reading a
// sheet's merged cells costs excelize a full parse, done only when some.
type finder struct {
	want, tail []byte
	found      bool
}

func (w *finder) Write(p []byte) (int, error) {
	if !w.found {
		w.tail = append(w.tail, p...)
		w.found = bytes.Contains(w.tail, w.want)
		w.tail = w.tail[max(0, len(w.tail)-len(w.want)):]
	}
	return len(p), nil
}

// looksText reports whether b is UTF-8 text without NUL bytes (a cut rune
// at its end allowed).
func looksText(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return false
	}
	for i := 0; i < 4 && len(b) > 0; i++ {
		if utf8.Valid(b) {
			return true
		}
		b = b[:len(b)-1]
	}
	return false
}

func listOrNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

// reader reads one workbook, collecting problems at their cells.
type reader struct {
	name     string
	f        *excelize.File
	sheets   map[string]string // lower-case name → name
	errs     []data.Error
	more     int
	fatal    bool // a problem that makes the document meaningless to check
	warnings []data.Error
	loc      locator
	merges   bool // some sheet has merged cells
}

func (r *reader) has(lower string) bool { _, ok := r.sheets[lower]; return ok }

// errorAt records a problem at place (Sheet!Cell).
func (r *reader) errorAt(place, msg string) {
	if len(r.errs) >= data.MaxErrors {
		r.more++
		return
	}
	r.errs = append(r.errs, data.Error{File: r.name, Path: place, Msg: msg})
}

func (r *reader) warn(place, msg string) {
	r.warnings = append(r.warnings, data.Error{File: r.name, Path: place, Msg: msg})
}

// result is the problems found as one error.
func (r *reader) result() data.Errors {
	out := append(data.Errors{}, r.errs...)
	order := map[string]int{}
	for i, s := range r.f.GetSheetList() {
		order[s] = i
	}
	key := func(e data.Error) (int, int, int) {
		sheet, cell, _ := strings.Cut(e.Path, "!")
		x, y, _ := excelize.CellNameToCoordinates(cell)
		i, ok := order[sheet]
		if !ok {
			i = len(order)
		}
		return i, y, x
	}
	sort.SliceStable(out, func(i, j int) bool { // in the workbook's order
		a1, a2, a3 := key(out[i])
		b1, b2, b3 := key(out[j])
		return a1 < b1 || a1 == b1 && (a2 < b2 || a2 == b2 && a3 < b3)
	})
	if r.more > 0 {
		out = append(out, data.Error{File: r.name, Msg: fmt.Sprintf("… and %d more", r.more)})
	}
	return out
}

// rows reads a sheet row by row, keeping at most maxCols columns and
// maxCells cells: a cell past them is an error at that cell, not a grid of
// gigabytes.
func (r *reader) rows(sheet string) ([][]string, error) {
	it, err := r.f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var rows [][]string
	cells := 0
	for it.Next() {
		cols, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return rows, err
		}
		if len(cols) > maxCols {
			for x := maxCols; x < len(cols); x++ {
				if strings.TrimSpace(cols[x]) != "" {
					cell, _ := excelize.CoordinatesToCellName(x+1, len(rows)+1)
					return rows, fmt.Errorf("%s holds a value, but a camps sheet has at most %d columns", cell, maxCols)
				}
			}
			cols = cols[:maxCols:maxCols]
		}
		if cells += len(cols); cells > maxCells {
			return rows, fmt.Errorf("more than %d cells: a camps sheet is far smaller", maxCells)
		}
		rows = append(rows, cols)
	}
	return rows, it.Error()
}

func cellsIn(rows [][]string) int {
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	return n
}

// grid reads a sheet's cells as text (numbers as the raw value, formulas
// as the value saved with them), with each merged range filled with its
// first cell's value. ok is false when the sheet is absent.
func (r *reader) grid(lower string) (rows [][]string, sheet string, ok bool) {
	sheet, ok = r.sheets[lower]
	if !ok {
		return nil, "", false
	}
	if vis, err := r.f.GetSheetVisible(sheet); err == nil && !vis {
		r.warn(sheet+"!A1", "the sheet is hidden; its rows are read all the same")
	}
	rows, err := r.rows(sheet)
	if err != nil {
		r.errorAt(sheet+"!A1", "cannot read the sheet: "+err.Error())
		r.fatal = true
		return nil, sheet, true
	}
	if !r.merges {
		return rows, sheet, true
	}
	merged, err := r.f.GetMergeCells(sheet)
	if err != nil {
		return rows, sheet, true
	}
	budget := maxCells - cellsIn(rows)
	for _, m := range merged {
		c1, r1, e1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, e2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if e1 != nil || e2 != nil || c1 > maxCols {
			continue
		}
		c2 = min(c2, maxCols)
		if budget -= (r2 - r1 + 1) * (c2 - c1 + 1); budget < 0 {
			r.errorAt(sheet+"!"+m.GetStartAxis(), fmt.Sprintf("the merged cells hold more than %d cells in all: unmerge them", maxCells))
			r.fatal = true
			return rows, sheet, true
		}
		v := ""
		if r1 <= len(rows) && c1 <= len(rows[r1-1]) {
			v = rows[r1-1][c1-1] // the raw value, as every other cell
		}
		for y := r1; y <= r2; y++ {
			for len(rows) < y {
				rows = append(rows, nil)
			}
			for x := c1; x <= c2; x++ {
				for len(rows[y-1]) < x {
					rows[y-1] = append(rows[y-1], "")
				}
				rows[y-1][x-1] = v
			}
		}
	}
	return rows, sheet, true
}
