package sheet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/aicamps/aicamps/data"
)

// scales are the words a unit column (valueUSD.unit) may hold.
var scales = map[string]float64{
	"": 1, "1": 1, "usd": 1, "$": 1,
	"k": 1e3, "thousand": 1e3, "千": 1e3,
	"万": 1e4,
	"m": 1e6, "mn": 1e6, "million": 1e6, "百万": 1e6,
	"亿": 1e8,
	"b": 1e9, "bn": 1e9, "billion": 1e9, "十亿": 1e9,
	"t": 1e12, "tn": 1e12, "trillion": 1e12, "万亿": 1e12,
}

// scaled is "380 亿", "38 billion" or "$38bn": a number and a scale word.
var scaled = regexp.MustCompile(`^\$?\s*([-+]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*([^0-9\s]*)$`)

// parseCell turns a cell's text into the JSON value of column c. unit is the
// cell of the column's unit column, if any. A bad cell gives a message.
func parseCell(c column, raw, unit string) (any, string) {
	s := strings.TrimSpace(raw)
	switch c.kind {
	case kText:
		return raw, ""
	case kNumber, kInt:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, notANumber(c, raw)
		}
		m, ok := scales[strings.ToLower(strings.TrimSpace(unit))]
		if !ok {
			return nil, fmt.Sprintf("unknown unit %q for %s, expected one of 万, 亿, thousand, million, billion, trillion", unit, c.name)
		}
		f *= m
		if c.kind == kInt {
			if f != math.Trunc(f) || math.Abs(f) > 1<<53 {
				return nil, fmt.Sprintf("%q is not a whole number", raw)
			}
			return json.Number(strconv.FormatInt(int64(f), 10)), ""
		}
		return json.Number(strconv.FormatFloat(f, 'g', -1, 64)), ""
	case kBool:
		switch strings.ToLower(s) {
		case "true", "1", "yes", "y", "是":
			return true, ""
		case "false", "0", "no", "n", "否":
			return false, ""
		}
		return nil, fmt.Sprintf("%q is not true or false", raw)
	case kDate:
		d, ok := parseDateCell(s)
		if !ok {
			return nil, fmt.Sprintf("%q is not a date: write 2025-11-03, 2025-11 or 2025, with by, before, after or about in front when the source bounds it (before 2027), or undated", raw)
		}
		return d, ""
	case kList:
		items := []any{}
		for _, it := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '；' || r == '，' }) {
			if it = strings.TrimSpace(it); it != "" {
				items = append(items, it)
			}
		}
		return items, ""
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil || dec.More() {
		return nil, fmt.Sprintf("%q is not JSON, expected for example [{\"amount\": 6, \"unit\": \"GW\"}]", raw)
	}
	return v, ""
}

// notANumber explains a number cell that holds text, with the number it
// probably means ("380 亿" is 38000000000).
func notANumber(c column, raw string) string {
	msg := fmt.Sprintf("%q is not a number", raw)
	if m := scaled.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
		f, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
		if mult, ok := scales[strings.ToLower(m[2])]; ok && err == nil {
			return msg + fmt.Sprintf(": write %s or use the unit column %s.unit", strconv.FormatFloat(f*mult, 'f', -1, 64), c.name)
		}
	}
	return msg + fmt.Sprintf(": write a plain number such as 38000000000, or use the unit column %s.unit", c.name)
}

// undatedWord is the cell of a date the source does not give.
const undatedWord = "undated"

// parseDateCell reads a date cell as its JSON object: a date, a qualifier
// word and a date ("by 2026", "before 2027-01"), or "undated".
func parseDateCell(s string) (map[string]any, bool) {
	if strings.EqualFold(s, undatedWord) {
		return map[string]any{"precision": undatedWord}, true
	}
	d := map[string]any{}
	if word, rest, ok := strings.Cut(s, " "); ok {
		q := strings.ToLower(word)
		if indexFold(qualifiers, q) < 0 {
			return nil, false
		}
		d["qualifier"], s = q, strings.TrimSpace(rest)
	}
	v, p, ok := parseDate(s)
	if !ok {
		return nil, false
	}
	d["value"], d["precision"] = v, p
	return d, true
}

// dateCell is a date's JSON object as its cell: parseDateCell's inverse.
func dateCell(d map[string]any) string {
	if p, _ := d["precision"].(string); p == undatedWord {
		return undatedWord
	}
	v, _ := d["value"].(string)
	if q, _ := d["qualifier"].(string); q != "" {
		return q + " " + v
	}
	return v
}

// qualifiers are the words a date cell may start with.
var qualifiers = func() []string {
	out := make([]string, len(data.Qualifiers))
	for i, q := range data.Qualifiers {
		out[i] = string(q)
	}
	return out
}()

// parseDate reads a typed date (2025-11-03, 2025-11, 2025) or a
// spreadsheet's own date (a day serial such as 45964).
func parseDate(s string) (value, precision string, ok bool) {
	switch len(s) {
	case 4:
		if _, err := time.Parse("2006", s); err == nil {
			return s, "year", true
		}
	case 7:
		if _, err := time.Parse("2006-01", s); err == nil {
			return s, "month", true
		}
	case 10:
		if _, err := time.Parse("2006-01-02", s); err == nil {
			return s, "day", true
		}
	}
	// A real date of the spreadsheet is a number of days since 1900; a
	// four-digit number is a year, handled above.
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 10000 && f < 2958466 {
		t, err := excelize.ExcelDateToTime(f, false)
		if err == nil {
			return t.Format("2006-01-02"), "day", true
		}
	}
	return "", "", false
}
