package data

import (
	"errors"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// english finds what is left of the loader's English sentences: words of
// its messages outside quotes (ids, values and the file's own text stay).
var english = regexp.MustCompile(`\b(found|expected|unknown|missing|duplicate|the file|field|syntax|invalid|character|appears|twice|nested|number|string|more|did you mean|at least|at most|one of|before|after|shares|series|percentage|precision|items|value|object|array)\b`)

var quoted = regexp.MustCompile(`"(\\.|[^"\\])*"|'[^']*'`)

// Issue 17, finding 6: every bad file's errors, said in Chinese, keep their
// place (file:line:col: path) and hold no English sentence of the loader.
func TestBadFilesInChinese(t *testing.T) {
	files, _ := filepath.Glob("testdata/bad/*.json")
	if len(files) < 30 {
		t.Fatalf("only %d bad files", len(files))
	}
	for _, f := range files {
		_, err := LoadFile(f)
		var es Errors
		if !errors.As(err, &es) {
			t.Fatalf("%s: %v is not Errors", f, err)
		}
		zh := strings.Split(es.In("zh"), "\n")
		for i, e := range es {
			place := strings.TrimSuffix(e.String(), e.Msg)
			if !strings.HasPrefix(zh[i], place) {
				t.Errorf("%s: %q lost its place %q", f, zh[i], place)
			}
			msg := quoted.ReplaceAllString(strings.TrimPrefix(zh[i], place), `""`)
			if w := english.FindString(msg); w != "" {
				t.Errorf("%s: %q still says %q in English", filepath.Base(f), zh[i], w)
			}
		}
		if got := es.In("en"); got != es.Error() {
			t.Errorf("%s: English changed:\n%s", f, got)
		}
	}
}

// Workbook messages (data/sheet builds them; they reach the same dialog).
func TestSheetMessagesInChinese(t *testing.T) {
	for _, msg := range []string{
		"the file is empty, expected an XLSX workbook",
		"the file is an old .xls or a password-protected workbook, expected an XLSX workbook: save it as .xlsx without a password",
		"the workbook unpacks to 300 MiB, expected at most 200 MiB: refused as a possible zip bomb",
		"found the sheets Sheet1, expected a camps workbook (Sources, Companies, Camps, Members, Relations, Events, Statements, Eras, Series, Charts) or a Kumu one (Elements, Connections)",
		`the sheet is not read (did you mean "Companies"?)`,
		`column "name.en" again (first in column B), expected each column once`,
		"found an empty first row, expected the header row: id, name.zh, name.en",
		`found "x" where the header row should be, expected the column names: id, name.zh`,
		`name.en differs from the first row of "openai", expected it empty or the same`,
		"found no camp id, expected the id of a camp of the Camps sheet",
		`unknown camp "onaa" (did you mean "ona"?)`,
		`unknown column "colr", expected one of id, color`,
		`unknown unit "bn" for valueUSD, expected one of 万, 亿, thousand, million, billion, trillion`,
		`"[1" is not JSON, expected for example [{"amount": 6, "unit": "GW"}]`,
		"the Elements sheet is empty, expected a header row (Label, Type, Description, Tags…) and one element per row",
		"found no Label column, expected a header row with Label, Type, Description, Tags…",
	} {
		zh := MessageZh(msg)
		if w := english.FindString(quoted.ReplaceAllString(zh, `""`)); w != "" {
			t.Errorf("%q\n  → %q still says %q", msg, zh, w)
		}
	}
}
