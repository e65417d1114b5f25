#ifndef FLASHPOINT_KERNELS_H
#define FLASHPOINT_KERNELS_H

#include <stdint.h>

/// Small pieces of the syntax stage that Swift cannot express: a cache prefetch hint and a row sum that uses the
/// CPU's wider vector instructions where it has them.

/// Asks the CPU to start loading the cache line holding `address` for reading, without waiting for it.
///
/// Swift has no prefetch of its own. The syntax stage hashes ~100 features per parser transition into rows of
/// a 12 MB weight table and then sums the rows: starting each row's load as soon as its hash is known lets the
/// cache misses run while the remaining hashes are computed instead of after them. A hint only: it changes no
/// value, and an address outside any mapping is ignored by the CPU.
static inline __attribute__((always_inline)) void flashpoint_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// Whether this CPU and operating system run AVX2 instructions (x86-64; always 0 elsewhere).
///
/// `flashpoint_sum_rows_avx2(base, rows, count, classes, sums)`: `sums[c]` = the wrapping Int32 sum of
/// `base[rows[i] + c]` over `i < count`, for every class `c < classes` (`classes` ≥ 8). Eight classes at a time,
/// eight Int16 weights widened and added by one AVX2 instruction apiece, where SSE2 (Swift's baseline on x86-64)
/// needs four. Call it only when `flashpoint_has_avx2()` says so; elsewhere it sums one weight at a time.
///
/// Both are inline functions here, compiled into the Swift module that calls them, like the prefetch above.
#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

static inline int flashpoint_has_avx2(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & bit_OSXSAVE) || !(c & bit_AVX)) return 0;
    // The operating system must save the YMM registers (XCR0 bits 1 and 2).
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 6) != 6) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b & bit_AVX2) != 0;
}

/// Eight Int16 weights at `p`, widened to Int32.
__attribute__((target("avx2"), always_inline)) static inline __m256i flashpoint_widen(const int16_t *p) {
    return _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)p));
}

__attribute__((target("avx2"))) static inline void flashpoint_sum_rows_avx2(const int16_t *base, const intptr_t *rows,
                                                                           intptr_t count, intptr_t classes,
                                                                           int32_t *sums) {
    // Blocks at 0, 8, 16, …; the last block ends exactly at `classes` and may overlap the one before it, where it
    // stores the same sums. The first and last blocks are summed in one pass, which starts the loads of both ends
    // of every row at once (the rows are scattered and mostly miss the cache); the middle blocks then find them
    // cached. Vector adds wrap, as Swift's &+ does.
    const intptr_t last = classes - 8;
    __m256i first = _mm256_setzero_si256(), tail = _mm256_setzero_si256();
    for (intptr_t i = 0; i < count; i++) {
        const int16_t *row = base + rows[i];
        first = _mm256_add_epi32(first, flashpoint_widen(row));
        tail = _mm256_add_epi32(tail, flashpoint_widen(row + last));
    }
    for (intptr_t offset = 8; offset < last; offset += 8) {
        __m256i sum = _mm256_setzero_si256();
        for (intptr_t i = 0; i < count; i++) sum = _mm256_add_epi32(sum, flashpoint_widen(base + rows[i] + offset));
        _mm256_storeu_si256((__m256i *)(sums + offset), sum);
    }
    _mm256_storeu_si256((__m256i *)sums, first);
    _mm256_storeu_si256((__m256i *)(sums + last), tail);
}

#else

static inline int flashpoint_has_avx2(void) { return 0; }

static inline void flashpoint_sum_rows_avx2(const int16_t *base, const intptr_t *rows, intptr_t count,
                                             intptr_t classes, int32_t *sums) {
    for (intptr_t c = 0; c < classes; c++) {
        uint32_t sum = 0;
        for (intptr_t i = 0; i < count; i++) sum += (uint32_t)(int32_t)base[rows[i] + c];
        sums[c] = (int32_t)sum;
    }
}

#endif

#endif
