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
// glyphs; it serves both the GUI theme and the exports. Licence: fonts/LICENSE-*.
//
//go:embed fonts/wqy-microhei.ttf
var Font []byte

// Translations holds the UI strings, one JSON file per language, for Fyne's lang.
//
//go:embed translations
var Translations embed.FS

// Icon is the app icon, 512×512 PNG.
//
//go:embed icon.png
var Icon []byte
