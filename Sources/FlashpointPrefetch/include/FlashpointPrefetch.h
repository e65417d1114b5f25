#ifndef FLASHPOINT_PREFETCH_H
#define FLASHPOINT_PREFETCH_H

/// Asks the CPU to start loading the cache line holding `address` for reading, without waiting for it.
///
/// Swift has no prefetch of its own. The syntax stage hashes ~100 features per parser transition into rows of
/// a 12 MB weight table and then sums the rows: starting each row's load as soon as its hash is known lets the
/// cache misses run while the remaining hashes are computed instead of after them. A hint only: it changes no
/// value, and an address outside any mapping is ignored by the CPU.
static inline __attribute__((always_inline)) void flashpoint_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
