package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/aicamps/aicamps/tools/xvfb"
)

// program is a GUI binary and the window title (a regular expression for
// xdotool) that says its window is up.
type program struct {
	path, title string
}

// guiRun is one start of a program: exec to visible window, and VmRSS one
// second later.
type guiRun struct {
	start time.Duration
	rssKB int
}

// startXvfb starts a 1280×800 X server and returns its display with a
// function that stops it.
func startXvfb() (display string, stop func(), err error) { return xvfb.Start("1280x800x24") }

// launch starts p with a fresh home (no saved preferences) and times it
// until xdotool sees its window visible. It polls every 10 ms rather than
// using --sync, which polls only every half second.
func launch(p program, display string) (guiRun, error) {
	home, err := os.MkdirTemp("", "aicamps-bench-home-")
	if err != nil {
		return guiRun{}, err
	}
	defer os.RemoveAll(home)
	cmd := exec.Command(p.path)
	cmd.Env = append(cleanEnv(), "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "LANG=en_US.UTF-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return guiRun{}, err
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	defer func() { cmd.Process.Kill(); <-exited }()
	var run guiRun
	for {
		q := exec.Command("xdotool", "search", "--onlyvisible", "--name", p.title)
		q.Env = append(cleanEnv(), "DISPLAY="+display)
		if out, err := q.Output(); err == nil && len(strings.TrimSpace(string(out))) > 0 {
			run.start = time.Since(t0)
			break
		}
		select {
		case <-exited:
			return run, fmt.Errorf("%s exited before its window showed (%v): %s", p.path, cmd.ProcessState, lastLines(stderr.String(), 5))
		default:
		}
		if time.Since(t0) > 90*time.Second {
			return run, fmt.Errorf("%s: no visible window titled %q after 90 s", p.path, p.title)
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(time.Second)
	run.rssKB, err = vmRSS(cmd.Process.Pid)
	return run, err
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(l[max(0, len(l)-n):], " | ")
}

func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "DISPLAY" || k == "HOME" || k == "LANG" || k == "LANGUAGE" || strings.HasPrefix(k, "LC_") || strings.HasPrefix(k, "XDG_") {
			continue
		}
		env = append(env, kv)
	}
	return env
}

// vmRSS is the resident memory of a process in kB, from /proc.
func vmRSS(pid int) (int, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
		}
	}
	return 0, errors.New("no VmRSS")
}

// measureGUI starts a and b alternately (a b a b …), runs times each, after
// one discarded start of each to warm the page cache.
func measureGUI(a, b program, runs int) (ra, rb []guiRun, err error) {
	display, stop, err := startXvfb()
	if err != nil {
		return nil, nil, err
	}
	defer stop()
	for i := -1; i < runs; i++ {
		for _, p := range []program{a, b} {
			r, err := launch(p, display)
			if err != nil { // once more: a shared machine has its hiccups
				progress("start-up: %v; trying again", err)
				r, err = launch(p, display)
			}
			if err != nil {
				return nil, nil, err
			}
			if i < 0 {
				continue
			}
			if p == a {
				ra = append(ra, r)
			} else {
				rb = append(rb, r)
			}
			progress("start-up %d/%d %s: %v, %d kB", i+1, runs, filepath.Base(p.path), r.start.Round(time.Millisecond), r.rssKB)
		}
	}
	return ra, rb, nil
}
