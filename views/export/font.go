package export

import (
	"sync"

	"github.com/golang/freetype/truetype"

	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/views/canvas"
)

// FontFamily is the bundled font's family, followed by common CJK fonts, so an
// SVG opened where the bundled font is absent still shows Chinese text.
const FontFamily = `'WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif`

var font = sync.OnceValues(func() (*canvas.Font, error) { return canvas.ParseFont(assets.Font, FontFamily) })

// Font is the bundled font (Latin and CJK), parsed once on first use so that
// start-up does not pay for it.
func Font() *truetype.Font { return CanvasFont().TrueType() }

// CanvasFont is the bundled font for a canvas: the full face, which the PDF
// backend embeds (subset) and the SVG backend names with FontFamily.
func CanvasFont() *canvas.Font {
	f, err := font()
	if err != nil {
		panic("bundled font does not parse: " + err.Error()) // a build defect, caught by tests
	}
	return f
}
