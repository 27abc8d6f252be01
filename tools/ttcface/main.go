// Command ttcface copies one face out of a TrueType collection (.ttc) into a
// plain .ttf, because Fyne's font loader rejects collections.
//
//	go run ./tools/ttcface /usr/share/fonts/truetype/wqy/wqy-microhei.ttc 0 assets/fonts/wqy-microhei.ttf
package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: ttcface IN.ttc FACE OUT.ttf")
		os.Exit(2)
	}
	face, err := strconv.Atoi(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "ttcface: face must be a number:", err)
		os.Exit(2)
	}
	in, err := os.ReadFile(os.Args[1])
	if err == nil {
		var out []byte
		out, err = extract(in, face)
		if err == nil {
			err = os.WriteFile(os.Args[3], out, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ttcface:", err)
		os.Exit(1)
	}
}

type table struct {
	tag                      [4]byte
	checksum, offset, length uint32
}

func extract(ttc []byte, face int) ([]byte, error) {
	be := binary.BigEndian
	if len(ttc) < 12 || string(ttc[:4]) != "ttcf" {
		return nil, fmt.Errorf("not a TrueType collection")
	}
	n := int(be.Uint32(ttc[8:]))
	if face < 0 || face >= n || len(ttc) < 12+4*n {
		return nil, fmt.Errorf("face %d out of range (collection has %d)", face, n)
	}
	off := int(be.Uint32(ttc[12+4*face:]))
	if off+12 > len(ttc) {
		return nil, fmt.Errorf("face offset past end of file")
	}
	numTables := int(be.Uint16(ttc[off+4:]))
	tables := make([]table, numTables)
	for i := range tables {
		rec := ttc[off+12+16*i:]
		copy(tables[i].tag[:], rec[:4])
		tables[i].checksum = be.Uint32(rec[4:])
		tables[i].offset = be.Uint32(rec[8:])
		tables[i].length = be.Uint32(rec[12:])
		if int(tables[i].offset)+int(tables[i].length) > len(ttc) {
			return nil, fmt.Errorf("table %q runs past end of file", tables[i].tag)
		}
	}
	// The new file: offset table, directory, then each table 4-byte aligned.
	head := 12 + 16*numTables
	out := make([]byte, head)
	copy(out, ttc[off:off+12])
	sort.Slice(tables, func(i, j int) bool { return string(tables[i].tag[:]) < string(tables[j].tag[:]) })
	for i, t := range tables {
		rec := out[12+16*i:]
		copy(rec, t.tag[:])
		be.PutUint32(rec[4:], t.checksum)
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], t.length)
		out = append(out, ttc[t.offset:t.offset+t.length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}
