//go:build e2e

package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// -o FILE on a full disk (a 64 KiB tmpfs in a private mount namespace):
// one clear line, status 1, and nothing left in the folder, for a deck, a
// replay GIF and a picture.
func TestOutFileFullDisk(t *testing.T) {
	for _, args := range [][]string{
		{"-o", "deck.pptx", "deal-values", "network"},
		{"--replay", "-o", "story.gif", "network"},
		{"-o", "deal-values.png", "deal-values"},
	} {
		t.Run(args[len(args)-2], func(t *testing.T) {
			mnt := t.TempDir()
			for i, a := range args {
				if i > 0 && args[i-1] == "-o" {
					args[i] = filepath.Join(mnt, a)
				}
			}
			stdout, stderr, err := onFullDisk(t, mnt, args...)
			checkFailed(t, err, stderr, "no space left on device")
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); n != 0 {
				t.Errorf("%d lines of error, want one:\n%s", n+1, stderr)
			}
			if _, left, _ := strings.Cut(stdout, "--- left:\n"); strings.TrimSpace(left) != "" {
				t.Errorf("left on the full disk: %s", left)
			}
		})
	}
}

// onFullDisk runs aicamps export ARGS with a 64 KiB tmpfs mounted on mnt in
// a private mount namespace (a real ENOSPC); stdout ends with "--- left:"
// and what is left in the tmpfs, which vanishes with the namespace.
func onFullDisk(t *testing.T, mnt string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Skip("unshare not found")
	}
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	script := `mount -t tmpfs -o size=64k none "$1" || exit 99; d=$1; shift; "$@"; rc=$?; echo "--- left:"; ls -A "$d"; exit $rc`
	cmd := exec.Command("unshare", append([]string{"-m", "sh", "-c", script, "sh", mnt, binary(t), "export"}, args...)...)
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 99 {
		t.Skipf("cannot mount a tmpfs here: %s", e.String())
	}
	return o.String(), e.String(), err
}
