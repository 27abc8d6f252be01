package raster

import (
	"encoding/binary"
	"image/color"
)

// Pixels are blended as one 32-bit word each (R | G<<8 | B<<16 | A<<24,
// little-endian RGBA): (c·a + p·(255−a) + 127) / 255 per channel, exactly,
// all four channels in one multiply. The painters below share these.

// lanes is c's channels as blendWord takes them: R, B, G and an opaque
// alpha in four 16-bit lanes.
func lanes(c color.NRGBA) uint64 {
	return uint64(uint32(c.R)|uint32(c.B)<<16) | uint64(uint32(c.G)|255<<16)<<32
}

// blendWord mixes colour lanes c at alpha a (0–255) into the pixel q (4
// bytes long). At a = 0 it writes the pixel unchanged.
func blendWord(q []uint8, c uint64, a uint64) {
	p := uint64(binary.LittleEndian.Uint32(q))
	p = (p | p<<24) & 0x00FF00FF00FF00FF // R, B, G, A: lanes' order
	x := c*a + p*(255-a) + 0x007F007F007F007F
	x = (x + 0x0001000100010001 + (x >> 8 & 0x00FF00FF00FF00FF)) >> 8 & 0x00FF00FF00FF00FF
	binary.LittleEndian.PutUint32(q, uint32(x|x>>24))
}

// blendCov mixes c at coverage cov (0–1) into the pixel at i.
func blendCov(pix []uint8, i int, c color.NRGBA, cov float64) {
	blendWord(pix[i:i+4:i+4], lanes(c), uint64(float64(c.A)*cov+0.5))
}

// word is c as an opaque pixel word (its alpha ignored).
func word(c color.NRGBA) uint32 {
	return uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | 255<<24
}

// lut is a colour blended over each channel value at full coverage: a
// flat fill or a disc's inside is a lookup per channel.
type lut [4][256]uint8

func newLUT(c color.NRGBA) *lut {
	var l lut
	a := uint32(c.A)
	ia := 255 - a
	for ch, v := range [4]uint32{uint32(c.R) * a, uint32(c.G) * a, uint32(c.B) * a, a * 255} {
		for d := range uint32(256) {
			l[ch][d] = uint8((v + d*ia + 127) / 255)
		}
	}
	return &l
}

// of is the pixel word v through the table.
func (l *lut) of(v uint32) uint32 {
	return uint32(l[0][uint8(v)]) | uint32(l[1][uint8(v>>8)])<<8 | uint32(l[2][uint8(v>>16)])<<16 | uint32(l[3][uint8(v>>24)])<<24
}

// pix blends the table's colour over the pixel q (4 bytes long).
func (l *lut) pix(q []uint8) {
	binary.LittleEndian.PutUint32(q, l.of(binary.LittleEndian.Uint32(q)))
}

// run blends the table's colour over a row of pixels. A fill lies mostly
// over runs of one colour: a pixel like the one before it takes the result
// already worked out.
func (l *lut) run(row []uint8) {
	var in, out uint32
	have := false
	for i := 0; i+4 <= len(row); i += 4 {
		q := row[i : i+4 : i+4]
		v := binary.LittleEndian.Uint32(q)
		if have && v == in {
			binary.LittleEndian.PutUint32(q, out)
			continue
		}
		in, out, have = v, l.of(v), true
		binary.LittleEndian.PutUint32(q, out)
	}
}

// fillWord writes the pixel word v over a row of pixels.
func fillWord(row []uint8, v uint32) {
	if len(row) < 4 {
		return
	}
	binary.LittleEndian.PutUint32(row, v)
	for n := 4; n < len(row); n *= 2 {
		copy(row[n:], row[:n])
	}
}

// floorInt is int(math.Floor(x)) without the call (math.Floor is not
// inlined on GOAMD64=v1).
func floorInt(x float64) int {
	i := int(x)
	if float64(i) > x {
		i--
	}
	return i
}

// ceilInt is int(math.Ceil(x)), likewise.
func ceilInt(x float64) int {
	i := int(x)
	if float64(i) < x {
		i++
	}
	return i
}
