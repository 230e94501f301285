// learner: optimal
// idiom: assembly-style: quicksort with a fixed-size range stack and stack pointer, bottom-up merge with width doubling and a ping-pong flag, all raw index arithmetic
//! Quicksort and merge sort, written by hand: see README.md.

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    // stack of half-open ranges; we always push the larger part, so depth <= 64
    let mut stk = [(0usize, 0usize); 64];
    let mut sp: usize = 0;
    let mut lo: usize = 0;
    let mut hi: usize = items.len();
    loop {
        if hi - lo < 2 {
            if sp == 0 {
                break;
            }
            sp -= 1;
            lo = stk[sp].0;
            hi = stk[sp].1;
            continue;
        }
        let n = hi - lo;
        // median of the quarter marks -> slot lo
        let mut a = lo + (n >> 2);
        let mut b = lo + (n >> 1);
        let mut c = lo + ((n >> 2) * 3 + ((n & 3) * 3 >> 2));
        if items[b] < items[a] {
            std::mem::swap(&mut a, &mut b);
        }
        if items[c] < items[b] {
            std::mem::swap(&mut b, &mut c);
            if items[b] < items[a] {
                std::mem::swap(&mut a, &mut b);
            }
        }
        items.swap(lo, b);
        // three-way partition; pivot lives at items[lt]
        let mut lt = lo;
        let mut i = lo + 1;
        let mut gt = hi;
        while i < gt {
            if items[i] < items[lt] {
                items.swap(lt, i);
                lt += 1;
                i += 1;
            } else if items[lt] < items[i] {
                gt -= 1;
                items.swap(i, gt);
            } else {
                i += 1;
            }
        }
        // [lo,lt) and [gt,hi): push the bigger, run the smaller
        if lt - lo > hi - gt {
            stk[sp] = (lo, lt);
            sp += 1;
            lo = gt;
        } else {
            stk[sp] = (gt, hi);
            sp += 1;
            hi = lt;
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf: Vec<T> = items.to_vec();
    let mut in_buf = false; // where the current runs live
    let mut w: usize = 1;
    while w < n {
        let (src, dst): (&[T], &mut [T]) = if in_buf { (&buf[..], &mut items[..]) } else { (&items[..], &mut buf[..]) };
        let mut base = 0usize;
        while base < n {
            let mid = if base + w < n { base + w } else { n };
            let end = if base + 2 * w < n { base + 2 * w } else { n };
            let mut i = base;
            let mut j = mid;
            let mut k = base;
            while k < end {
                if i < mid && (j == end || src[i] <= src[j]) {
                    dst[k] = src[i].clone();
                    i += 1;
                } else {
                    dst[k] = src[j].clone();
                    j += 1;
                }
                k += 1;
            }
            base = end;
        }
        in_buf = !in_buf;
        w <<= 1;
    }
    if in_buf {
        items.clone_from_slice(&buf);
    }
}
