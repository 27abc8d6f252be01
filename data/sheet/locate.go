package sheet

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/aicamps/aicamps/data"
)

// arrayLoc says where the items of one JSON array stand: a sheet, the
// column of each field (by JSON path from the item, "source.section") and
// the row of each item.
type arrayLoc struct {
	sheet string
	cols  map[string]int // 0-based column of each field
	child map[string]int // for a one-row-per-child sheet: the child's columns
	rows  []int          // 1-based row of each item
}

// locator maps the JSON paths of the document built from a workbook back to
// its cells.
type locator struct {
	arrays map[string]*arrayLoc // "relations", "camps[2].members"
	fields map[string]string    // top-level fields ("title.zh") → Sheet!Cell
}

// missingField is the field named by a "missing required field" message.
var missingField = regexp.MustCompile(`missing required fields? "([^"]+)"`)

// place is the Sheet!Cell of a JSON path such as relations[3].source.section
// (readable form, as data.Error has it), or "" when the path is unknown.
func (lc *locator) place(path, msg string) string {
	for i := strings.LastIndexByte(path, '['); i >= 0; i = strings.LastIndexByte(path[:i], '[') {
		at, ok := lc.arrays[path[:i]]
		if !ok {
			continue
		}
		j := strings.IndexByte(path[i:], ']')
		if j < 0 {
			continue
		}
		n, err := strconv.Atoi(path[i+1 : i+j])
		if err != nil || n < 0 || n >= len(at.rows) {
			continue
		}
		rest := strings.TrimPrefix(path[i+j+1:], ".")
		if m := missingField.FindStringSubmatch(msg); m != nil {
			if rest == "" {
				rest = m[1]
			} else {
				rest += "." + m[1]
			}
		}
		return fmt.Sprintf("%s!%s", at.sheet, cellName(at.column(rest), at.rows[n]))
	}
	if at, ok := lc.arrays[path]; ok {
		return at.sheet + "!A1"
	}
	for p := path; ; p = parentPath(p) {
		if s, ok := lc.fields[p]; ok {
			return s
		}
		if p == "" {
			return ""
		}
	}
}

// column is the column of the field at rest, or of the nearest field that
// holds it (date.value is in the date column); the first column if none.
func (at *arrayLoc) column(rest string) int {
	for p := rest; p != ""; p = parentPath(p) {
		if x, ok := at.cols[p]; ok {
			return x
		}
	}
	return 0
}

// parentPath drops the last step of a readable path: a.b[2] → a.b → a.
func parentPath(p string) string {
	i := max(strings.LastIndexByte(p, '.'), strings.LastIndexByte(p, '['))
	if i < 0 {
		return ""
	}
	return p[:i]
}

// loadDoc loads the document built from a workbook with data.Load and
// puts each problem, the workbook's own and the loader's, at its cell.
func loadDoc(name string, doc map[string]any, r *reader) (*data.Dataset, error) {
	b, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	ds, err := data.Load(name, b)
	if err == nil && len(r.errs) == 0 {
		return ds, nil
	}
	var les data.Errors
	if err != nil && !errors.As(err, &les) {
		return nil, err
	}
	taken := map[string]bool{}
	for _, e := range r.errs {
		taken[e.Path] = true
	}
	for _, e := range les {
		if strings.HasPrefix(e.Msg, "… and ") && e.Path == "" {
			n, _ := strconv.Atoi(strings.Fields(e.Msg)[2])
			r.more += n
			continue
		}
		place := r.loc.place(e.Path, e.Msg)
		if place == "" {
			place = e.Path // a path the workbook has no cell for: say it as JSON
		}
		if taken[place] {
			continue // the cell's own error says it better
		}
		r.errorAt(place, e.Msg)
	}
	return nil, r.result()
}
