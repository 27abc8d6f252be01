package timeline

import (
	"testing"
	"time"

	"github.com/aicamps/aicamps/data"
	"github.com/aicamps/aicamps/data/synth"
	"github.com/aicamps/aicamps/views/export"
)

// BenchmarkInteraction is one screen redraw after a pan and after a 2× zoom,
// as make bench's interaction rows time it (tools/bench/inproc.go): a fresh
// Scene through export.Image at 1920×1080, on the bundled data and on
// synth.Dataset(1000, 3000, 2000, 1). Issue #7 wants each under 100 ms.
func BenchmarkInteraction(b *testing.B) {
	bundled, err := data.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		ds   *data.Dataset
	}{{"bundled", bundled}, {"synth", synth.Dataset(1000, 3000, 2000, 1)}}
	for _, c := range cases {
		from, to := FullRange(c.ds)
		span := to.Sub(from)
		ops := []struct {
			name  string
			scene func(i int) Scene
		}{
			{"pan", func(i int) Scene {
				d := span / time.Duration(8+i%3)
				return Scene{Data: c.ds, From: from.Add(d), To: to.Add(d)}
			}},
			{"zoom", func(i int) Scene {
				q := span / time.Duration(4+i%3)
				return Scene{Data: c.ds, From: from.Add(q), To: to.Add(-q)}
			}},
		}
		for _, op := range ops {
			b.Run(c.name+"/"+op.name, func(b *testing.B) {
				i := 0
				for b.Loop() {
					if _, err := export.Image(1920, 1080, 1, export.Light, "en", DrawFunc(op.scene(i))); err != nil {
						b.Fatal(err)
					}
					i++
				}
			})
		}
	}
}

// BenchmarkScrollStep is one screen redraw after a wheel notch on
// synth.Dataset(1000, 3000, 2000, 1) at 1920×1080: the last layout moved to
// the new lane position and painted, as the widget does.
func BenchmarkScrollStep(b *testing.B) {
	sy := synth.Dataset(1000, 3000, 2000, 1)
	var L *Layout
	if _, err := export.Image(1920, 1080, 1, export.Light, "en", func(f export.Frame) error {
		L = Compute(f, Scene{Data: sy})
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		L = L.Rescrolled(L.PosAt(L.ScrollY + float64(50*(1-2*(i/100%2)))))
		if _, err := export.Image(1920, 1080, 1, export.Light, "en", func(f export.Frame) error {
			L.Paint(f, Scene{Data: sy})
			paintScrollbar(f, L)
			return nil
		}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
