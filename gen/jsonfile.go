package gen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
)

// arrayFile writes one world file, a JSON array, as it is generated: one
// entry a line, so that a big file is never held in memory and stays
// readable with grep. The first error sticks and is returned by close.
type arrayFile struct {
	f   *os.File
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	n   int
	err error
}

func createArray(path string) (*arrayFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	a := &arrayFile{f: f, w: bufio.NewWriterSize(f, 256<<10)}
	a.enc = json.NewEncoder(&a.buf)
	a.enc.SetEscapeHTML(false) // "Food & Drink", not "Food \u0026 Drink"
	_, a.err = a.w.WriteString("[")
	return a, nil
}

// raw adds an entry that is already compact JSON.
func (a *arrayFile) raw(entry []byte) {
	if a.err != nil {
		return
	}
	sep := ",\n"
	if a.n == 0 {
		sep = "\n"
	}
	a.n++
	if _, a.err = a.w.WriteString(sep); a.err == nil {
		_, a.err = a.w.Write(entry)
	}
}

// add encodes v as the next entry.
func (a *arrayFile) add(v any) {
	if a.err != nil {
		return
	}
	a.buf.Reset()
	if a.err = a.enc.Encode(v); a.err != nil {
		return
	}
	a.raw(bytes.TrimSuffix(a.buf.Bytes(), []byte("\n")))
}

// close ends the array and the file.
func (a *arrayFile) close() error {
	end := "\n]\n"
	if a.n == 0 {
		end = "]\n"
	}
	if a.err == nil {
		_, a.err = a.w.WriteString(end)
	}
	if a.err == nil {
		a.err = a.w.Flush()
	}
	if err := a.f.Close(); a.err == nil {
		a.err = err
	}
	return a.err
}

// writeArray writes a whole file: the built-in entries, then list's.
func writeArray[T any](path string, builtin []json.RawMessage, list []T) error {
	a, err := createArray(path)
	if err != nil {
		return err
	}
	for _, e := range builtin {
		a.raw(e)
	}
	for i := range list {
		a.add(&list[i])
	}
	return a.close()
}
