package xvfb

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"
)

// A lock left by a dead server frees its display; one held by a live
// process does not.
func TestTakenReadsTheLock(t *testing.T) {
	const n = 297 // far above the displays the tests and tools use
	lock := fmt.Sprintf("/tmp/.X%d-lock", n)
	if _, err := os.Stat(lock); err == nil {
		t.Skipf("%s exists", lock)
	}
	defer os.Remove(lock)
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip(err)
	}
	for _, tc := range []struct {
		content string
		want    bool
	}{
		{"", false}, // no lock
		{fmt.Sprintf("%10d\n", dead.Process.Pid), false},
		{fmt.Sprintf("%10d\n", os.Getpid()), true},
		{"garbage", true}, // unreadable: leave it alone
	} {
		os.Remove(lock)
		if tc.content != "" {
			if err := os.WriteFile(lock, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got := taken(n); got != tc.want {
			t.Errorf("lock %q: taken = %v, want %v", tc.content, got, tc.want)
		}
	}
}

// A started server takes connections, and once stopped leaves neither lock
// nor socket behind: killed, it left both, and the displays ran out.
func TestStartStopLeavesNothing(t *testing.T) {
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("Xvfb not found: make deps installs it")
	}
	d, stop, err := Start(290, 297)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(d[1:])
	if !answers(n) || !taken(n) {
		t.Fatalf("%s: started but not taking connections", d)
	}
	stop()
	for _, f := range []string{fmt.Sprintf("/tmp/.X%d-lock", n), fmt.Sprintf("/tmp/.X11-unix/X%d", n)} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s left behind", f)
		}
	}
}
