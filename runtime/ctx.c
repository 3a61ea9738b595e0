/*
 * runtime/ctx.c — execution contexts: the stack switch under the scheduler
 * (Go: gogo, mcall and gosave in runtime/asm_amd64.s, asm_arm64.s).
 *
 * A context that is not running is nothing but a saved stack pointer: the
 * switch pushes the registers the C calling convention says a callee must
 * preserve onto the stack it leaves, stores that stack pointer, loads the
 * other one and pops the same set from it. Everything else (argument and
 * scratch registers, flags) is dead across a call by the ABI, so the
 * compiler saved whatever it needed before calling goc_ctxswitch. No system
 * call is made (swapcontext's sigprocmask costs hundreds of ns); the signal
 * mask and the floating-point environment (x87 control word, MXCSR, FPCR)
 * belong to the thread and are shared by every context that runs on it —
 * Go code never changes them.
 *
 * Frames the switch leaves on a stack (lowest address first, sp points at
 * the first slot):
 *   x86-64  r15 r14 r13 r12 rbx rbp | return address          (7 words)
 *   arm64   x19..x28 x29 x30 d8..d15                          (20 words)
 * A fresh context (goc_ctxmake) is a stack holding such a frame whose
 * "return address" is goc_ctxstart, with the entry function and its
 * argument in two of the callee-saved slots; the first switch to it pops
 * them and lands in goc_ctxstart, which calls fn(arg) with the stack
 * aligned as at any call (16 bytes). fn must never return: a goroutine
 * leaves its stack by switching away for good.
 *
 * Invariants: the stack pointer stored by a switch stays valid until the
 * context is resumed; a context is resumed at most once per save; nothing
 * here touches thread-local storage, so a context saved on one thread may
 * be resumed on another.
 */
#include "goc_rt.h"

#include <stdint.h>

#if defined(__x86_64__)
__asm__(
    ".text\n"
    ".globl goc_ctxswitch\n"
    ".hidden goc_ctxswitch\n"
    ".type goc_ctxswitch,@function\n"
    ".p2align 4\n"
    "goc_ctxswitch:\n"            /* rdi = where to save sp, rsi = sp to load */
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    movq %rsp, (%rdi)\n"
    "    movq %rsi, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    ".size goc_ctxswitch, .-goc_ctxswitch\n"
    ".globl goc_ctxstart\n"
    ".hidden goc_ctxstart\n"
    ".type goc_ctxstart,@function\n"
    ".p2align 4\n"
    "goc_ctxstart:\n"             /* rbx = arg, r12 = fn; rsp is 16-byte aligned */
    "    movq %rbx, %rdi\n"
    "    xorl %ebp, %ebp\n"       /* the outermost frame: debuggers stop here */
    "    callq *%r12\n"
    "    ud2\n"
    ".size goc_ctxstart, .-goc_ctxstart\n");

enum { FRAMEWORDS = 7, SLOT_ARG = 4, SLOT_FN = 3, SLOT_RET = 6 };

#elif defined(__aarch64__)
__asm__(
    ".text\n"
    ".globl goc_ctxswitch\n"
    ".hidden goc_ctxswitch\n"
    ".type goc_ctxswitch,%function\n"
    ".p2align 4\n"
    "goc_ctxswitch:\n"            /* x0 = where to save sp, x1 = sp to load */
    "    sub sp, sp, #160\n"
    "    stp x19, x20, [sp, #0]\n"
    "    stp x21, x22, [sp, #16]\n"
    "    stp x23, x24, [sp, #32]\n"
    "    stp x25, x26, [sp, #48]\n"
    "    stp x27, x28, [sp, #64]\n"
    "    stp x29, x30, [sp, #80]\n"
    "    stp d8, d9, [sp, #96]\n"
    "    stp d10, d11, [sp, #112]\n"
    "    stp d12, d13, [sp, #128]\n"
    "    stp d14, d15, [sp, #144]\n"
    "    mov x9, sp\n"
    "    str x9, [x0]\n"
    "    mov sp, x1\n"
    "    ldp x19, x20, [sp, #0]\n"
    "    ldp x21, x22, [sp, #16]\n"
    "    ldp x23, x24, [sp, #32]\n"
    "    ldp x25, x26, [sp, #48]\n"
    "    ldp x27, x28, [sp, #64]\n"
    "    ldp x29, x30, [sp, #80]\n"
    "    ldp d8, d9, [sp, #96]\n"
    "    ldp d10, d11, [sp, #112]\n"
    "    ldp d12, d13, [sp, #128]\n"
    "    ldp d14, d15, [sp, #144]\n"
    "    add sp, sp, #160\n"
    "    ret\n"
    ".size goc_ctxswitch, .-goc_ctxswitch\n"
    ".globl goc_ctxstart\n"
    ".hidden goc_ctxstart\n"
    ".type goc_ctxstart,%function\n"
    ".p2align 4\n"
    "goc_ctxstart:\n"             /* x19 = arg, x20 = fn */
    "    mov x0, x19\n"
    "    mov x29, #0\n"
    "    mov x30, #0\n"
    "    blr x20\n"
    "    brk #0\n"
    ".size goc_ctxstart, .-goc_ctxstart\n");

enum { FRAMEWORDS = 20, SLOT_ARG = 0, SLOT_FN = 1, SLOT_RET = 11 };

#else
#error "goc: no context switch for this architecture (runtime/ctx.c: x86-64 and arm64)"
#endif

void goc_ctxstart(void);

void *goc_ctxmake(void *stacktop, void (*fn)(void *), void *arg) {
    uintptr_t top = (uintptr_t)stacktop & ~(uintptr_t)15; /* sp after the frame is popped */
    uintptr_t *frame = (uintptr_t *)top - FRAMEWORDS;
#if defined(__x86_64__)
    /* The return slot sits just below top, so goc_ctxstart runs with rsp == top. */
    frame = (uintptr_t *)(top - 8) - (FRAMEWORDS - 1);
#endif
    for (int i = 0; i < FRAMEWORDS; i++)
        frame[i] = 0;
    frame[SLOT_ARG] = (uintptr_t)arg;
    frame[SLOT_FN] = (uintptr_t)fn;
    frame[SLOT_RET] = (uintptr_t)goc_ctxstart;
    return frame;
}
