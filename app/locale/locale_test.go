package locale

import "testing"

// The C locale is recognised as gettext reads the environment: the first
// of LC_ALL, LC_MESSAGES and LANG that is set.
func TestIsC(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{"LANG": "C"}, true},
		{map[string]string{"LANG": "C.UTF-8"}, true},
		{map[string]string{"LANG": "POSIX"}, true},
		{map[string]string{"LANG": "C.utf8@euro"}, true},
		{map[string]string{"LANG": "en_US.UTF-8"}, false},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, false},
		{map[string]string{"LANG": "Ca_ES.UTF-8"}, false},
		{map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "C.UTF-8"}, false},
		{map[string]string{"LC_MESSAGES": "C", "LANG": "zh_CN.UTF-8"}, true},
		{map[string]string{}, false},
	} {
		if got := IsC(func(k string) string { return tc.env[k] }); got != tc.want {
			t.Errorf("%v: IsC = %v, want %v", tc.env, got, tc.want)
		}
	}
}
