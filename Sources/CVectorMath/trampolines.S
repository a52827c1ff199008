// Calls into SLEEF's AVX and AVX-512 functions with their vectors in registers.
//
// SLEEF's d4/d8 functions take and return __m256d/__m512d in ymm/zmm registers. C code
// compiled for baseline x86-64 (as SwiftPM compiles this target, so that MLMath runs on
// every x86-64 CPU) passes such vectors in memory, even inside functions marked with
// target("avx512f"), so the calls are made here instead: load the arguments from memory,
// call, store the result.
#if defined(__x86_64__) && defined(__ELF__)
        .text

// void mlm_call_zmm1(void (*f)(void), const double *x, double *out)
        .globl  mlm_call_zmm1
        .hidden mlm_call_zmm1
        .type   mlm_call_zmm1, @function
        .p2align 4
mlm_call_zmm1:
        pushq   %rbx
        movq    %rdx, %rbx
        vmovupd (%rsi), %zmm0
        callq   *%rdi
        vmovupd %zmm0, (%rbx)
        vzeroupper
        popq    %rbx
        retq
        .size   mlm_call_zmm1, .-mlm_call_zmm1

// void mlm_call_zmm2(void (*f)(void), const double *x, const double *y, double *out)
        .globl  mlm_call_zmm2
        .hidden mlm_call_zmm2
        .type   mlm_call_zmm2, @function
        .p2align 4
mlm_call_zmm2:
        pushq   %rbx
        movq    %rcx, %rbx
        vmovupd (%rsi), %zmm0
        vmovupd (%rdx), %zmm1
        callq   *%rdi
        vmovupd %zmm0, (%rbx)
        vzeroupper
        popq    %rbx
        retq
        .size   mlm_call_zmm2, .-mlm_call_zmm2

// void mlm_call_ymm1(void (*f)(void), const double *x, double *out)
        .globl  mlm_call_ymm1
        .hidden mlm_call_ymm1
        .type   mlm_call_ymm1, @function
        .p2align 4
mlm_call_ymm1:
        pushq   %rbx
        movq    %rdx, %rbx
        vmovupd (%rsi), %ymm0
        callq   *%rdi
        vmovupd %ymm0, (%rbx)
        vzeroupper
        popq    %rbx
        retq
        .size   mlm_call_ymm1, .-mlm_call_ymm1

// void mlm_call_ymm2(void (*f)(void), const double *x, const double *y, double *out)
        .globl  mlm_call_ymm2
        .hidden mlm_call_ymm2
        .type   mlm_call_ymm2, @function
        .p2align 4
mlm_call_ymm2:
        pushq   %rbx
        movq    %rcx, %rbx
        vmovupd (%rsi), %ymm0
        vmovupd (%rdx), %ymm1
        callq   *%rdi
        vmovupd %ymm0, (%rbx)
        vzeroupper
        popq    %rbx
        retq
        .size   mlm_call_ymm2, .-mlm_call_ymm2
#endif
#if defined(__ELF__)
        .section .note.GNU-stack,"",@progbits
#endif
