package xvfb

import (
	"net"
	"os"
	"os/exec"
	"testing"
)

// Two servers started side by side get displays of their own that take
// connections, and once stopped leave neither lock nor socket behind:
// killed outright, a server left both, and the displays the tests scanned
// ran out after a few dozen runs.
func TestStartStop(t *testing.T) {
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("Xvfb not found: make deps installs it")
	}
	var displays []string
	var stops []func()
	for range 2 {
		d, stop, err := Start("320x200x24")
		if err != nil {
			t.Fatal(err)
		}
		displays = append(displays, d)
		stops = append(stops, stop)
	}
	if displays[0] == displays[1] {
		t.Fatalf("both servers on %s", displays[0])
	}
	for i, d := range displays {
		sock := "/tmp/.X11-unix/X" + d[1:]
		c, err := net.Dial("unix", sock)
		if err != nil {
			t.Fatalf("%s takes no connection: %v", d, err)
		}
		c.Close()
		stops[i]()
		for _, f := range []string{"/tmp/.X" + d[1:] + "-lock", sock} {
			if _, err := os.Stat(f); err == nil {
				t.Errorf("%s left behind", f)
			}
		}
	}
}

// A server that cannot start says why.
func TestStartError(t *testing.T) {
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("Xvfb not found: make deps installs it")
	}
	if _, _, err := Start("not-a-geometry"); err == nil {
		t.Fatal("no error for a bad screen geometry")
	}
}
