// learner: optimal
// idiom: quicksort with a two-pass "fat" partition (Lomuto for <, then gather ==) via split_at_mut recursion on the smaller side; functional merge sort returning Vecs merged with peekable iterators
use std::iter::Peekable;

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > 1 {
        let n = rest.len();
        let mid = median_index(rest, n / 4, n / 2, 3 * n / 4);
        let last = n - 1;
        rest.swap(mid, last);
        // pass 1: everything smaller than the pivot (at `last`) goes to the front
        let mut less = 0;
        for i in 0..last {
            if rest[i] < rest[last] {
                rest.swap(i, less);
                less += 1;
            }
        }
        rest.swap(less, last);
        // pass 2: gather the items equal to the pivot (now at `less`) right after it
        let mut equal_end = less + 1;
        for i in less + 1..n {
            if rest[i] == rest[less] {
                rest.swap(i, equal_end);
                equal_end += 1;
            }
        }
        let (lower, upper_with_eq) = rest.split_at_mut(less);
        let upper = &mut upper_with_eq[equal_end - less..];
        if lower.len() <= upper.len() {
            quicksort(lower);
            rest = upper;
        } else {
            quicksort(upper);
            rest = lower;
        }
    }
}

fn median_index<T: Ord>(v: &[T], a: usize, b: usize, c: usize) -> usize {
    let ab = v[a] <= v[b];
    let bc = v[b] <= v[c];
    let ac = v[a] <= v[c];
    match (ab, bc, ac) {
        (true, true, _) | (false, false, _) => b,
        (true, false, true) | (false, true, false) => c,
        _ => a,
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let sorted = sorted_copy(items);
    for (slot, value) in items.iter_mut().zip(sorted) {
        *slot = value;
    }
}

fn sorted_copy<T: Ord + Clone>(items: &[T]) -> Vec<T> {
    if items.len() <= 1 {
        return items.to_vec();
    }
    let (left, right) = items.split_at(items.len() / 2);
    merge(sorted_copy(left).into_iter().peekable(), sorted_copy(right).into_iter().peekable())
}

fn merge<T: Ord, I: Iterator<Item = T>>(mut left: Peekable<I>, mut right: Peekable<I>) -> Vec<T> {
    let mut out = Vec::new();
    loop {
        let take_left = match (left.peek(), right.peek()) {
            (Some(l), Some(r)) => l <= r,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        out.extend(if take_left { left.next() } else { right.next() });
    }
    out
}
