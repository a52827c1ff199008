// Calls into SLEEF's AVX and AVX-512 functions with their vectors in registers.
//
// SLEEF's d4/d8 functions take and return __m256d/__m512d in ymm/zmm registers. C code
// compiled for baseline x86-64 (as SwiftPM compiles this target, so that MLMath runs on
// every x86-64 CPU) passes such vectors in memory, even inside functions marked with
// target("avx512f"), so the calls are made here instead: load the arguments from memory,
// call, store the result.
#if defined(__x86_64__) && defined(__ELF__)
        .text

// The prologue and epilogue of every call: %rbx keeps the output pointer (and %r12 the
// element count) across the call, and the stack stays 16-byte aligned.
.macro  ENTER name
        .globl  \name
        .hidden \name
        .type   \name, @function
        .p2align 4
\name:
        pushq   %rbx
        pushq   %r12
        subq    $8, %rsp
.endm

.macro  LEAVE name
        vzeroupper
        addq    $8, %rsp
        popq    %r12
        popq    %rbx
        retq
        .size   \name, .-\name
.endm

// %k1 = the low %r12d bits set, for the last 1…7 elements.
.macro  TAIL_MASK
        movl    %r12d, %ecx
        movl    $1, %eax
        shll    %cl, %eax
        decl    %eax
        kmovw   %eax, %k1
.endm

// void name(void (*f)(void), const double *x, double *out): out = f(x) on one vector.
.macro  CALL1 name, reg
        ENTER   \name
        movq    %rdx, %rbx
        vmovupd (%rsi), %\reg\()0
        callq   *%rdi
        vmovupd %\reg\()0, (%rbx)
        LEAVE   \name
.endm

// void name(void (*f)(void), const double *x, const double *y, double *out).
.macro  CALL2 name, reg
        ENTER   \name
        movq    %rcx, %rbx
        vmovupd (%rsi), %\reg\()0
        vmovupd (%rdx), %\reg\()1
        callq   *%rdi
        vmovupd %\reg\()0, (%rbx)
        LEAVE   \name
.endm

        CALL1   mlm_call_zmm1, zmm
        CALL2   mlm_call_zmm2, zmm
        CALL1   mlm_call_ymm1, ymm
        CALL2   mlm_call_ymm2, ymm

// void mlm_call_zmm1_tail(void (*f)(void), const double *x, double *out, long count)
// The last 1…7 elements: masked loads and stores touch only `count` of them.
        ENTER   mlm_call_zmm1_tail
        movq    %rdx, %rbx
        movq    %rcx, %r12
        TAIL_MASK
        vmovupd (%rsi), %zmm0{%k1}{z}
        callq   *%rdi
        TAIL_MASK
        vmovupd %zmm0, (%rbx){%k1}
        LEAVE   mlm_call_zmm1_tail

// void mlm_call_zmm2_tail(void (*f)(void), const double *x, const double *y, double *out, long count)
        ENTER   mlm_call_zmm2_tail
        movq    %rcx, %rbx
        movq    %r8, %r12
        TAIL_MASK
        vmovupd (%rsi), %zmm0{%k1}{z}
        vmovupd (%rdx), %zmm1{%k1}{z}
        callq   *%rdi
        TAIL_MASK
        vmovupd %zmm0, (%rbx){%k1}
        LEAVE   mlm_call_zmm2_tail
#endif
#if defined(__ELF__)
        .section .note.GNU-stack,"",@progbits
#endif
