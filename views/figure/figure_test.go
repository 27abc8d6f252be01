package figure

import "testing"

func TestNumber(t *testing.T) {
	for _, c := range []struct {
		v    float64
		want string
	}{
		{0, "0"}, {38, "38"}, {14.44, "14.4"}, {1.6, "1.6"}, {1.0 / 3, "0.33"},
		{224.4, "224"}, {-2.5, "-2.5"}, {1e300, "1e+300"},
	} {
		if got := Number(c.v); got != c.want {
			t.Errorf("Number(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestMoney(t *testing.T) {
	for _, c := range []struct {
		v          float64
		lang, want string
	}{
		{38e9, "en", "$38B"}, {22.4e9, "en", "$22.4B"}, {1.5e12, "en", "$1.5T"}, {500e6, "en", "$500M"}, {0, "en", "$0"},
		{38e9, "zh", "380亿美元"}, {1.5e12, "zh", "1.5万亿美元"}, {5e6, "zh", "500万美元"},
		{1e300, "en", "$1e+288T"},
	} {
		if got := Money(c.v, c.lang); got != c.want {
			t.Errorf("Money(%v, %s) = %q, want %q", c.v, c.lang, got, c.want)
		}
	}
}
