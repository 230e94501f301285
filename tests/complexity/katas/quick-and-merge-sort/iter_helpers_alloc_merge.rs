// learner: optimal
// idiom: small helper fns, quarter-mark pivot via sort3 of indices, recursion on smaller side with tail loop, merge sort that merges into a fresh Vec then moves it back
fn median_idx<T: Ord>(v: &[T]) -> usize {
    let n = v.len();
    let mut idx = [n / 4, n / 2, 3 * n / 4];
    // tiny bubble on three indices
    for _ in 0..2 {
        for j in 0..2 {
            if v[idx[j]] > v[idx[j + 1]] {
                idx.swap(j, j + 1);
            }
        }
    }
    idx[1]
}

fn partition<T: Ord>(v: &mut [T]) -> (usize, usize) {
    let p = median_idx(v);
    v.swap(0, p);
    let (mut lt, mut i, mut gt) = (0, 1, v.len());
    while i < gt {
        use std::cmp::Ordering::*;
        match v[i].cmp(&v[lt]) {
            Less => {
                v.swap(i, lt);
                lt += 1;
                i += 1;
            }
            Equal => i += 1,
            Greater => {
                gt -= 1;
                v.swap(i, gt);
            }
        }
    }
    (lt, gt)
}

pub fn quicksort<T: Ord>(mut items: &mut [T]) {
    while items.len() > 1 {
        let (lt, gt) = partition(items);
        let (head, tail) = std::mem::take(&mut items).split_at_mut(gt);
        let head = &mut head[..lt];
        if head.len() <= tail.len() {
            quicksort(head);
            items = tail;
        } else {
            quicksort(tail);
            items = head;
        }
    }
}

fn merged<T: Ord + Clone>(left: &[T], right: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.iter().peekable();
    let mut r = right.iter().peekable();
    loop {
        let pick = match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => {
                if a <= b {
                    l.next()
                } else {
                    r.next()
                }
            }
            (Some(_), None) => l.next(),
            (None, Some(_)) => r.next(),
            (None, None) => break,
        };
        out.push(pick.unwrap().clone());
    }
    out
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    merge_sort(&mut items[..mid]);
    merge_sort(&mut items[mid..]);
    let result = merged(&items[..mid], &items[mid..]);
    for (slot, value) in items.iter_mut().zip(result) {
        *slot = value;
    }
}
