/*
 * goc/print.h — the print and println builtins (Go: runtime/print.go).
 * Output goes to stderr. println(a, b) compiles to
 *     goc_printlock(); goc_printint(a); goc_printsp(); goc_printstring(b); goc_printnl(); goc_printunlock();
 */
#ifndef GOC_PRINT_H
#define GOC_PRINT_H

#include "types.h"

void goc_printlock(void);
void goc_printunlock(void);
void goc_printbool(bool v);
void goc_printint(int64_t v);
void goc_printuint(uint64_t v);
void goc_printhex(uint64_t v);
void goc_printfloat(double v);          /* +1.000000e+000 */
void goc_printcomplex(double _Complex v); /* (+1.000000e+000-2.000000e+000i) */
void goc_printstring(goc_string s);
void goc_printpointer(const void *p);   /* 0x.. ; nil prints 0x0 */
void goc_printslice(goc_slice s);       /* [len/cap]0x.. */
void goc_printeface(goc_eface e);       /* (0x..,0x..) */
void goc_printiface(goc_iface i);
void goc_printsp(void);
void goc_printnl(void);

#endif
