package svg_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/aicamps/aicamps/views/canvas"
	"github.com/aicamps/aicamps/views/canvas/svg"
)

// Clips nest as groups that their Pop closes; groups a drawing left open
// (a Push without its Pop) are closed at the end, so the file stays XML.
func TestClipGroupsBalance(t *testing.T) {
	c := svg.New(100, 50)
	r := canvas.Rect{Max: canvas.Point{X: 50, Y: 50}}
	c.Push()
	c.Clip(r)
	c.Clip(r)
	c.Fill(canvas.RectPath(r))
	c.Pop()
	c.Pop() // nothing saved: no stray </g>
	c.Push()
	c.Clip(r) // never popped
	var b bytes.Buffer
	c.WriteTo(&b)
	out := b.String()
	if n, m := strings.Count(out, "<g "), strings.Count(out, "</g>"); n != 3 || m != 3 {
		t.Errorf("%d groups opened, %d closed:\n%s", n, m, out)
	}
	dec := xml.NewDecoder(&b)
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("not XML: %v\n%s", err, out)
		}
	}
	if !strings.HasPrefix(out, `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">`) {
		t.Errorf("root: %.90s", out)
	}
}
