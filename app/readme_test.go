package app

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readmeCommands are the aicamps commands in README.md's code blocks, as
// written (without their # comments).
func readmeCommands(t *testing.T) []string {
	f, err := os.Open("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cmds []string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "```") {
			in = !in
			continue
		}
		if cmd, _, _ := strings.Cut(line, "#"); in && strings.HasPrefix(line, "aicamps ") {
			cmds = append(cmds, strings.TrimSpace(cmd))
		}
	}
	return cmds
}

// Every aicamps command in the README runs as written, from an empty
// folder, and each -o FILE it names is there afterwards: the README cannot
// drift from the program again.
func TestReadmeCommandsRun(t *testing.T) {
	if testing.Short() {
		t.Skip("renders every item at 2×")
	}
	cmds := readmeCommands(t)
	if len(cmds) < 5 {
		t.Fatalf("found only %d commands in README.md: %q", len(cmds), cmds)
	}
	t.Chdir(t.TempDir())
	for _, c := range cmds {
		if strings.ContainsAny(c, `"'$|<>;&`) {
			t.Errorf("%q: quoting or shell syntax; write README commands as plain words", c)
			continue
		}
		args := strings.Fields(c)[1:]
		code, _, errs := runCLI(args...)
		if code != 0 {
			t.Errorf("README: %q exits %d: %s", c, code, errs)
			continue
		}
		for i, a := range args {
			if a == "-o" && i+1 < len(args) {
				if _, err := os.Stat(filepath.Clean(args[i+1])); err != nil {
					t.Errorf("README: %q wrote no %s", c, args[i+1])
				}
			}
		}
	}
}
