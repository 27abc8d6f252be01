package timeline

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/aicamps/aicamps/data"
)

// TestCardStartsAtTheTop: the event card shows a newly clicked event from
// its start, not at the last one's scroll (finding 7).
func TestCardStartsAtTheTop(t *testing.T) {
	test.NewTempApp(t)
	ds, err := data.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	v := NewView(ds, "en")
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(1280, 400))
	v.SelectEvent(ds.Events[0].ID)
	v.cardScroll.Offset = fyne.NewPos(0, 150)
	v.SelectEvent(ds.Events[1].ID)
	if y := v.cardScroll.Offset.Y; y != 0 {
		t.Errorf("the next event's card is scrolled by %.0f", y)
	}
}
