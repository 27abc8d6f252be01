package data

import (
	"fmt"
	"time"
)

// layouts maps each precision to the form its value takes.
var layouts = map[Precision]string{Day: "2006-01-02", Month: "2006-01", Year: "2006"}

// Span returns the period the date covers: its first instant and the first
// instant after it. A month-precision date covers the whole month.
func (d Date) Span() (start, end time.Time, err error) {
	layout, ok := layouts[d.Precision]
	if !ok {
		return time.Time{}, time.Time{}, fmt.Errorf("precision %q is not one of day, month, year", d.Precision)
	}
	start, err = time.Parse(layout, d.Value)
	if err != nil {
		return time.Time{}, time.Time{}, fmt.Errorf("%q is not a real %s-precision date (want %s)", d.Value, d.Precision, layout)
	}
	switch d.Precision {
	case Day:
		end = start.AddDate(0, 0, 1)
	case Month:
		end = start.AddDate(0, 1, 0)
	default:
		end = start.AddDate(1, 0, 0)
	}
	return start, end, nil
}

// Start is the first instant of the date, or the zero time if it is invalid.
func (d Date) Start() time.Time {
	s, _, _ := d.Span()
	return s
}

// End is the first instant after the date, or the zero time if it is invalid.
func (d Date) End() time.Time {
	_, e, _ := d.Span()
	return e
}

// Label formats the date in lang at its own precision, with its qualifier:
// "3 Nov 2025", "2025年11月3日", "by 2026", "2027年前", "undated".
func (d Date) Label(lang string) string {
	if d.IsUndated() {
		if lang == "zh" {
			return "未注明日期"
		}
		return "undated"
	}
	l := d.plainLabel(lang)
	if lang == "zh" {
		switch d.Qualifier {
		case By:
			return l + "或之前"
		case Before:
			return l + "前"
		case After:
			return l + "后"
		case About:
			return "约" + l
		}
		return l
	}
	if d.Qualifier != "" {
		return string(d.Qualifier) + " " + l
	}
	return l
}

func (d Date) plainLabel(lang string) string {
	s, _, err := d.Span()
	if err != nil {
		return d.Value
	}
	if lang == "zh" {
		switch d.Precision {
		case Day:
			return fmt.Sprintf("%d年%d月%d日", s.Year(), s.Month(), s.Day())
		case Month:
			return fmt.Sprintf("%d年%d月", s.Year(), s.Month())
		}
		return fmt.Sprintf("%d年", s.Year())
	}
	switch d.Precision {
	case Day:
		return s.Format("2 Jan 2006")
	case Month:
		return s.Format("Jan 2006")
	}
	return s.Format("2006")
}
