//go:build e2e

package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// exportCmd is `aicamps export ARGS…` with a clean environment plus env.
func exportCmd(t *testing.T, env []string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(binary(t), append([]string{"export"}, args...)...)
	cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
	cmd.Env = append(cmd.Env, env...)
	return cmd
}

// TestExportKilledMidWrite kills an export while it is half-way through a
// file (the AICAMPS_TEST_BLOCK_WRITE hook of views/export makes WriteFile
// stop there) and expects the earlier file of that name intact, byte for
// byte: a crash, a full battery or a kill -9 never leaves half a picture.
func TestExportKilledMidWrite(t *testing.T) {
	out := t.TempDir()
	dest := filepath.Join(out, "deal-values.png")
	// A first, complete export.
	if b, err := exportCmd(t, nil, "--out", out, "--scale", "1", "deal-values").CombinedOutput(); err != nil {
		t.Fatalf("first export: %v\n%s", err, b)
	}
	before, err := os.ReadFile(dest)
	if err != nil || len(before) == 0 {
		t.Fatalf("first export wrote nothing: %v", err)
	}

	// The second, in another theme so the bytes would differ, is killed
	// while the temporary file holds half of the new picture.
	cmd := exportCmd(t, []string{"AICAMPS_TEST_BLOCK_WRITE=1"}, "--out", out, "--scale", "1", "--theme", "dark", "deal-values")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	tmp := ""
	deadline := time.Now().Add(60 * time.Second)
	for tmp == "" {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no half-written temporary file after 60s; stderr:\n%s", stderr.String())
		}
		select {
		case err := <-done:
			t.Fatalf("export ended before it was killed (is the test hook in?): %v\n%s", err, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
		matches, _ := filepath.Glob(filepath.Join(out, ".deal-values.png.*.tmp"))
		for _, m := range matches {
			if st, err := os.Stat(m); err == nil && st.Size() > 0 {
				tmp = m
			}
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-done

	after, err := os.ReadFile(dest)
	if err != nil {
		t.Fatalf("the earlier file is gone: %v", err)
	}
	if !bytes.Equal(before, after) {
		t.Fatalf("the earlier file changed: %d bytes before, %d after", len(before), len(after))
	}
	// Nothing but the earlier picture and the hidden temporary file (no
	// process can clean up after SIGKILL) is in the folder.
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if p := filepath.Join(out, e.Name()); p != dest && p != tmp {
			t.Errorf("unexpected file after the kill: %s", e.Name())
		}
	}
	t.Logf("killed with %s half-written; %s intact (%d bytes)", filepath.Base(tmp), filepath.Base(dest), len(after))
}

// TestExportInterrupted: Ctrl-C (SIGINT) or SIGTERM while an export writes
// its file leaves no hidden temporary file and the earlier file of that name
// as it was, and the export says so in one line with a non-zero status. The
// AICAMPS_TEST_BLOCK_WRITE hook holds WriteFile halfway through the file.
func TestExportInterrupted(t *testing.T) {
	for _, c := range []struct {
		name, file string
		sig        syscall.Signal
		hook       bool // hold WriteFile halfway; without it, the real work is interrupted
		args       []string
	}{
		{"--out DIR, SIGINT", "deal-values.png", syscall.SIGINT, true, []string{"--scale", "1", "deal-values"}},
		{"-o replay deck, SIGINT", "replay.pptx", syscall.SIGINT, true, []string{"--replay", "--size", "640x360", "--scale", "1", "timeline"}},
		{"-o PDF, SIGTERM", "all.pdf", syscall.SIGTERM, true, nil},
		// A replay deck streams its slides into the temporary file: it is
		// there from the first slide, and Ctrl-C comes while the next draw.
		{"-o replay deck drawing, SIGINT", "network.pptx", syscall.SIGINT, false, []string{"--replay", "network"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			dest := filepath.Join(out, c.file)
			if err := os.WriteFile(dest, []byte("the earlier file"), 0o600); err != nil {
				t.Fatal(err)
			}
			args := append([]string{"-o", dest}, c.args...)
			if c.file == "deal-values.png" {
				args = append([]string{"--out", out}, c.args...)
			}
			var env []string
			if c.hook {
				env = []string{"AICAMPS_TEST_BLOCK_WRITE=1"}
			}
			cmd := exportCmd(t, env, args...)
			interrupt(t, cmd, out, c.file, c.sig)
		})
	}
}

// interrupt starts cmd, sends sig once a temporary file for name is in dir,
// and checks the one-line message, the status, that the temporary file is
// gone and that dir/name still holds "the earlier file".
func interrupt(t *testing.T, cmd *exec.Cmd, dir, name string, sig syscall.Signal) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	deadline := time.Now().Add(120 * time.Second)
	for {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no temporary file after 120s; stderr:\n%s", stderr.String())
		}
		select {
		case err := <-done:
			t.Fatalf("export ended before the signal: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if m, _ := filepath.Glob(filepath.Join(dir, "."+name+".*.tmp")); len(m) > 0 {
			break
		}
	}
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	var err error
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("still running 30s after %v", sig)
	}
	ee, ok := err.(*exec.ExitError)
	if !ok || !ee.Exited() || ee.ExitCode() != 128+int(sig) {
		t.Errorf("after %v: %v, want exit status %d", sig, err, 128+int(sig))
	}
	msg := stderr.String()
	if strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "interrupted; the unfinished file was removed") {
		t.Errorf("stderr = %q, want one line saying the unfinished file was removed", msg)
	}
	if stdout.Len() > 0 {
		t.Errorf("stdout = %q: nothing was written", stdout.String())
	}
	if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != "the earlier file" {
		t.Errorf("the earlier %s: %q, %v", name, b, err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != name {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	t.Logf("%v: %s", sig, strings.TrimSpace(msg))
}

// TestExportErrors: a folder that cannot be made or written to, and a disk
// that fills up, give one clear line naming the problem and exit status 1,
// and leave no partial file behind.
func TestExportErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Tests run as root, where chmod 0555 does not stop writes: a path under
	// a regular file, and /proc, fail for root too.
	for _, c := range []struct{ name, out, want string }{
		{"folder under a file", filepath.Join(file, "sub"), "not a directory"},
		{"read-only /proc", "/proc/aicamps-export", "cannot create folder"},
		{"existing folder /proc/self", "/proc/self", "cannot write in /proc/self"},
		{"read-only /sys", "/sys", "cannot write in /sys"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stderr bytes.Buffer
			cmd := exportCmd(t, nil, "--out", c.out, "deal-values")
			cmd.Stderr = &stderr
			err := cmd.Run()
			checkFailed(t, err, stderr.String(), c.want)
			t.Logf("stderr: %s", strings.TrimSpace(stderr.String()))
		})
	}

	t.Run("full disk", func(t *testing.T) {
		// A 1920×1080 PNG at 2× is far larger than the 64 KiB tmpfs.
		mnt := t.TempDir()
		stdout, stderr, err := onFullDisk(t, mnt, "--out", mnt, "deal-values", "camp-totals")
		checkFailed(t, err, stderr, "no space left on device")
		if strings.Contains(stderr, ".tmp") {
			t.Errorf("the message names the temporary file, not the picture:\n%s", stderr)
		}
		if !strings.Contains(stderr, "deal-values") {
			t.Errorf("the message does not name the picture:\n%s", stderr)
		}
		written, left, _ := strings.Cut(stdout, "--- left:\n")
		for _, f := range strings.Fields(left) {
			if !strings.Contains(written, filepath.Join(mnt, f)) {
				t.Errorf("partial file left on the full disk: %s (written: %q)", f, written)
			}
		}
		t.Logf("stderr: %s", strings.TrimSpace(stderr))
	})
}

// checkFailed wants exit status 1 and stderr lines that start with
// "aicamps export:", contain want and show no Go internals.
func checkFailed(t *testing.T, err error, stderr, want string) {
	t.Helper()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Errorf("want exit status 1, got %v; stderr:\n%s", err, stderr)
	}
	if !strings.Contains(strings.ToLower(stderr), want) {
		t.Errorf("stderr does not say %q:\n%s", want, stderr)
	}
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if !strings.HasPrefix(l, "aicamps export: ") || strings.Contains(l, "goroutine") || strings.Contains(l, "*os.") {
			t.Errorf("unclear error line: %q", l)
		}
	}
}
