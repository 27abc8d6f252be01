package app

import (
	"bytes"
	"strings"
	"testing"
)

// validate keeps English (scripts match it) unless --lang zh is given; the
// place stays either way (issue 17, finding 6).
func TestValidateLang(t *testing.T) {
	const f = "../data/testdata/bad/truncated.json"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{f}, f + ":39:43: the file ends too early"},
		{[]string{"--lang", "zh", f}, f + ":39:43: 文件提前结束"},
	} {
		var out, errs bytes.Buffer
		if st := runValidate(c.args, &out, &errs); st != 1 || !strings.Contains(errs.String(), c.want) {
			t.Errorf("validate %v: status %d, %q; want %q", c.args, st, errs.String(), c.want)
		}
	}
}
