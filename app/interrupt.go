package app

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/aicamps/aicamps/views/export"
)

// interruptible runs a command that writes files and returns its status. On
// SIGINT (Ctrl-C) or SIGTERM it removes the files being written
// (export.Abort: no hidden .NAME.tmp is left, no old file replaced), says so
// in one line and returns 128+signal at once; the caller exits, ending the
// work mid-draw.
func interruptible(stdout, stderr io.Writer, cmd string, work func(stdout, stderr io.Writer) int) int {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	out, errOut := &gate{w: stdout}, &gate{w: stderr}
	done := make(chan int, 1)
	go func() { done <- work(out, errOut) }()
	select {
	case code := <-done:
		return code
	case s := <-sig:
		out.shut()
		errOut.shut() // the work's own "interrupted" error would be a second line
		msg := "interrupted"
		if export.Abort() > 0 {
			msg += "; the unfinished file was removed"
		}
		fmt.Fprintf(stderr, "aicamps %s: %s\n", cmd, msg)
		code := 130
		if n, ok := s.(syscall.Signal); ok {
			code = 128 + int(n)
		}
		return code
	}
}

// gate passes writes through until shut, then drops them.
type gate struct {
	mu     sync.Mutex
	w      io.Writer
	closed bool
}

func (g *gate) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return len(p), nil
	}
	return g.w.Write(p)
}

func (g *gate) shut() {
	g.mu.Lock()
	g.closed = true
	g.mu.Unlock()
}

// onInterrupt makes a command interruptible.
func onInterrupt(cmd string, run func(args []string, stdout, stderr io.Writer) int) func([]string, io.Writer, io.Writer) int {
	return func(args []string, stdout, stderr io.Writer) int {
		return interruptible(stdout, stderr, cmd, func(o, e io.Writer) int { return run(args, o, e) })
	}
}
