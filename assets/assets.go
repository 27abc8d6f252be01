// Package assets holds the files bundled into the binary. It only embeds.
package assets

import (
	"embed"
	_ "embed"
)

// CampsJSON is the bundled dataset, built from the source article.
//
//go:embed data/camps.json
var CampsJSON []byte

// SchemaJSON is the JSON Schema (2020-12) of a camps file.
//
//go:embed data/schema.json
var SchemaJSON []byte

// Font is WenQuanYi Micro Hei (face 0 of the Debian .ttc), with Latin and CJK
// glyphs; it serves the exports, and the GUI when UIFont lacks a character
// of the data. Licence: fonts/LICENSE-*.
//
//go:embed fonts/wqy-microhei.ttf
var Font []byte

// UIFont is Font cut down by tools/fontsubset to Latin, punctuation,
// GB2312's 3,755 common characters and every character of the bundled data
// and translations: the GUI theme's font, since Fyne parses every glyph of
// it once per text style.
//
//go:embed fonts/wqy-microhei-ui.ttf
var UIFont []byte

// Translations holds the UI strings, one JSON file per language, for Fyne's lang.
//
//go:embed translations
var Translations embed.FS

// Icon is the app icon, 512×512 PNG.
//
//go:embed icon.png
var Icon []byte
