// Package xvfb starts a private X server for the tests and tools that drive
// the real window (the end-to-end tests, the soak, the start-up benchmark).
package xvfb

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Start starts a 1280×800 Xvfb on the first free display in [from, to) and
// returns its name (":97") and a function that stops it. It returns once
// the server takes connections.
func Start(from, to int) (display string, stop func(), err error) {
	for n := from; n < to; n++ {
		if taken(n) {
			continue
		}
		if stop, err := try(n); err != nil || stop != nil {
			return ":" + strconv.Itoa(n), stop, err
		}
	}
	return "", nil, fmt.Errorf("no free X display from :%d to :%d", from, to-1)
}

// try starts Xvfb on display n; nil, nil when another server took it
// meanwhile.
func try(n int) (stop func(), err error) {
	d := ":" + strconv.Itoa(n)
	cmd := exec.Command("Xvfb", d, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	var errBuf strings.Builder
	cmd.Stderr = &errBuf
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start Xvfb (make deps installs it): %w", err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	stop = func() {
		// Killed outright, Xvfb leaves its lock and socket behind, and the
		// displays ran out after a few dozen runs: ask it first.
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	}
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		select {
		case <-exited:
			return nil, nil
		default:
		}
		if answers(n) {
			return stop, nil
		}
	}
	stop()
	return nil, fmt.Errorf("Xvfb %s: no connection after 15 s: %s", d, errBuf.String())
}

// taken reports whether a live server holds display n: its lock names a
// running process, or its socket takes connections. Xvfb clears a stale
// lock and socket itself.
func taken(n int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/tmp/.X%d-lock", n))
	if err == nil {
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || alive(pid) {
			return true
		}
	}
	return answers(n)
}

// alive reports whether process pid exists (signal 0 checks without
// sending; EPERM means it exists under another user).
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// answers reports whether display n's socket takes connections: it is
// there before the server listens, and stays when a server is killed.
func answers(n int) bool {
	c, err := net.DialTimeout("unix", fmt.Sprintf("/tmp/.X11-unix/X%d", n), time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}
