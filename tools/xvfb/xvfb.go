// Package xvfb starts a private X server for the tests and tools that drive
// the real window (the end-to-end tests, the soak, the start-up benchmark).
package xvfb

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// Start starts an Xvfb with one screen of the given geometry ("1280x800x24")
// and returns its display (":1") and a function that stops it. The server
// picks the display itself (-displayfd): it takes a free one atomically,
// clears stale locks, and names it once it takes connections.
func Start(screen string) (display string, stop func(), err error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", nil, err
	}
	defer r.Close()
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", screen, "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w} // its fd 3
	var errBuf strings.Builder     // read only once the server has exited
	cmd.Stderr = &errBuf
	err = cmd.Start()
	w.Close()
	if err != nil {
		return "", nil, fmt.Errorf("start Xvfb (make deps installs it): %w", err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	stop = func() {
		// Killed outright, Xvfb leaves its lock and socket behind: ask it
		// first.
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	}
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if n == "" { // the pipe closed: the server exited
			<-exited
			return "", nil, fmt.Errorf("Xvfb exited: %s", brief(errBuf.String()))
		}
		return ":" + n, stop, nil
	case <-time.After(15 * time.Second):
		stop()
		return "", nil, fmt.Errorf("Xvfb named no display after 15 s: %s", brief(errBuf.String()))
	}
}

// brief is the start of a server's complaint: after a bad option it prints
// its whole usage.
func brief(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}
