package network

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestDetailStartsAtTheTop: after scrolling one company's details, the next
// selection's details show from their start (finding 7).
func TestDetailStartsAtTheTop(t *testing.T) {
	v, w := newTestView(t)
	w.Resize(fyne.NewSize(1280, 500)) // a short window: the details scroll
	v.Select("openai")
	v.detailScroll.Offset = fyne.NewPos(0, 200)
	v.detailScroll.Refresh()
	v.SelectRelation(v.sc.Data.Relations[0].ID)
	if y := v.detailScroll.Offset.Y; y != 0 {
		t.Errorf("the relation's details are scrolled by %.0f", y)
	}
	v.detailScroll.Offset = fyne.NewPos(0, 100)
	v.Select("amazon")
	if y := v.detailScroll.Offset.Y; y != 0 {
		t.Errorf("amazon's details are scrolled by %.0f", y)
	}
}
