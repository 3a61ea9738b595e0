// Whole program: reverse-complement the sequences of a FASTA file.
//
// A FASTA text of three records (60-column lines of IUPAC codes from a
// multiplicative generator) is made in memory; each record's sequence is
// gathered without its newlines, reversed and complemented through a
// 256-entry table, and written back in 60-column lines into a writer that
// hashes what it gets.  Byte loops, bytes.IndexByte, append, bufio.
// Usage: run <scale> (scale 1000: 3·10⁷ bases).
//
// bench: run
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
)

const codes = "ACGTUMRWSYKVHDBN"

var complement [256]byte

func init() {
	pairs := "AT CG GC TA UA MK RY WW SS YR KM VB HD DH BV NN"
	for i := range complement {
		complement[i] = byte(i)
	}
	for i := 0; i+1 < len(pairs); i += 3 {
		a, b := pairs[i], pairs[i+1]
		complement[a], complement[a+'a'-'A'] = b, b
	}
}

func fasta(records, perRecord int) []byte {
	var buf bytes.Buffer
	x := uint32(7)
	for r := 0; r < records; r++ {
		fmt.Fprintf(&buf, ">record %d\n", r)
		for i := 0; i < perRecord; i++ {
			x = x*69069 + 1
			c := codes[x>>28]
			if x>>27&1 == 1 {
				c += 'a' - 'A'
			}
			buf.WriteByte(c)
			if i%60 == 59 || i == perRecord-1 {
				buf.WriteByte('\n')
			}
		}
	}
	return buf.Bytes()
}

type hashWriter struct{ h uint64 }

func (w *hashWriter) Write(p []byte) (int, error) {
	h := w.h
	for _, b := range p {
		h = (h ^ uint64(b)) * 1099511628211
	}
	w.h = h
	return len(p), nil
}

func reverseComplement(w *bufio.Writer, seq []byte) {
	for i, j := 0, len(seq)-1; i < j; i, j = i+1, j-1 {
		seq[i], seq[j] = complement[seq[j]], complement[seq[i]]
	}
	if len(seq)%2 == 1 {
		m := len(seq) / 2
		seq[m] = complement[seq[m]]
	}
	for len(seq) > 60 {
		w.Write(seq[:60])
		w.WriteByte('\n')
		seq = seq[60:]
	}
	if len(seq) > 0 {
		w.Write(seq)
		w.WriteByte('\n')
	}
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	in := fasta(3, 10000*scale)
	out := &hashWriter{h: 14695981039346656037}
	w := bufio.NewWriterSize(out, 1<<16)
	seq := make([]byte, 0, 1<<20)
	for len(in) > 0 {
		nl := bytes.IndexByte(in, '\n')
		header := in[:nl+1]
		in = in[nl+1:]
		seq = seq[:0]
		for len(in) > 0 && in[0] != '>' {
			nl = bytes.IndexByte(in, '\n')
			seq = append(seq, in[:nl]...)
			in = in[nl+1:]
		}
		w.Write(header)
		reverseComplement(w, seq)
	}
	w.Flush()
	fmt.Printf("hash %016x\n", out.h)
}
