// Package iter is goc's replacement for Go's iter: the iterator types.
// Pull and Pull2 need the runtime's coroutines and are not provided yet.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
