//go:build e2e

package e2e

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// inetConnect matches an strace line of a connect/sendto/sendmsg to an IPv4
// or IPv6 address; AF_UNIX (X11, D-Bus) and AF_NETLINK are local.
var inetConnect = regexp.MustCompile(`(connect|sendto|sendmsg|bind)\(.*sa_family=AF_INET6?\b`)

func needStrace(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("strace"); err != nil {
		t.Skip("strace not found: run make deps (Debian package strace)")
	}
	// strace needs ptrace, which some containers forbid.
	if out, err := exec.Command("strace", "-f", "-qq", "-o", "/dev/null", "true").CombinedOutput(); err != nil {
		t.Skipf("strace does not work here: %v: %s", err, out)
	}
}

// inetCalls returns the trace lines that reach for the network.
func inetCalls(t *testing.T, trace string) []string {
	t.Helper()
	b, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	var hits []string
	for _, l := range strings.Split(string(b), "\n") {
		if inetConnect.MatchString(l) {
			hits = append(hits, l)
		}
	}
	return hits
}

// TestNoNetwork: the app makes no IPv4 or IPv6 connection (nor DNS query)
// while it exports or while its window starts, switches views and quits;
// and an export succeeds in a network namespace without interfaces.
func TestNoNetwork(t *testing.T) {
	needStrace(t)
	syscalls := "trace=connect,sendto,sendmsg,bind"

	t.Run("export", func(t *testing.T) {
		trace := filepath.Join(t.TempDir(), "strace.txt")
		out := t.TempDir()
		cmd := exec.Command("strace", "-f", "-qq", "-e", syscalls, "-o", trace,
			binary(t), "export", "--out", out, "--scale", "1", "--format", "svg")
		cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("export under strace: %v\n%s", err, b)
		}
		if hits := inetCalls(t, trace); len(hits) > 0 {
			t.Errorf("the export reached for the network:\n%s", strings.Join(hits, "\n"))
		}
		if n, _ := filepath.Glob(filepath.Join(out, "*.svg")); len(n) == 0 {
			t.Error("the export wrote nothing")
		}
	})

	t.Run("export offline", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("unshare -n needs root")
		}
		out := t.TempDir()
		cmd := exec.Command("unshare", "-n", binary(t), "export", "--out", out, "--scale", "1", "deal-values")
		cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("export without a network: %v\n%s", err, b)
		}
		if _, err := os.Stat(filepath.Join(out, "deal-values.png")); err != nil {
			t.Error(err)
		}
	})

	t.Run("window", func(t *testing.T) {
		home := t.TempDir()
		trace := filepath.Join(t.TempDir(), "strace.txt")
		cmd := exec.Command("strace", "-f", "-qq", "-e", syscalls, "-o", trace, binary(t))
		cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+home,
			"XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "LANG=en_US.UTF-8")
		logs := &syncBuffer{}
		cmd.Stdout, cmd.Stderr = logs, logs
		// Its own process group: killing strace alone would leave the app
		// running, detached.
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		defer func() {
			select {
			case <-done:
			default:
				syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
				<-done
			}
		}()
		ctx, cancel := context.WithTimeout(context.Background(), windowTimeout)
		defer cancel()
		out, err := xdo(ctx, "search", "--sync", "--onlyvisible", "--name", title)
		if err != nil {
			t.Fatalf("no window under strace: %v\n%s", err, logs.String())
		}
		a := &app{t: t, wid: strings.Fields(out)[0]}
		for _, k := range []string{"ctrl+2", "ctrl+3", "ctrl+1"} {
			a.key(k)
			time.Sleep(700 * time.Millisecond)
		}
		a.key("ctrl+q")
		select {
		case <-done:
		case <-time.After(exitTimeout):
			t.Fatalf("still running %v after Ctrl+Q", exitTimeout)
		}
		if hits := inetCalls(t, trace); len(hits) > 0 {
			t.Errorf("the window reached for the network:\n%s", strings.Join(hits, "\n"))
		}
		b, _ := os.ReadFile(trace)
		if !strings.Contains(string(b), "AF_UNIX") {
			t.Errorf("the trace shows no X11 connection: is strace tracing the app?\n%.2000s", b)
		}
	})
}
