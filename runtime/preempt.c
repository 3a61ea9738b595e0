/*
 * runtime/preempt.c — asynchronous preemption: stopping a goroutine that
 * runs a loop without calls (Go: runtime/preempt.go, signal_unix.go
 * doSigPreempt, preempt_amd64.s asyncPreempt).
 *
 * Cooperative points come first: the translator puts GOC_PREEMPT_CHECK() at
 * the entry of every function that calls another, and the map runtime one
 * inside each write (map_impl.h writeEnd). A loop that calls nothing never
 * reaches one, so when sysmon asks a goroutine to yield (it has run for
 * 10 ms, proc.c retake) it also sends its thread SIGURG, as gc does. The
 * handler preempts only where that is safe: the thread runs a user
 * goroutine on the goroutine's own stack, that goroutine was asked to
 * yield, holds no print lock, and the interrupted instruction belongs to
 * translated Go code — the functions the translator puts in sections
 * goc_text.<name> (GOC_GOTEXT), which the linker script runtime/goc_text.ld
 * gathers between goc_text_start and goc_text_end (a program linked
 * without it has only the cooperative checks). Runtime and C library code is never
 * interrupted (it may hold locks); sysmon simply signals again later.
 *
 * To preempt, the handler makes the interrupted code look as if it had
 * called goc_asyncpreempt at that instruction: it stores the interrupted
 * pc just below the x86-64 red zone of the goroutine's stack (128 bytes
 * the interrupted function may be using) and resumes at goc_asyncpreempt,
 * which returns with `ret $128` to that pc and stack pointer. It saves
 * every register the interrupted
 * code may have live — the flags, the caller-saved integer registers and
 * the whole vector/x87 state (XSAVE when the CPU has it, else FXSAVE) —
 * on the goroutine's stack, calls goc_asyncpreempt2 (which yields through
 * the scheduler like runtime.Gosched), and restores them all on return,
 * possibly on another thread. The conservative collector scans the saved
 * registers with the rest of the stack.
 *
 * arm64 has no red zone to skip but no way either to return to the
 * interrupted instruction without a spare register, so it keeps the
 * translator's loop back-edge checks (GOC_PREEMPT_LOOP) and no signal.
 */
#include "sched_impl.h"

#include <signal.h>
#include <string.h>
#include <ucontext.h>

extern char goc_text_start[] __attribute__((weak));
extern char goc_text_end[] __attribute__((weak));

#if GOC_ASYNC_PREEMPT
/* Bytes of the XSAVE area for the enabled state components (0: no XSAVE, FXSAVE's 512 are used). */
uint64_t goc_xsavesize;

__asm__(
    ".text\n"
    ".globl goc_asyncpreempt\n"
    ".hidden goc_asyncpreempt\n"
    ".type goc_asyncpreempt,@function\n"
    ".p2align 4\n"
    "goc_asyncpreempt:\n"           /* (%rsp) = the interrupted pc, 136(%rsp) its stack pointer */
    "    pushfq\n"
    "    pushq %rax\n"
    "    pushq %rcx\n"
    "    pushq %rdx\n"
    "    pushq %rsi\n"
    "    pushq %rdi\n"
    "    pushq %r8\n"
    "    pushq %r9\n"
    "    pushq %r10\n"
    "    pushq %r11\n"
    "    pushq %rbp\n"
    "    movq %rsp, %rbp\n"
    "    movq goc_xsavesize(%rip), %rax\n"
    "    testq %rax, %rax\n"
    "    jz 1f\n"
    "    subq %rax, %rsp\n"
    "    andq $-64, %rsp\n"
    "    xorl %eax, %eax\n"           /* the XSAVE header must start out zero */
    "    movq %rax, 512(%rsp)\n"
    "    movq %rax, 520(%rsp)\n"
    "    movq %rax, 528(%rsp)\n"
    "    movq %rax, 536(%rsp)\n"
    "    movq %rax, 544(%rsp)\n"
    "    movq %rax, 552(%rsp)\n"
    "    movq %rax, 560(%rsp)\n"
    "    movq %rax, 568(%rsp)\n"
    "    movl $-1, %eax\n"
    "    movl $-1, %edx\n"
    "    xsave64 (%rsp)\n"
    "    call goc_asyncpreempt2\n"
    "    movl $-1, %eax\n"
    "    movl $-1, %edx\n"
    "    xrstor64 (%rsp)\n"
    "    jmp 2f\n"
    "1:\n"
    "    subq $512, %rsp\n"
    "    andq $-16, %rsp\n"
    "    fxsave64 (%rsp)\n"
    "    call goc_asyncpreempt2\n"
    "    fxrstor64 (%rsp)\n"
    "2:\n"
    "    movq %rbp, %rsp\n"
    "    popq %rbp\n"
    "    popq %r11\n"
    "    popq %r10\n"
    "    popq %r9\n"
    "    popq %r8\n"
    "    popq %rdi\n"
    "    popq %rsi\n"
    "    popq %rdx\n"
    "    popq %rcx\n"
    "    popq %rax\n"
    "    popfq\n"
    "    ret $128\n"                 /* back to pc, with the stack pointer it had */
    ".size goc_asyncpreempt, .-goc_asyncpreempt\n");

