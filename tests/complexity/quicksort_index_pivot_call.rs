// Quicksort on index bounds whose pivot position comes back from a call
// (`let m = partition(..)`): `m - 1` and `m + 1` are the two sides of a
// computed split, not n − 1. Recursing into the smaller side and looping on
// the larger keeps the stack at O(log n).
// expect quicksort: time O(n log n), space O(log n)
// target quicksort: time O(n log n), space O(log n)
fn partition(a: &mut [i64], lo: usize, hi: usize, seed: &mut u64) -> usize {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    let p = lo + (*seed as usize) % (hi - lo + 1);
    a.swap(p, hi);
    let mut store = lo;
    for i in lo..hi {
        if a[i] < a[hi] {
            a.swap(i, store);
            store += 1;
        }
    }
    a.swap(store, hi);
    store
}

fn sort_range(a: &mut [i64], mut lo: usize, mut hi: usize, seed: &mut u64) {
    while lo < hi {
        let m = partition(a, lo, hi, seed);
        if m - lo < hi - m {
            if m > lo {
                sort_range(a, lo, m - 1, seed);
            }
            lo = m + 1;
        } else {
            sort_range(a, m + 1, hi, seed);
            if m == 0 {
                return;
            }
            hi = m - 1;
        }
    }
}

pub fn quicksort(a: &mut [i64]) {
    if a.len() > 1 {
        let mut seed = 0x2545_f491_4f6c_dd1d;
        let hi = a.len() - 1;
        sort_range(a, 0, hi, &mut seed);
    }
}
