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

// void mlm_call_zmm1_tail(void (*f)(void), const double *x, double *out, long count)
// The same for the last 1…7 elements: masked loads and stores touch only `count` of them.
        .globl  mlm_call_zmm1_tail
        .hidden mlm_call_zmm1_tail
        .type   mlm_call_zmm1_tail, @function
        .p2align 4
mlm_call_zmm1_tail:
        pushq   %rbx
        pushq   %r12
        subq    $8, %rsp
        movq    %rdx, %rbx
        movq    %rcx, %r12
        movl    $1, %eax
        shll    %cl, %eax
        decl    %eax
        kmovw   %eax, %k1
        vmovupd (%rsi), %zmm0{%k1}{z}
        callq   *%rdi
        movl    %r12d, %ecx
        movl    $1, %eax
        shll    %cl, %eax
        decl    %eax
        kmovw   %eax, %k1
        vmovupd %zmm0, (%rbx){%k1}
        vzeroupper
        addq    $8, %rsp
        popq    %r12
        popq    %rbx
        retq
        .size   mlm_call_zmm1_tail, .-mlm_call_zmm1_tail

// void mlm_call_zmm2_tail(void (*f)(void), const double *x, const double *y, double *out, long count)
        .globl  mlm_call_zmm2_tail
        .hidden mlm_call_zmm2_tail
        .type   mlm_call_zmm2_tail, @function
        .p2align 4
mlm_call_zmm2_tail:
        pushq   %rbx
        pushq   %r12
        subq    $8, %rsp
        movq    %rcx, %rbx
        movq    %r8, %r12
        movl    %r8d, %ecx
        movl    $1, %eax
        shll    %cl, %eax
        decl    %eax
        kmovw   %eax, %k1
        vmovupd (%rsi), %zmm0{%k1}{z}
        vmovupd (%rdx), %zmm1{%k1}{z}
        callq   *%rdi
        movl    %r12d, %ecx
        movl    $1, %eax
        shll    %cl, %eax
        decl    %eax
        kmovw   %eax, %k1
        vmovupd %zmm0, (%rbx){%k1}
        vzeroupper
        addq    $8, %rsp
        popq    %r12
        popq    %rbx
        retq
        .size   mlm_call_zmm2_tail, .-mlm_call_zmm2_tail

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
