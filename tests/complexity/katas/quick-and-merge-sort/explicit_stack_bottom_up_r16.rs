// learner: optimal
// idiom: terse expert: quicksort on an explicit range stack (push larger, pop smaller), xorshift pivot; bottom-up ping-pong merge over chunks
//! Quicksort and merge sort, written by hand: see README.md.

use std::cmp::Ordering::*;
use std::ops::Range;

/// Sorts `items` in place, ascending, by quicksort.
pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut rand = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut stack: Vec<Range<usize>> = vec![0..items.len()];
    while let Some(Range { start, end }) = stack.pop() {
        if end - start < 2 {
            continue;
        }
        let s = &mut items[start..end];
        let p = (rand() % s.len() as u64) as usize;
        s.swap(0, p);
        let (mut lt, mut i, mut gt) = (0, 1, s.len());
        while i < gt {
            match s[i].cmp(&s[lt]) {
                Less => { s.swap(lt, i); lt += 1; i += 1; }
                Greater => { gt -= 1; s.swap(i, gt); }
                Equal => i += 1,
            }
        }
        let lo = start..start + lt;
        let hi = start + gt..end;
        // larger first so the smaller is popped next: stack stays O(log n)
        let [a, b] = if lo.len() > hi.len() { [lo, hi] } else { [hi, lo] };
        stack.extend([a, b]);
    }
}

fn merge_into<T: Ord + Clone>(src: &[T], dst: &mut [T], width: usize) {
    for (s, d) in src.chunks(2 * width).zip(dst.chunks_mut(2 * width)) {
        let (l, r) = s.split_at(width.min(s.len()));
        let (mut i, mut j) = (0, 0);
        for out in d {
            *out = match (l.get(i), r.get(j)) {
                (Some(x), Some(y)) if y < x => { j += 1; y.clone() }
                (Some(x), _) => { i += 1; x.clone() }
                (None, Some(y)) => { j += 1; y.clone() }
                (None, None) => unreachable!(),
            };
        }
    }
}

/// Sorts `items` ascending by merge sort. Stable.
pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf = items.to_vec();
    let mut in_buf = false;
    let mut width = 1;
    while width < n {
        if in_buf {
            merge_into(&buf, items, width);
        } else {
            merge_into(items, &mut buf, width);
        }
        in_buf = !in_buf;
        width *= 2;
    }
    if in_buf {
        items.clone_from_slice(&buf);
    }
}
