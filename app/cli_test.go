package app

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// testdata of the data package: a good file and bad ones.
var dataTestdata = filepath.Join("..", "data", "testdata")

// runArgs runs the CLI with args and returns the exit status and output.
func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestValidateGood(t *testing.T) {
	f := filepath.Join(dataTestdata, "good", "minimal.json")
	code, out, errs := runArgs("validate", f)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and nothing", code, errs)
	}
	want := f + ": ok: 4 companies, 2 camps, 3 relations, 2 events, 1 eras, 2 series (4 figures), 2 charts\n"
	if out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
}

func TestValidateBad(t *testing.T) {
	good := filepath.Join(dataTestdata, "good", "minimal.json")
	bad := filepath.Join(dataTestdata, "bad", "unknown-ref.json")
	code, out, errs := runArgs("validate", good, bad)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.HasPrefix(out, good+": ok:") || strings.Contains(out, bad) {
		t.Errorf("stdout %q: want the good file's summary only", out)
	}
	want := bad + `:29:30: camps[1].members[0].company: unknown company "anthropc" (did you mean "anthropic"?)` + "\n"
	if errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}
}

func TestValidateEveryLineHasAPosition(t *testing.T) {
	bad := filepath.Join(dataTestdata, "bad", "many-errors.json")
	code, _, errs := runArgs("validate", bad)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	if len(lines) != 51 {
		t.Fatalf("%d lines, want 50 errors and a last '… and N more'", len(lines))
	}
	pos := regexp.MustCompile(`^` + regexp.QuoteMeta(bad) + `:\d+:\d+: events\[1\]\.parties\[\d+\]: unknown company "nobody\d+"$`)
	for _, l := range lines[:50] {
		if !pos.MatchString(l) {
			t.Errorf("line %q is not file:line:col: path: message", l)
		}
	}
	if lines[50] != bad+": … and 10 more" {
		t.Errorf("last line %q", lines[50])
	}
}

func TestValidateMissingFile(t *testing.T) {
	code, _, errs := runArgs("validate", filepath.Join(t.TempDir(), "nope.json"))
	if code != 1 || !strings.Contains(errs, "nope.json") {
		t.Errorf("exit %d, stderr %q; want 1 naming the file", code, errs)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{[]string{"validate"}, 2, "", "Usage: aicamps validate FILE..."},
		{[]string{"validate", "--bogus"}, 2, "", "flag provided but not defined"},
		{[]string{"validate", "--help"}, 0, "", "Usage: aicamps validate"},
		{[]string{"version"}, 0, "aicamps " + Version + "\n", ""},
		{[]string{"--help"}, 0, "aicamps validate FILE...", ""},
		{[]string{"-h"}, 0, "Usage:", ""},
		{[]string{"help"}, 0, "Usage:", ""},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{[]string{""}, 2, "", `unknown command ""`},
		{[]string{"--nosuchflag"}, 2, "", "flag provided but not defined"},
	} {
		code, out, errs := runArgs(tc.args...)
		if code != tc.code || !strings.Contains(out, tc.stdout) || !strings.Contains(errs, tc.stderr) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d, %q, %q", tc.args, code, out, errs, tc.code, tc.stdout, tc.stderr)
		}
		if tc.stdout == "" && out != "" {
			t.Errorf("%v: unexpected stdout %q", tc.args, out)
		}
	}
}

// A file named alone (or first, as "Open with" passes several) opens the
// window on it; a .json file that is not there says so; other words are
// still unknown commands.
func TestOpenFileArgument(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "mine.json")
	if err := os.WriteFile(file, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	defer func(f func(string) int) { startGUI = f }(startGUI)
	var opened []string
	startGUI = func(f string) int { opened = append(opened, f); return 0 }
	for _, tc := range []struct {
		args   []string
		code   int
		opened string
		stderr string
	}{
		{[]string{file}, 0, file, ""},
		{[]string{file, filepath.Join(dir, "other.json")}, 0, file, ""},
		{[]string{"--data", file}, 0, file, ""},
		{[]string{filepath.Join(dir, "gone.json")}, 1, "", "no such file"},
		{[]string{file, "--data", file}, 2, "", "unexpected argument"},
		{[]string{filepath.Join(dir, "folder.json")}, 1, "", "not a file"},
		{[]string{dir}, 2, "", "unknown command"},
		{[]string{"frobnicate"}, 2, "", "unknown command"},
	} {
		opened = nil
		code, _, errs := runArgs(tc.args...)
		got := ""
		if len(opened) > 0 {
			got = opened[0]
		}
		if code != tc.code || got != tc.opened || !strings.Contains(errs, tc.stderr) || len(opened) > 1 {
			t.Errorf("%v: exit %d, opened %q, stderr %q; want %d, %q, %q", tc.args, code, opened, errs, tc.code, tc.opened, tc.stderr)
		}
	}
}
