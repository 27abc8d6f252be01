package data

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestDateRange: a date is accepted only when it and every day derived from
// it ("before" X: the day before X; "after" X: the day after X's last) have
// four-digit years from 0001 to 9999: "after 9999" put year 10000 into a
// GEXF. The error is at the date's JSON path.
func TestDateRange(t *testing.T) {
	b, err := os.ReadFile("testdata/good/minimal.json")
	if err != nil {
		t.Fatal(err)
	}
	const at = `{"value": "2025-10-28", "precision": "day"}, "type": "deal"`
	if !strings.Contains(string(b), at) {
		t.Fatal("minimal.json changed: no restructure event date")
	}
	for _, c := range []struct {
		value, precision, qualifier string
		bad                         bool
	}{
		{"9999", "year", "after", true},
		{"9998", "year", "after", false},
		{"9999", "year", "", false},
		{"9999-12", "month", "after", true},
		{"9999-11", "month", "after", false},
		{"9999-12-31", "day", "after", true},
		{"9999-12-30", "day", "after", false},
		{"9999-12-31", "day", "by", false},
		{"0001", "year", "before", true},
		{"0002", "year", "before", false},
		{"0001-01", "month", "before", true},
		{"0001-02", "month", "before", false},
		{"0001-01-01", "day", "before", true},
		{"0001-01-02", "day", "before", false},
		{"0001-01-01", "day", "", false},
		{"0000", "year", "", true},
		{"0000-06-01", "day", "", true},
		{"2025-10-28", "day", "after", false},
	} {
		name := strings.TrimSpace(c.qualifier + " " + c.value)
		t.Run(name, func(t *testing.T) {
			q := ""
			if c.qualifier != "" {
				q = fmt.Sprintf(`, "qualifier": %q`, c.qualifier)
			}
			date := fmt.Sprintf(`{"value": %q, "precision": %q%s}, "type": "deal"`, c.value, c.precision, q)
			_, err := Load("camps.json", []byte(strings.Replace(string(b), at, date, 1)))
			if !c.bad {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			want := fmt.Sprintf("events[0].date.value: found %s, expected ", strings.TrimSpace(c.qualifier+" "+strconv.Quote(c.value)))
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "0001") && !strings.Contains(err.Error(), "a date too") {
				t.Errorf("err = %v, want %q", err, want)
			}
		})
	}
}
