// learner: optimal
// idiom: explicit stack of (lo, hi) ranges (push larger, pop smaller first), Hoare partition that stops on equal keys; recursive merge sort sharing one scratch buffer
//! Quicksort and merge sort, written by hand: see README.md.

/// Hoare-style partition of `v[lo..=hi]` around the pivot placed at `v[lo]`.
/// Returns the pivot's final index. Scans stop on keys equal to the pivot, so runs of
/// equal keys are split evenly instead of all landing on one side.
fn hoare<T: Ord>(v: &mut [T], lo: usize, hi: usize) -> usize {
    let mut i = lo + 1;
    let mut j = hi;
    loop {
        while i <= j && v[i] < v[lo] {
            i += 1;
        }
        while i <= j && v[j] > v[lo] {
            j -= 1;
        }
        if i >= j {
            break;
        }
        v.swap(i, j);
        i += 1;
        j -= 1;
    }
    v.swap(lo, j);
    j
}

fn pick_pivot<T: Ord>(v: &[T], lo: usize, hi: usize) -> usize {
    let len = hi - lo + 1;
    let a = lo + len / 4;
    let b = lo + len / 2;
    let c = lo + (3 * len) / 4;
    if v[a] <= v[b] {
        if v[b] <= v[c] {
            b
        } else if v[a] <= v[c] {
            c
        } else {
            a
        }
    } else if v[a] <= v[c] {
        a
    } else if v[b] <= v[c] {
        c
    } else {
        b
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mut pending: Vec<(usize, usize)> = vec![(0, items.len() - 1)];
    while let Some((lo, hi)) = pending.pop() {
        if lo >= hi {
            continue;
        }
        if hi - lo == 1 {
            if items[hi] < items[lo] {
                items.swap(lo, hi);
            }
            continue;
        }
        let p = pick_pivot(items, lo, hi);
        items.swap(lo, p);
        let mid = hoare(items, lo, hi);
        let left = (lo, mid.saturating_sub(1));
        let right = (mid + 1, hi);
        let left_len = mid - lo;
        let right_len = hi - mid;
        // larger range goes deeper in the stack, smaller one is handled next
        if left_len > right_len {
            if left_len > 1 { pending.push(left); }
            if right_len > 1 { pending.push(right); }
        } else {
            if right_len > 1 { pending.push(right); }
            if left_len > 1 { pending.push(left); }
        }
    }
}

fn merge_rec<T: Ord + Clone>(v: &mut [T], scratch: &mut [T]) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mid = n / 2;
    {
        let (sl, sr) = scratch.split_at_mut(mid);
        merge_rec(&mut v[..mid], sl);
        merge_rec(&mut v[mid..], sr);
    }
    scratch[..n].clone_from_slice(v);
    let (left, right) = scratch[..n].split_at(mid);
    let (mut a, mut b) = (left.iter().peekable(), right.iter().peekable());
    for out in v.iter_mut() {
        let from_left = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x <= y,
            (Some(_), None) => true,
            _ => false,
        };
        *out = if from_left { a.next() } else { b.next() }.cloned().expect("runs cover the slice");
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let mut scratch = items.to_vec();
    merge_rec(items, &mut scratch);
}
