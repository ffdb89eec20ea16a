package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// The store's file is read here with ordinary reads, never through bbolt's
// memory map: a page past the end of a cut-short file is then an io.EOF
// instead of a SIGBUS that no recover can catch. The layout is bbolt's
// (go.etcd.io/bbolt/internal/common, v1.5): every page starts with a
// 16-byte header (id uint64, flags uint16, count uint16, overflow uint32),
// in the machine's byte order.

const (
	pageHeaderSize = 16
	elementSize    = 16 // a branch (pos, ksize, pgid) or leaf (flags, pos, ksize, vsize) element
	bucketHeader   = 16 // a bucket value: root pgid, sequence; an inline page follows when root is 0

	branchPageFlag   = 0x01
	leafPageFlag     = 0x02
	metaPageFlag     = 0x04
	freelistPageFlag = 0x10
	bucketLeafFlag   = 0x01

	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	noFreelist     = ^uint64(0) // bbolt's PgidNoFreelist: the free list is not kept in the file
	metaChecksumAt = pageHeaderSize + 56
)

var ne = binary.NativeEndian

// boltMeta is a meta page: which tree is current and how big the file is.
type boltMeta struct {
	magic, version, pageSize, flags uint32
	root                            uint64 // page id of the root bucket's root page
	freelist                        uint64 // page id of the free list, or noFreelist
	hwm                             uint64 // high-water mark: pages below it are in the file
	txid                            uint64
	checksum                        uint64
	valid                           bool // magic, version and checksum are right
}

// parseMeta reads the meta page at the start of buf.
func parseMeta(buf []byte) boltMeta {
	if len(buf) < metaChecksumAt+8 {
		return boltMeta{}
	}
	m := boltMeta{
		magic:    ne.Uint32(buf[16:]),
		version:  ne.Uint32(buf[20:]),
		pageSize: ne.Uint32(buf[24:]),
		flags:    ne.Uint32(buf[28:]),
		root:     ne.Uint64(buf[32:]),
		freelist: ne.Uint64(buf[48:]),
		hwm:      ne.Uint64(buf[56:]),
		txid:     ne.Uint64(buf[64:]),
		checksum: ne.Uint64(buf[metaChecksumAt:]),
	}
	h := fnv.New64a()
	_, _ = h.Write(buf[pageHeaderSize:metaChecksumAt])
	// The same test as bbolt's Meta.Validate; the page's own flags are not
	// looked at, as bbolt does not.
	m.valid = m.magic == boltMagic && m.version == boltVersion && m.checksum == h.Sum64()
	return m
}

// pageHead is a page's header.
type pageHead struct {
	id       uint64
	flags    uint16
	count    uint16
	overflow uint32
}

func parseHead(buf []byte) pageHead {
	return pageHead{id: ne.Uint64(buf), flags: ne.Uint16(buf[8:]), count: ne.Uint16(buf[10:]), overflow: ne.Uint32(buf[12:])}
}

// pageFile reads pages of one store file.
type pageFile struct {
	f        *os.File
	size     int64
	pageSize int
	meta     boltMeta // the meta bbolt would use
}

// readAt reads exactly len(buf) bytes at off; a short file is an error
// saying so.
func (pf *pageFile) readAt(buf []byte, off int64) error {
	n, err := pf.f.ReadAt(buf, off)
	if n == len(buf) {
		return nil
	}
	if err == nil || err == io.EOF {
		return fmt.Errorf("the file ends at byte %d, inside page %d", pf.size, off/int64(max(pf.pageSize, 1)))
	}
	return err
}

// readPages reads n pages starting at page id.
func (pf *pageFile) readPages(id uint64, n uint64) ([]byte, error) {
	buf := make([]byte, int(n)*pf.pageSize)
	return buf, pf.readAt(buf, int64(id)*int64(pf.pageSize))
}
