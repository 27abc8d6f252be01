package timeline

import (
	"math"
	"testing"
	"time"
)

func TestScaleRoundTrip(t *testing.T) {
	s := Scale{From: day("2023-01-01"), To: day("2027-01-01"), X0: 100, X1: 1561} // 1461 days
	cases := []struct {
		t    time.Time
		want float64
	}{
		{day("2023-01-01"), 100},
		{day("2027-01-01"), 1561},
		{day("2023-01-02"), 101},
		{day("2025-01-01"), 100 + 731},
		{day("2022-12-31"), 99}, // out of range stays linear
	}
	for _, c := range cases {
		x := s.X(c.t)
		if math.Abs(x-c.want) > 1e-6 {
			t.Errorf("X(%s) = %v, want %v", c.t.Format("2006-01-02"), x, c.want)
		}
		if back := s.Time(x); back.Sub(c.t).Abs() > time.Second {
			t.Errorf("Time(X(%s)) = %s", c.t.Format("2006-01-02"), back)
		}
	}
	if got := s.PxPerDay(); math.Abs(got-1) > 1e-9 {
		t.Errorf("PxPerDay = %v, want 1", got)
	}
}

func TestTickChoice(t *testing.T) {
	gap := func(Unit) float64 { return 80 }
	cases := []struct {
		name     string
		from, to string
		width    float64
		unit     Unit
		first    string // label of the first tick
		lang     string
	}{
		{"decade on a slide", "2016-01-01", "2027-01-01", 1600, Years, "2016", "en"},
		{"four years", "2023-01-01", "2027-01-01", 1600, Quarters, "Q1 2023", "en"},
		{"four years zh", "2023-01-01", "2027-01-01", 1600, Quarters, "2023年第一季度", "zh"},
		{"one year", "2025-01-01", "2026-01-01", 1600, Months, "Jan 2025", "en"},
		{"one year zh", "2025-01-01", "2026-01-01", 1100, Months, "2025年1月", "zh"},
		{"nine months: fortnights", "2025-04-01", "2026-01-01", 1600, Days, "1 Apr", "en"},
		{"two weeks", "2025-11-01", "2025-11-15", 1600, Days, "1 Nov", "en"},
		{"two weeks zh", "2025-11-03", "2025-11-15", 1600, Days, "11月3日", "zh"},
		{"far out", "1900-01-01", "2100-01-01", 1600, Years, "1900", "en"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := Scale{From: day(c.from), To: day(c.to), X0: 0, X1: c.width}
			u, _ := s.ChooseUnit(gap)
			if u != c.unit {
				t.Fatalf("unit = %s, want %s", u, c.unit)
			}
			ticks := s.Ticks(c.lang, gap)
			if len(ticks) == 0 || ticks[0].Label != c.first {
				t.Fatalf("first tick = %+v, want %q", ticks, c.first)
			}
			for i := 1; i < len(ticks); i++ {
				if d := ticks[i].X - ticks[i-1].X; d < 80-0.01 {
					t.Errorf("ticks %q and %q only %.1f px apart", ticks[i-1].Label, ticks[i].Label, d)
				}
				if ticks[i].X > c.width || ticks[i].X < 0 {
					t.Errorf("tick %q at %.1f is outside the range", ticks[i].Label, ticks[i].X)
				}
			}
		})
	}
}

// Thinned day ticks never come closer than the gap, even across month ends.
func TestDayTicksThinned(t *testing.T) {
	for _, width := range []float64{200, 400, 900, 2000} {
		s := Scale{From: day("2025-01-01"), To: day("2025-03-01"), X0: 0, X1: width}
		gap := func(Unit) float64 { return 50 }
		u, step := s.ChooseUnit(gap)
		ticks := s.Ticks("en", gap)
		for i := 1; i < len(ticks); i++ {
			if d := ticks[i].X - ticks[i-1].X; d < 50-1e-6 {
				t.Errorf("width %v (%s/%d): %q→%q only %.1f px apart", width, u, step, ticks[i-1].Label, ticks[i].Label, d)
			}
		}
	}
}

func TestTickLabels(t *testing.T) {
	at := day("2025-04-03")
	cases := []struct {
		u      Unit
		en, zh string
	}{
		{Years, "2025", "2025"},
		{Quarters, "Q2 2025", "2025年第二季度"},
		{Months, "Apr 2025", "2025年4月"},
		{Days, "3 Apr", "4月3日"},
	}
	for _, c := range cases {
		if got := TickLabel(at, c.u, "en"); got != c.en {
			t.Errorf("%s en = %q, want %q", c.u, got, c.en)
		}
		if got := TickLabel(at, c.u, "zh"); got != c.zh {
			t.Errorf("%s zh = %q, want %q", c.u, got, c.zh)
		}
	}
}

func TestZoomKeepsAnchor(t *testing.T) {
	s := Scale{From: day("2023-01-01"), To: day("2027-01-01"), X0: 0, X1: 1000}
	anchor := s.Time(250)
	from, to := s.Zoom(0.5, 250)
	z := Scale{From: from, To: to, X0: 0, X1: 1000}
	if d := z.Time(250).Sub(anchor).Abs(); d > time.Minute {
		t.Errorf("anchor moved by %s", d)
	}
	if got, want := to.Sub(from), s.To.Sub(s.From)/2; (got - want).Abs() > time.Minute {
		t.Errorf("span = %s, want %s", got, want)
	}
	from, to = s.Pan(100) // content moves right: the range moves back by 10%
	if want := s.From.Add(-s.To.Sub(s.From) / 10); from.Sub(want).Abs() > time.Minute {
		t.Errorf("pan from = %s, want %s", from, want)
	}
	// Zooming in forever stops at a day.
	for i := 0; i < 100; i++ {
		from, to = z.Zoom(0.1, 500)
		z = Scale{From: from, To: to, X0: 0, X1: 1000}
	}
	if to.Sub(from) < 24*time.Hour-time.Second {
		t.Errorf("zoomed to %s, want at least a day", to.Sub(from))
	}
}
