//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// xclip reads the X clipboard as target ("image/png", "TARGETS", or "" for text).
func xclip(target string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	args := []string{"-selection", "clipboard", "-o"}
	if target != "" {
		args = append(args, "-t", target)
	}
	cmd := exec.CommandContext(ctx, "xclip", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	return cmd.Output()
}

// Edit › Copy view as image (Ctrl+Shift+C) puts a 3840×2160 PNG on the X
// clipboard, and Fyne's own text copy still works after it.
func TestCopyViewAsImage(t *testing.T) {
	if _, err := exec.LookPath("xclip"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("xclip is missing (make deps installs it)")
		}
		t.Skip("xclip not found")
	}
	a := launch(t, "en_US.UTF-8")
	settled(t, "clip-1-network")
	start := time.Now()
	a.key("ctrl+shift+c")
	// Key press to clipboard owned: poll until it offers image/png.
	var owned time.Duration
	for time.Since(start) < 20*time.Second {
		if out, err := xclip("TARGETS"); err == nil && strings.Contains(string(out), "image/png") {
			owned = time.Since(start)
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if owned == 0 {
		t.Fatal("the clipboard never offered image/png")
	}
	t.Logf("Ctrl+Shift+C to clipboard owned: %v (includes xdotool and xclip start-up)", owned.Round(time.Millisecond))
	b, err := xclip("image/png")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 3840 || cfg.Height != 2160 {
		t.Fatalf("clipboard image: %dx%d, %v; want a 3840x2160 PNG", cfg.Width, cfg.Height, err)
	}
	if _, err := png.Decode(bytes.NewReader(b)); err != nil {
		t.Errorf("clipboard PNG does not decode: %v", err)
	}

	// Fyne's text clipboard still works: type into the network's search
	// field (clicked: it sits at the toolbar's left in the 1280×800 window),
	// select it and copy.
	a.click(300, 85)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := xdo(ctx, "type", "--delay", "30", "OpenAI"); err != nil {
		t.Fatal(err)
	}
	a.key("ctrl+a")
	a.key("ctrl+c")
	var text string
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if out, err := xclip(""); err == nil {
			if text = string(out); text == "OpenAI" {
				break
			}
		}
	}
	if text != "OpenAI" {
		shot(t, "clip-2-text")
		t.Errorf("after a text copy the clipboard holds %q, want OpenAI", text)
	}
	a.quit()
}