void goc_asyncpreempt(void);

/* The goroutine on this thread may be preempted here (signal handler or asm; no locks). */
static bool wantpreempt(const goc_g *g) {
    if (g == NULL || g->s.kind != GOC_GKUSER || g->s.lockedm != NULL || g->printlock != 0)
        return false;
    goc_m *m = g->s.m;
    if (m == NULL || m->curg != g || m->curstack != g || m->p == NULL || m->locks != 0)
        return false;
    return __atomic_load_n(&m->p->preempt, __ATOMIC_RELAXED) != 0;
}

/* This thread's goc__deferfn. The compiler takes a thread-local's address to
   be the same all through a function, so after a yield that may have moved
   the goroutine it would write the old thread's: the address is taken anew. */
static inline void **deferfnslot(void) {
    void **slot;
    __asm__ volatile("movq goc__deferfn@gottpoff(%%rip), %0\n\taddq %%fs:0, %0" : "=r"(slot));
    return slot;
}

void goc_asyncpreempt2(void) {
    /* The interrupted code may sit between a deferred call's thunk storing
       goc__deferfn and its callee reading it (include/goc/panic.h): the
       value belongs to this goroutine, which may resume on another thread. */
    void *deferfn = *deferfnslot();
    goc_preemptcheck(); /* clears the request and yields, if it still stands */
    *deferfnslot() = deferfn;
}

static bool ingotext(uintptr_t pc) {
    return goc_text_start != NULL && pc >= (uintptr_t)goc_text_start && pc < (uintptr_t)goc_text_end;
}

/* Room the preempted goroutine needs below its stack pointer: registers and the XSAVE area. */
#define PREEMPT_ROOM (16u << 10)

static void sigurg(int sig, siginfo_t *info, void *ctx) {
    (void)sig, (void)info;
    goc_g *g = goc_curg;
    if (!wantpreempt(g))
        return;
    greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
    uintptr_t pc = (uintptr_t)r[REG_RIP], sp = (uintptr_t)r[REG_RSP];
    if (!ingotext(pc) || sp < g->s.stacklo + PREEMPT_ROOM || sp > g->s.stackhi)
        return;
    /* A call's return address just below the red zone; goc_asyncpreempt returns with
       `ret $128`, so the interrupted code gets its own stack pointer back. */
    uintptr_t nsp = sp - 128 - 8;
    *(uintptr_t *)nsp = pc;
    r[REG_RSP] = (greg_t)nsp;
    r[REG_RIP] = (greg_t)(uintptr_t)goc_asyncpreempt;
}

static bool asyncok;

void goc_preemptinit(void) {
    if (goc_text_start == NULL || (uintptr_t)goc_text_start == (uintptr_t)goc_text_end)
        return; /* no translated code in this program */
    unsigned a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
    if (c & (1u << 27)) { /* OSXSAVE: the OS enabled XSAVE */
        __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0xd), "c"(0));
        goc_xsavesize = b + 64; /* + alignment slack */
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = sigurg;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    int suspend = GC_get_suspend_signal();
    if (suspend > 0)
        sigaddset(&sa.sa_mask, suspend); /* never stopped for a collection on the signal stack */
    asyncok = sigaction(SIGURG, &sa, NULL) == 0;
}

void goc_preemptsignal(goc_m *m) {
    if (asyncok && m != NULL && !m->external && m->thread != 0)
        pthread_kill(m->thread, SIGURG);
}

#else

void goc_preemptinit(void) {
    (void)goc_text_start;
    (void)goc_text_end;
}

void goc_preemptsignal(goc_m *m) {
    (void)m;
}

#endif
