// learner: slow
// why: quicksort is O(n^1.5) time, target O(n log n): median of first/middle/last with a three-way partition that sends larger items to the back leaves a poor sample on sorted input at every level
use std::cmp::Ordering;

fn pick_pivot<T: Ord>(v: &[T]) -> usize {
    let (a, b, c) = (0, v.len() / 2, v.len() - 1);
    if v[a] <= v[b] {
        if v[b] <= v[c] { b } else if v[a] <= v[c] { c } else { a }
    } else if v[a] <= v[c] {
        a
    } else if v[b] <= v[c] {
        c
    } else {
        b
    }
}

pub fn quicksort<T: Ord>(items: &mut [T]) {
    let mut rest = items;
    while rest.len() > 1 {
        let p = pick_pivot(rest);
        rest.swap(0, p);
        let (mut lt, mut i, mut gt) = (0usize, 1usize, rest.len());
        while i < gt {
            match rest[i].cmp(&rest[lt]) {
                Ordering::Less => {
                    rest.swap(lt, i);
                    lt += 1;
                    i += 1;
                }
                Ordering::Equal => i += 1,
                Ordering::Greater => {
                    gt -= 1;
                    rest.swap(i, gt);
                }
            }
        }
        let (a, b) = rest.split_at_mut(gt);
        let a = &mut a[..lt];
        if a.len() < b.len() {
            quicksort(a);
            rest = b;
        } else {
            quicksort(b);
            rest = a;
        }
    }
}

pub fn merge_sort<T: Ord + Clone>(items: &mut [T]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buf = items.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for k in start..end {
                if j >= end || (i < mid && items[i] <= items[j]) {
                    buf[k] = items[i].clone();
                    i += 1;
                } else {
                    buf[k] = items[j].clone();
                    j += 1;
                }
            }
            start = end;
        }
        items.clone_from_slice(&buf);
        width *= 2;
    }
}
