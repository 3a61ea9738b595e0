// sync/atomic's functions, inlined at their call sites, give gc's results:
// Add wraps and returns the new value, And/Or/Swap return the old one,
// CompareAndSwap reports success and changes nothing when it fails, Load
// and Store of every width and of unsafe.Pointer; the same functions used
// as values agree; a nil address is gc's nil dereference panic.
package main

import (
	"fmt"
	"math"
	"sync/atomic"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	i32 := int32(math.MaxInt32)
	fmt.Println(atomic.AddInt32(&i32, 1), i32, atomic.AddInt32(&i32, -1))
	u32 := uint32(0)
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, 2))
	i64 := int64(math.MinInt64)
	fmt.Println(atomic.AddInt64(&i64, -1), atomic.SwapInt64(&i64, 42), i64)
	u64 := uint64(math.MaxUint64)
	fmt.Println(atomic.AddUint64(&u64, 1), atomic.CompareAndSwapUint64(&u64, 1, 7), u64,
		atomic.CompareAndSwapUint64(&u64, 0, 7), u64)
	up := uintptr(0xf0)
	fmt.Println(atomic.AndUintptr(&up, 0x3c), up, atomic.OrUintptr(&up, 0x101), up)
	fmt.Println(atomic.AndInt32(&i32, 0x0f0f), i32, atomic.OrInt64(&i64, -1<<8), i64)
	fmt.Println(atomic.AndUint32(&u32, 0), u32, atomic.OrUint64(&u64, 1<<63), u64)
	atomic.StoreInt32(&i32, -5)
	atomic.StoreUint32(&u32, 1<<31)
	atomic.StoreInt64(&i64, -1<<40)
	atomic.StoreUint64(&u64, 1<<50)
	atomic.StoreUintptr(&up, 3)
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadUint32(&u32), atomic.LoadInt64(&i64),
		atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	fmt.Println(atomic.SwapInt32(&i32, 9), atomic.SwapUint32(&u32, 8), atomic.SwapUint64(&u64, 7),
		atomic.SwapUintptr(&up, 6), i32, u32, u64, up)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 9, 10), atomic.CompareAndSwapInt32(&i32, 9, 11), i32,
		atomic.CompareAndSwapUint32(&u32, 8, 0), atomic.CompareAndSwapInt64(&i64, 0, 1), i64,
		atomic.CompareAndSwapUintptr(&up, 6, 60), up)

	a, b := new(int), new(int)
	*a, *b = 1, 2
	var p unsafe.Pointer
	atomic.StorePointer(&p, unsafe.Pointer(a))
	old := atomic.SwapPointer(&p, unsafe.Pointer(b))
	fmt.Println(*(*int)(old), *(*int)(atomic.LoadPointer(&p)),
		atomic.CompareAndSwapPointer(&p, unsafe.Pointer(a), nil),
		atomic.CompareAndSwapPointer(&p, unsafe.Pointer(b), nil), atomic.LoadPointer(&p) == nil)

	// as values: the runtime's functions, same results
	add, cas, load := atomic.AddInt64, atomic.CompareAndSwapUint32, atomic.LoadUintptr
	x := int64(10)
	fmt.Println(add(&x, 5), x, cas(&u32, 0, 3), u32, load(&up))

	var nilp *int32
	try("AddInt32", func() { atomic.AddInt32(nilp, 1) })
	try("LoadUint64", func() { fmt.Println(atomic.LoadUint64((*uint64)(nil))) })
	try("StorePointer", func() { atomic.StorePointer(nil, nil) })
	try("CompareAndSwapInt64", func() { atomic.CompareAndSwapInt64(nil, 0, 1) })
}
