package pdf_test

import (
	"bytes"
	"image/color"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/pdf"
	"github.com/aicamps/aicamps/views/internal/clients"
)

// Pages keep their own sizes; text beyond the BMP (fpdf's subsetter
// panicked on an emoji) is written as U+FFFD and the rest stays text; a
// Pop that closes no clip and a clip left open are harmless.
func TestPagesAndHostileText(t *testing.T) {
	font, err := canvas.ParseFont(assets.Font, "sans-serif")
	if err != nil {
		t.Fatal(err)
	}
	doc := pdf.New(font)
	for i, size := range [][2]float64{{400, 300}, {320, 640}} {
		c := doc.AddPage(size[0], size[1])
		c.Pop()
		c.Clip(canvas.Rect{Max: canvas.Point{X: 200, Y: 200}})
		c.SetColor(color.Black)
		c.Text(canvas.Face{Font: font, Size: 20}, 10, 40, canvas.Start, []string{"robot 🤖 here", "第二页"}[i])
	}
	var b bytes.Buffer
	if _, err := doc.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/p.pdf"
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	info := clients.Run(t, "pdfinfo", "-f", "1", "-l", "2", path)
	if !regexp.MustCompile(`Page +1 size: +400 x 300 pts`).MatchString(info) || !regexp.MustCompile(`Page +2 size: +320 x 640 pts`).MatchString(info) {
		t.Errorf("page sizes:\n%s", info)
	}
	text := clients.Run(t, "pdftotext", path, "-")
	if !strings.Contains(text, "robot") || !strings.Contains(text, "here") || !strings.Contains(text, "第二页") {
		t.Errorf("text lost:\n%s", text)
	}
	if _, err := pdf.New(font).WriteTo(&b); err == nil {
		t.Error("a PDF of no pages was written")
	}
}
