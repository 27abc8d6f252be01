package charts

import (
	"testing"

	"github.com/aicamps/aicamps/data"
)

// TestValueLabelBounds: a vague figure is labelled as the data bounds it.
func TestValueLabelBounds(t *testing.T) {
	for _, tc := range []struct {
		p    part
		unit string
		want string
	}{
		{part{Value: 1e5, Bound: data.Floor, Status: data.Derived}, data.UnitCount, "≥ 100K · derived"},
		{part{Value: 90, Bound: data.Floor, Status: data.Reported}, data.UnitPercent, "≥ 90%"},
		{part{Value: 10, Bound: data.Ceiling, Status: data.Reported}, data.UnitPercent, "≤ 10%"},
		{part{Value: 1e5, Max: 1e6, Bound: data.Range, Status: data.Reported}, data.UnitCount, "100K–1M"},
		{part{Value: 3, Status: data.Reported}, data.UnitMultiple, "3×"},
	} {
		if got := valueLabel("en", tc.unit, tc.p.Value, tc.p); got != tc.want {
			t.Errorf("valueLabel(%+v) = %q, want %q", tc.p, got, tc.want)
		}
	}
}
